import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditFailures, auditPublished } from '@/domain/report/publishedAudit'
import { reportToObservations } from '@/domain/report/observations'
import { loadPublishedDataset } from '@/ingest/publishedDataset'
import { parseManifest } from '@/ingest/manifest'
import { buildBalancedReport, setT3Row } from './build-report'

const dataDir = resolve(import.meta.dirname, '../../../data')
const readData = (file: string) => readFile(resolve(dataDir, file), 'utf8')

describe('auditPublished on the shipped data', () => {
  it('finds what the 2020 reports of 平潭综合实验区 and 樟树市 get wrong in their own tables and text', async () => {
    const { rows } = await loadPublishedDataset(readData)
    const findings = auditPublished(rows)
    expect(findings.filter((f) => f.status === 'fail').map((f) => [f.agency, f.year, f.id, f.location.column])).toEqual(
      [
        // 平潭 2020: the outcome rows add up to 26 / 27 against a printed 总计 of 20 / 21 (EXPECTED.md).
        ['平潭综合实验区', 2020, 'T3-B', 'naturalPerson'],
        ['平潭综合实验区', 2020, 'T3-B', 'total'],
        ['平潭综合实验区', 2020, 'T3-D', 'naturalPerson'],
        ['平潭综合实验区', 2020, 'T3-D', 'total'],
        ['樟树市', 2020, 'T3-B', 'naturalPerson'],
        ['樟树市', 2020, 'T3-B', 'otherOrg'],
        ['樟树市', 2020, 'T3-D', 'naturalPerson'],
        ['樟树市', 2020, 'T3-D', 'otherOrg'],
        ['樟树市', 2020, 'P2', 'total'],
      ],
    )
    expect(findings.find((f) => f.agency === '樟树市' && f.id === 'T3-B')?.values).toMatchObject({
      'totalProcessed.naturalPerson': 48,
      'notProcessed.repeat.naturalPerson': 23,
    })
  })

  it('is recorded in data/manifest.json exactly (run npm run -s audit-data -- --write when this fails)', async () => {
    const { rows } = await loadPublishedDataset(readData)
    const manifest = parseManifest(JSON.parse(await readData('manifest.json')) as unknown)
    expect(manifest.auditFailures).toEqual(auditFailures(auditPublished(rows)))
    expect(manifest.auditFailures).toEqual([
      { agency: '平潭综合实验区', year: 2020, checks: { 'T3-B': 2, 'T3-D': 2 } },
      { agency: '樟树市', year: 2020, checks: { 'T3-B': 2, 'T3-D': 2 } },
    ])
  })

  it('badges the figures of the failing table when the data loads, and no other', async () => {
    const { rows } = await loadPublishedDataset(readData)
    const flagged = rows.filter((r) => r.source.auditFailed)
    // 23 rows × 7 columns of the 2019-format 表三, in each of the two failing reports.
    expect(flagged.filter((r) => r.agency === '樟树市')).toHaveLength(161)
    expect(flagged.filter((r) => r.agency === '平潭综合实验区')).toHaveLength(161)
    expect(
      flagged.every(
        (r) => ['樟树市', '平潭综合实验区'].includes(r.agency) && r.year === 2020 && r.metric.startsWith('t3.'),
      ),
    ).toBe(true)
    expect(rows.some((r) => r.agency === '平潭综合实验区' && r.year === 2021 && r.source.auditFailed)).toBe(false)
    expect(
      rows.find((r) => r.year === 2020 && r.metric === 'posts' && r.dim1 === 'website')?.source.auditFailed,
    ).toBeUndefined()
  })
})

describe('auditPublished across years (synthetic rows, for the test only)', () => {
  const source = { title: '示例县年报（合成数据）', url: '' }
  it('checks X1 when the year before is published too: carried forward must be carried over', () => {
    const y2021 = buildBalancedReport('F2021', 2021)
    const y2022 = buildBalancedReport('F2021', 2022)
    // 2021 carries 1 forward; 2022 says it carried 3 over (and balances itself with it).
    setT3Row(y2022, 'carriedOver', [3, 0, 0, 0, 0, 0, 3])
    setT3Row(y2022, 'granted', [9, 0, 0, 0, 0, 0, 9])
    setT3Row(y2022, 'totalProcessed', [12, 0, 0, 0, 0, 0, 12])
    const rows = [
      ...reportToObservations(y2021, source, { agency: '示例县' }),
      ...reportToObservations(y2022, source, { agency: '示例县' }),
    ]
    const findings = auditPublished(rows).filter((f) => f.status === 'fail')
    expect(findings.map((f) => [f.year, f.id, f.location.column])).toEqual([
      [2022, 'X1', 'naturalPerson'],
      [2022, 'X1', 'total'],
    ])
    // X1 is soft: the year stays unbadged.
    expect(auditFailures(findings)).toEqual([])
  })

  it('leaves agency-years with prose figures only unaudited', () => {
    const rows = reportToObservations(buildBalancedReport('F2021', 2022), source, { agency: '示例县' }).filter(
      (r) => !/^t[234]\./.test(r.metric),
    )
    expect(auditPublished([...rows, { ...rows[0]!, metric: 'posts', dim1: 'website', value: 5 }])).toEqual([])
  })
})
