import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

// `embed.js`, the script host pages include with <script async>: one classic (IIFE) file with
// no imports, written next to index.html in dist/ after the app build.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: fileURLToPath(new URL('./src/embed/host-entry.ts', import.meta.url)),
      formats: ['iife'],
      name: 'xxgkEmbed',
      fileName: () => 'embed.js',
    },
  },
})
