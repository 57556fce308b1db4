// One page, two programs: the full Vue dashboard, or (for `#/embed/…` URLs) the small
// framework-free embed runtime, which is built separately (vite.embed.config.ts) so it loads
// none of the dashboard's code. This file stays tiny: every byte here is in every embed.
const isEmbed = /^#\/embed\//.test(location.hash)

if (!isEmbed) void import('./app')
else if (import.meta.env.DEV) void import('./embed/main')
else void import(/* @vite-ignore */ new URL('../embed-runtime/main.js', import.meta.url).href)
