import { rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

// The "no app code in the core" rule, proved on a real file: a temporary module in src/domain is
// linted with the project's own eslint.config.js, then removed.
const root = resolve(import.meta.dirname, '../..')
const probe = resolve(root, `src/domain/__lint-probe-${process.pid}.ts`)

afterEach(() => rmSync(probe, { force: true }))

/** One instance: loading the config and its plugins is the slow part. */
const eslint = new ESLint({ cwd: root })

async function lintProbe(source: string): Promise<{ ruleId: string | null; message: string }[]> {
  writeFileSync(probe, source)
  const [result] = await eslint.lintFiles([probe])
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }))
}

// Loading ESLint with typescript-eslint and the Vue plugin takes seconds on a busy 2-core machine.
describe('the core import rule', { timeout: 60_000 }, () => {
  it('rejects a relative import from src/domain into the app layers', async () => {
    const messages = await lintProbe(
      "import { useI18n } from '../composables/useI18n'\n\nexport const probe = useI18n\n",
    )
    expect(messages).toEqual([
      {
        ruleId: '@typescript-eslint/no-restricted-imports',
        message: expect.stringContaining("'../composables/useI18n' import is restricted"),
      },
    ])
  })

  it('rejects a runtime import from src/domain into i18n, but lets a type through', async () => {
    const messages = await lintProbe(
      "import type { Lang } from '../i18n/lang'\nimport { messages } from '../i18n/messages'\n\nexport const probe: [Lang, typeof messages] = ['zh', messages]\n",
    )
    expect(messages).toEqual([
      {
        ruleId: '@typescript-eslint/no-restricted-imports',
        message: expect.stringContaining("'../i18n/messages' import is restricted"),
      },
    ])
  })

  it('accepts an import inside the core', async () => {
    expect(await lintProbe("import { CHANNELS } from './channels'\n\nexport const probe = CHANNELS\n")).toEqual([])
  })
})
