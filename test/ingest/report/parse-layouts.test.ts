import { describe, expect, it } from 'vitest'
import { parseReportText } from '@/ingest/report/parse'
import { hasTraditional } from '@/ingest/report/traditional'
import { readFixture, tableValues } from './fixtures'

const markdown = parseReportText(readFixture('f2021-markdown.md'))

describe('F2021 markdown pipe tables', () => {
  it('reads every table with no finding at all', () => {
    expect(markdown.error).toBeUndefined()
    expect(markdown.layout).toBe('markdown')
    expect(markdown.findings).toEqual([])
    expect(markdown.report).toMatchObject({ version: 'F2021', agency: '示例市', year: 2022 })
  })

  it('places the F2021 rows: the （六） split, one-column sub-tables, the fee amount', () => {
    const v = tableValues(markdown.report ?? fail())
    expect(v['t3.other.overdueCorrection.total']).toBe(3)
    expect(v['t3.other.otherReasons.naturalPerson']).toBe(2)
    expect(v['t3.other.unsplit.total']).toBeNull()
    expect(v['t3.totalProcessed.total']).toBe(131)
    expect(v['t2.normativeDocs.inForce']).toBe(85)
    expect(v['t2.adminLicensing.decisions']).toBe(1520)
    expect(v['t2.adminFees.amount']).toBe(36.8)
    expect(v['t4.review.total']).toBe(4)
    expect(v['t4.litigationDirect.pending']).toBe(1)
  })

  it('reads the prose figures and the outline', () => {
    const report = markdown.report ?? fail()
    const figures = Object.fromEntries(report.narrative.map((f) => [`${f.metric}.${f.dim1}.${f.dim2}`, f.value]))
    expect(figures).toEqual({
      'posts.website.': 3200,
      'posts.weibo.': 850,
      'posts.wechat.': 420,
      'applications.total.': 134,
      'applications.cityLevel.': 40,
      'applications.cityDepartments.': 60,
      'applications.townships.': 34,
    })
    expect(report.narrative.every((f) => f.origin === 'prose')).toBe(true)
    expect(report.outline).toMatchObject({
      sections: ['overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'other'],
      claimedParts: { count: 6, listed: 6 },
    })
  })
})

describe('F2021 HTML with rowspan, colspan and &nbsp;', () => {
  const html = parseReportText(readFixture('f2021-html-rowspan.html'))

  it('reads the same figures as the markdown copy, blanks excepted', () => {
    expect(html.layout).toBe('html')
    expect(html.report).toMatchObject({ version: 'F2021', agency: '示例区', year: 2023 })
    const expected = tableValues(markdown.report ?? fail())
    for (const row of ['denied.stateSecret', 'denied.safetyStability', 'notProcessed.massiveRequests'])
      expected[`t3.${row}.research`] = null
    expect(tableValues(html.report ?? fail())).toEqual(expected)
  })

  it('keeps an &nbsp; cell as a blank, not a zero, and raises no finding for it', () => {
    expect(html.report?.t3['denied.stateSecret'].research).toEqual({
      value: null,
      raw: '',
      origin: 'table',
      at: '第 2 个表格第 8 行',
    })
    expect(html.findings).toEqual([])
  })
})

describe('traditional characters', () => {
  const text = readFixture('f2021-traditional.txt')

  it('reads exactly like the simplified copy', () => {
    expect(hasTraditional(text)).toBe(true)
    const traditional = parseReportText(text)
    expect(traditional.findings).toEqual([])
    expect(traditional.report).toMatchObject({
      version: 'F2021',
      agency: '示例市',
      year: 2022,
      title: '示例市2022年政府信息公开工作年度报告',
    })
    expect(tableValues(traditional.report ?? fail())).toEqual(tableValues(markdown.report ?? fail()))
    expect(traditional.report?.narrative.map((f) => [f.metric, f.dim1, f.value])).toEqual(
      markdown.report?.narrative.map((f) => [f.metric, f.dim1, f.value]),
    )
    expect(traditional.report?.outline).toEqual(markdown.report?.outline)
  })
})

describe('local variants', () => {
  const base = readFixture('f2021-markdown.md')

  it('keeps an unrecognised 表二 row as an extra row with a note', () => {
    const text = base.replace(
      '| 行政规范性文件 | 12 | 3 | 85 |',
      '| 行政规范性文件 | 12 | 3 | 85 |\n| 其他主动公开文件 | 4 | 0 | 4 |',
    )
    const result = parseReportText(text)
    expect(result.report?.extraRows).toEqual([
      {
        table: 't2',
        label: '其他主动公开文件',
        cells: [
          expect.objectContaining({ value: 4 }),
          expect.objectContaining({ value: 0 }),
          expect.objectContaining({ value: 4 }),
        ],
      },
    ])
    expect(result.findings).toEqual([
      expect.objectContaining({
        id: 'PARSE-EXTRA-ROW',
        level: 'info',
        location: { table: 't2', row: '其他主动公开文件' },
      }),
    ])
    expect(result.report?.t2.normativeDocs?.inForce?.value).toBe(85)
  })

  it('checks a printed group subtotal row (T3-F) without storing it as data', () => {
    const row = '|  |  | 8.属于行政查询事项 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |'
    const text = base.replace(row, `${row}\n|  | （三）不予公开小计 |  | 14 | 1 | 0 | 0 | 0 | 0 | 15 |`)
    const result = parseReportText(text)
    expect(result.report?.t3Subtotals.groups.denied?.naturalPerson?.value).toBe(14)
    expect(result.findings.filter((f) => f.id === 'T3-F').map((f) => f.location.column)).toEqual([
      'naturalPerson',
      'total',
    ])
    expect(tableValues(result.report ?? fail())).toEqual(tableValues(markdown.report ?? fail()))
  })

  it('checks a local 法人或其他组织 小计 column against columns 2–6 (T3-F) and drops it from the data', () => {
    const lines = base.split('\n').map((line) => {
      if (line === '|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |')
        return '|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 小计 |  |'
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
      const figures = cells.slice(-7)
      if (!line.startsWith('|') || cells.length !== 10 || !figures.every((c) => /^\d+$/.test(c))) return line
      const subtotal = figures.slice(1, 6).reduce((sum, c) => sum + Number(c), 0)
      // One misprinted subtotal, on the 新收 row.
      const printed = cells[0]?.startsWith('一、') ? subtotal + 1 : subtotal
      return `| ${[...cells.slice(0, 9), String(printed), cells[9]].join(' | ')} |`
    })
    const result = parseReportText(lines.join('\n'))
    expect(result.report?.t3Subtotals.legalPerson.newReceived?.value).toBe(15)
    expect(result.report?.t3Subtotals.legalPerson.granted?.value).toBe(7)
    expect(result.findings.filter((f) => f.id === 'T3-F').map((f) => [f.location.row, f.status])).toEqual([
      ['newReceived', 'fail'],
    ])
    expect(tableValues(result.report ?? fail())).toEqual(tableValues(markdown.report ?? fail()))
  })

  it('reads figures set in bold', () => {
    const result = parseReportText(
      base.replace('| 行政规范性文件 | 12 | 3 | 85 |', '| **行政规范性文件** | **12** | 3 | **85** |'),
    )
    expect(result.report?.t2.normativeDocs?.inForce?.value).toBe(85)
    expect(result.findings).toEqual([])
  })

  it('takes agency and year overrides over the title', () => {
    const result = parseReportText(base, { agency: '另一县', year: 2021 })
    expect(result.report).toMatchObject({ agency: '另一县', year: 2021 })
    expect(result.findings.map((f) => f.id)).toEqual([])
  })
})

describe('F2019 tab layout variants', () => {
  it('converts a procurement amount written in 元 to 万元, keeping the printed text', () => {
    const result = parseReportText(readFixture('t3-misallocated-applicant-column.txt'))
    expect(result.report?.t2.centralProcurement?.amount).toEqual({
      value: 125,
      raw: '1250000元',
      origin: 'table',
      unit: '元',
      at: '第 22 行',
    })
    expect(result.report?.t2.adminLicensing?.itemChange?.value).toBe(-8)
    expect(result.report?.t2.otherMgmtServices?.itemChange?.value).toBe(4)
  })

  it('reports one application in the wrong applicant column as T3-B failures in both columns', () => {
    const result = parseReportText(readFixture('t3-misallocated-applicant-column.txt'))
    const hard = result.findings.filter((f) => f.level === 'error' && f.status === 'fail')
    expect(hard.filter((f) => f.id === 'T3-B').map((f) => f.location.column)).toEqual(['naturalPerson', 'commercial'])
    expect(hard.filter((f) => f.id === 'T3-A' || f.id === 'T3-C')).toEqual([])
    expect(hard.find((f) => f.location.column === 'commercial')?.message).toBe(
      '表三 商业企业列：办理总计 0 ≠ 各办理结果之和 1（予以公开 1）',
    )
  })

  it('marks T3-C not assessable, never failed, when 总计 is blank on the detail rows', () => {
    const result = parseReportText(readFixture('t3-total-column-blank.txt'))
    const c = result.findings.filter((f) => f.id === 'T3-C')
    expect(c).toHaveLength(19)
    expect(c.every((f) => f.status === 'notAssessable' && f.level === 'info')).toBe(true)
    expect(result.report?.t3.granted.total).toEqual({ value: null, raw: '', origin: 'table', at: '第 31 行' })
    expect(result.report?.t3.granted.naturalPerson.value).toBe(38)
    expect(result.findings.filter((f) => f.status === 'fail')).toEqual([])
  })
})

function fail(): never {
  throw new Error('report not parsed')
}
