import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { findingText } from '@/i18n/findingText'
import { loadLang } from '@/i18n/catalog'
import { runIntake } from '@/ingest/report/intake'
import { auditPublished } from '@/domain/report/publishedAudit'
import { auditReport } from '@/domain/report/audit'
import { loadPublishedDataset } from '@/ingest/publishedDataset'
import type { Finding } from '@/domain/report/finding'
import { buildBalancedReport, setT3Row, setT4Group } from '../domain/report/build-report'
import { parseCell } from '@/domain/report/cell'

const fixtures = resolve(import.meta.dirname, '../fixtures/reports')
const HAN = /\p{Script=Han}/u

/** Every finding the fixtures, the shipped data and a cross-year pair give: each check and parse note. */
async function allFindings(): Promise<Finding[]> {
  const fromFixtures = readdirSync(fixtures).flatMap((name) => {
    const outcome = runIntake({ kind: 'bytes', bytes: readFileSync(resolve(fixtures, name)), fileName: name })
    return outcome.ok ? outcome.result.findings : []
  })
  const { rows } = await loadPublishedDataset((file) =>
    readFile(resolve(import.meta.dirname, '../../data', file), 'utf8'),
  )
  const previous = buildBalancedReport('F2021', 2021)
  const current = buildBalancedReport('F2021', 2022)
  setT3Row(current, 'carriedOver', [3, 0, 0, 0, 0, 0, 3])
  // A report broken on purpose (synthetic), for the checks the fixtures do not trip.
  const broken = buildBalancedReport('F2021', 2022)
  setT3Row(broken, 'newReceived', [10, 0, 0, 0, 0, 0, 11])
  setT4Group(broken, 'review', [1, 0, 0, 1, 3])
  const said = (metric: string, dim1: string, value: number, unit: string) => ({
    ...parseCell(String(value), 'prose'),
    origin: 'prose' as const,
    metric,
    dim1,
    dim2: '',
    unit,
    context: '',
  })
  broken.narrative = [
    said('applications', 'total', 99, '件'),
    said('wechatGroups', 'before', 209, '个'),
    said('wechatGroups', 'after', 154, '个'),
    said('wechatGroups', 'closed', 50, '个'),
  ]
  broken.outline = {
    sections: ['overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'other'],
    claimedParts: { count: 5, listed: 6, context: '' },
  }
  return [...fromFixtures, ...auditPublished(rows), ...auditReport(current, { previous }), ...auditReport(broken)]
}

describe('findingText', () => {
  let findings: Finding[]
  beforeAll(async () => {
    await loadLang('en')
    findings = await allFindings()
  })

  it('keeps the audit’s own Chinese message in Chinese', () => {
    for (const f of findings) expect(findingText(f, 'zh')).toBe(f.message)
  })

  it('says every finding in English with no Chinese left', () => {
    const ids = new Set(findings.map((f) => f.id))
    // The fixtures reach these ids; each must read in English.
    expect([...ids]).toEqual(
      expect.arrayContaining([
        'T2-E',
        'T2-S1',
        'T3-A',
        'T3-B',
        'T3-C',
        'T3-D',
        'T4-A',
        'X1',
        'P1',
        'P2',
        'P3',
        'PARSE-AMBIGUOUS',
        'PARSE-VERSION-GUESSED',
        'PARSE-MISSING-TABLE',
      ]),
    )
    const leftovers = findings.map((f) => findingText(f, 'en')).filter((text) => HAN.test(text))
    expect(leftovers).toEqual([])
  })

  it('names the check, the place and the figures that matter', () => {
    const t3b = findings.find(
      (f) =>
        f.id === 'T3-B' &&
        f.location.column === 'naturalPerson' &&
        f.values['notProcessed.repeat.naturalPerson'] === 23,
    )
    expect(t3b && findingText(t3b, 'en')).toBe(
      'Table 3: the outcome rows must add up to the total processed. Table 3, (7) Total, column Individuals: (7) Total (Individuals) 48; (1) Disclosed (Individuals) 19; ' +
        'Not disclosed: 2. Barred by other laws and regulations (Individuals) 3; Not disclosed: 4. Protects third parties’ lawful rights (Individuals) 1; ' +
        'Not disclosed: 8. Administrative inquiry matters (Individuals) 2; Cannot be provided: 1. Information not held by this agency (Individuals) 1; ' +
        'Not processed: 2. Repeated requests (Individuals) 23; 13 more at 0.',
    )
    const cleanup = findings.find((f) => f.id === 'P2' && f.location.row === 'wechatGroups')
    expect(cleanup && findingText(cleanup, 'en')).toBe(
      'The parts the text gives must add up to the total it states. Text, WeChat work groups (Before clean-up): WeChat work groups (Before clean-up) 209; ' +
        'WeChat work groups (After clean-up) 154; WeChat work groups (Closed or disbanded) 50.',
    )
    const x1 = findings.find((f) => f.id === 'X1' && f.location.column === 'total')
    expect(x1 && findingText(x1, 'en')).toContain("last year's IV. Carried forward to next year (Total) 1")
  })
})
