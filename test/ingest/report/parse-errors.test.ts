import { describe, expect, it } from 'vitest'
import { parseReportText } from '@/ingest/report/parse'
import { matchSectionHeading } from '@/ingest/report/sections'
import { readFixture } from './fixtures'

describe('reports that cannot be read', () => {
  it('refuses a pre-2019 report in the old template instead of half-reading it', () => {
    const result = parseReportText(readFixture('pre2019-old-template.txt'))
    expect(result.report).toBeUndefined()
    expect(result.error?.code).toBe('unsupportedTemplate')
    expect(result.error?.message).toContain('2019 年以前的旧版年报格式（2017 年）')
  })

  it('refuses an old-template report even without a year in the title', () => {
    const text = readFixture('pre2019-old-template.txt').replace(
      '示例县 2017 年政府信息公开工作年度报告',
      '示例县政府信息公开工作报告',
    )
    expect(parseReportText(text).error?.code).toBe('unsupportedTemplate')
  })

  it('says so when the file is empty or only a BOM and spaces', () => {
    expect(parseReportText('').error?.code).toBe('empty')
    expect(parseReportText('\uFEFF \n\t\n').error).toEqual({ code: 'empty', message: '文件为空，没有可读取的内容' })
  })

  it('says so when there are no tables', () => {
    const result = parseReportText('示例县 2022 年政府信息公开工作年度报告\n\n一、总体情况\n\n本节为测试用的占位文字。')
    expect(result.error?.code).toBe('noTables')
    expect(result.findings).toEqual([])
  })

  it('notes a missing table but still reads the others', () => {
    const text = readFixture('f2021-markdown.md').split('## 四、')[0] ?? ''
    const result = parseReportText(text)
    expect(result.report?.t3.newReceived.total.value).toBe(134)
    expect(result.findings.filter((f) => f.id === 'PARSE-MISSING-TABLE')).toEqual([
      expect.objectContaining({ level: 'warning', location: { table: 't4' } }),
    ])
  })
})

describe('template version from content', () => {
  it('trusts the table signals over the year, and X2 flags the mismatch', () => {
    const text = readFixture('f2021-markdown.md').replace('示例市 2022 年', '示例市 2020 年')
    const result = parseReportText(text)
    expect(result.report?.version).toBe('F2021')
    expect(result.findings.map((f) => f.id)).toEqual(['X2'])
  })

  it('falls back to the year, with a note, when no signal decides', () => {
    const result = parseReportText(readFixture('run-together-ambiguous.txt'))
    expect(result.report?.version).toBe('F2019')
    expect(result.findings.find((f) => f.id === 'PARSE-VERSION-GUESSED')).toMatchObject({
      level: 'info',
      status: 'noted',
    })
  })
})

describe('section headings', () => {
  it('are recognised by numeral and phrase, at any markdown level or in bold', () => {
    expect(matchSectionHeading('#### 四、政府信息公开行政复议、行政诉讼情况')).toBe('reviewLitigation')
    expect(matchSectionHeading('## **六、其他需要报告的事项**')).toBe('other')
    expect(matchSectionHeading('三、收到和处理政府信息公开申请情况')).toBe('applications')
  })

  it('are not confused with 表三 rows that also start with a numeral', () => {
    expect(matchSectionHeading('一、本年新收政府信息公开申请数量')).toBeUndefined()
    expect(matchSectionHeading('四、结转下年度继续办理')).toBeUndefined()
    expect(matchSectionHeading('## (一) 主动公开')).toBeUndefined()
  })
})
