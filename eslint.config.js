import pluginVue from 'eslint-plugin-vue'
import vitest from '@vitest/eslint-plugin'
import prettier from 'eslint-config-prettier/flat'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

/** The framework-free core: the Node CLI, the worker, the app and the embed all run it. */
const CORE = ['src/domain/**', 'src/ingest/**', 'src/charts/**', 'src/i18n/**']
/** The app's own layers, by folder, as a relative import out of the core would name them. */
const APP_LAYERS = ['components', 'composables', 'stores', 'views', 'router', 'embed', 'workers', 'styles']
const CORE_PATTERNS = [
  { group: ['vue', 'vue-*', 'pinia', '@vueuse/*'], message: 'The core stays framework-free.' },
  { group: ['@/*'], message: 'Relative imports only in the core: the Node CLI runs it without the @ alias.' },
  {
    // A relative path (packages such as echarts/components are fine) into an app folder, a .vue file or an entry.
    regex: `^\\.\\.?/(.*/)?((${APP_LAYERS.join('|')})(/|$)|[^/]*\\.vue$|(App|main|app)$)`,
    message:
      'The core must not import the app layers (components, composables, stores, views, router, embed, workers).',
  },
]

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
    // The pure core is shared with the Node CLI: keep Vue, Pinia and the app layers out of it,
    // whether named by package, by the @ alias or by a relative path.
    files: CORE,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: CORE_PATTERNS }] },
  },
  {
    // The bottom of the core: the language layer says domain figures in words, never the reverse
    // (types such as Lang may still be named).
    files: ['src/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...CORE_PATTERNS,
            {
              regex: '^\\.\\.?/(.*/)?(i18n|charts|ingest)(/|$)',
              allowTypeImports: true,
              message: 'The domain is the bottom layer: it imports no i18n, charts or ingest code.',
            },
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
  {
    // Test habits the type-checker cannot see: focused or disabled tests, tests without an
    // assertion, assertions outside a test.
    files: ['test/**'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // Vitest's expect takes a message as its second argument: expect(total, 'requests/carry').
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  // Last: layout is Prettier's (npm run format); lint keeps only the rules that catch bugs.
  prettier,
)
