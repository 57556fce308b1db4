import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useImportDraft } from '@/composables/useImportDraft'
import { runIntake, type IntakeOutcome } from '@/ingest/report/intake'
import { reportToObservations } from '@/domain/report/observations'
import type { ImportedReport } from '@/domain/imports/importedReport'
import type { Observation } from '@/domain/observation'
import { buildBalancedReport, setT3Row } from '../domain/report/build-report'

// 示例市 2022, which carried over 5 (自然人) + 1 (商业企业) = 6 applications from 2021.
const text = readFileSync(resolve(import.meta.dirname, '../fixtures/reports/f2021-markdown.md'), 'utf8')

/** 示例市 2021 as published rows (synthetic, for this test), carrying the given cells forward. */
function published2021(carriedForward: number[]): Observation[] {
  const report = buildBalancedReport('F2021', 2021)
  setT3Row(report, 'carriedForward', carriedForward)
  return reportToObservations(report, { title: '示例市2021年报（合成数据）', url: '' }, { agency: '示例市' })
}

async function draftAgainst(published: Observation[], imported: ImportedReport[] = []) {
  const outcome = ref<IntakeOutcome>()
  const draft = useImportDraft(outcome, ref(imported), ref(published))
  outcome.value = runIntake({ kind: 'text', text })
  await nextTick()
  return draft
}

describe('useImportDraft, cross-year', () => {
  it('checks X1 against the published year before when no import has it', async () => {
    const draft = await draftAgainst(published2021([1, 0, 0, 0, 0, 0, 1]))
    expect(draft.agency.value).toBe('示例市')
    expect(draft.year.value).toBe(2022)
    const x1 = draft.findings.value.filter((f) => f.id === 'X1')
    expect(x1.map((f) => [f.status, f.location.column])).toEqual([
      ['fail', 'naturalPerson'],
      ['fail', 'commercial'],
      ['fail', 'total'],
    ])
  })

  it('finds nothing across years when the published year before carried the same forward', async () => {
    const draft = await draftAgainst(published2021([5, 1, 0, 0, 0, 0, 6]))
    expect(draft.findings.value.filter((f) => f.id === 'X1')).toEqual([])
  })

  it('takes the year before from an import over the published figures, as the charts do', async () => {
    const report = buildBalancedReport('F2021', 2021)
    setT3Row(report, 'carriedForward', [5, 1, 0, 0, 0, 0, 6])
    const imported: ImportedReport = {
      id: 'x',
      addedAt: '2026-01-01T00:00:00.000Z',
      fileName: 'x.txt',
      agency: '示例市',
      year: 2021,
      title: 't',
      url: '',
      hardFailures: 0,
      findings: [],
      report,
      observations: [],
    }
    // Published 2021 would fail X1; the imported 2021 replaces it and agrees.
    const draft = await draftAgainst(published2021([1, 0, 0, 0, 0, 0, 1]), [imported])
    expect(draft.findings.value.filter((f) => f.id === 'X1')).toEqual([])
  })

  it('runs no cross-year check when the year before is not there', async () => {
    const draft = await draftAgainst([])
    expect(draft.findings.value.some((f) => f.id.includes('X'))).toBe(false)
  })
})
