import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { reportToObservations } from '@/domain/report/observations'
import { parseReportText } from '@/ingest/report/parse'
import { readFixture } from './fixtures'

const DATASET = fileURLToPath(new URL('../../../data/zhangshu-2020.csv', import.meta.url))

interface DatasetRow {
  agency: string
  year: string
  metric: string
  dim1: string
  unit: string
  value: string
  source_title: string
}

describe('樟树市 2020 (F2019, tab-separated, misaligned rows)', () => {
  const result = parseReportText(readFixture('f2019-tab-zhangshu-2020.txt'))
  const report = result.report

  it('reads the title, the version and the layout', () => {
    expect(result.error).toBeUndefined()
    expect(result.layout).toBe('tab')
    expect(report).toMatchObject({
      version: 'F2019',
      agency: '樟树市',
      year: 2020,
      title: '樟树市2020年政府信息公开工作年度报告',
    })
  })

  it('matches every t2/t3/t4 figure of the shipped dataset', () => {
    expect(existsSync(DATASET)).toBe(true)
    const parsed = Papa.parse<DatasetRow>(readFileSync(DATASET, 'utf8'), { header: true, skipEmptyLines: true })
    const expected = parsed.data.filter((r) => /^t[234]\./.test(r.metric))
    expect(expected.length).toBe(198)
    if (!report) throw new Error('not parsed')
    const observations = reportToObservations(report, { title: report.title ?? '', url: '' })
    const actual = new Map(
      observations.filter((o) => /^t[234]\./.test(o.metric)).map((o) => [`${o.metric}|${o.dim1}`, o]),
    )
    expect(actual.size).toBe(expected.length)
    for (const row of expected) {
      const o = actual.get(`${row.metric}|${row.dim1}`)
      expect(o, `${row.metric} ${row.dim1}`).toBeDefined()
      expect({
        key: `${row.metric}|${row.dim1}`,
        value: o?.value,
        unit: o?.unit,
        agency: o?.agency,
        year: o?.year,
        title: o?.source.title,
      }).toEqual({
        key: `${row.metric}|${row.dim1}`,
        value: row.value === '' ? null : Number(row.value),
        unit: row.unit,
        agency: row.agency,
        year: Number(row.year),
        title: row.source_title,
      })
    }
  })

  it('survives the seed’s hazards: the 8-cell （六） row, the shifted （五）5 row, units in cells', () => {
    expect(Object.values(report?.t3['other.unsplit'] ?? {}).map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(report?.t3['notProcessed.confirmInfo'].total.value).toBe(0)
    expect(report?.t3['unableToProvide.noInfo'].naturalPerson.value).toBe(1)
    expect(report?.t2.normativeDocs?.totalPublished).toMatchObject({ value: 287, raw: '287个', unit: '个' })
    expect(report?.t2.centralProcurement?.amount).toMatchObject({ value: 30183.96, raw: '30183.96万元', unit: '万元' })
    expect(report?.t2.centralProcurement?.projects).toMatchObject({ value: 156, unit: '次' })
  })

  it('reports the real inconsistency of the published table: outcome rows do not add up in two columns', () => {
    const hard = result.findings.filter((f) => f.level === 'error')
    expect(hard.map((f) => `${f.id}:${f.location.column}`)).toEqual([
      'T3-B:naturalPerson',
      'T3-B:otherOrg',
      'T3-D:naturalPerson',
      'T3-D:otherOrg',
    ])
    expect(hard[0]?.message).toContain('办理总计 48 ≠ 各办理结果之和 49')
  })

  it('finds the sections by their numerals whatever the markdown level', () => {
    expect(report?.outline.sections).toEqual(['proactive', 'applications', 'reviewLitigation'])
  })
})
