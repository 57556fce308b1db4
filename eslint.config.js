import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'public/embed.js', '.tmp/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      // Report text must never render as HTML.
      'vue/no-v-html': 'error',
      // Layout-only rules: they fight compact templates and catch no bugs.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The pure core is shared with the Node CLI: keep Vue, Pinia and the stores out of it.
    files: ['src/domain/**', 'src/ingest/**', 'src/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vue', 'vue-*', 'pinia', '@vueuse/*'], message: 'The core stays framework-free.' },
            { group: ['@/*'], message: 'Relative imports only in the core: the Node CLI runs it without the @ alias.' },
          ],
        },
      ],
    },
  },
  {
    // CLI, scripts and benchmarks print their results.
    files: ['cli/**', 'scripts/**', 'bench/**', 'test/e2e/**'],
    rules: { 'no-console': 'off' },
  },
)
