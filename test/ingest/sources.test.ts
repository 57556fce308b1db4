import { describe, expect, it } from 'vitest'
import { parseSourceList, publishedFiles } from '@/ingest/sources'

const agencies = [{ name: '示例县', kind: 'city' }]
const report = {
  path: 'sample/sample-2021.txt',
  agency: '示例县',
  year: 2021,
  url: 'https://www.example.gov.cn/nb/2021.htm',
  file: 'sample.csv',
}
const excluded = {
  path: 'sample/sample-2018.txt',
  agency: '示例县',
  year: 2018,
  url: 'https://www.example.gov.cn/nb/2018.htm',
  reason: '旧模板，未收录',
}
const hand = { file: 'hand.csv', source: '手工录入（测试）' }
const list = (patch: Record<string, unknown>) => ({
  version: 1,
  agencies,
  reports: [report],
  excluded: [excluded],
  handEntered: [hand],
  ...patch,
})

describe('parseSourceList', () => {
  it('accepts reports, excluded reports and hand-entered files', () => {
    const parsed = parseSourceList(
      list({ handEntered: [{ ...hand, mirrorOnly: ['http://mirror.example.cn/nb/1.shtml'] }] }),
    )
    expect(parsed.reports).toEqual([report])
    expect(parsed.excluded).toEqual([excluded])
    expect(parsed.handEntered).toEqual([{ ...hand, mirrorOnly: ['http://mirror.example.cn/nb/1.shtml'] }])
  })

  it('lists hand-entered files first, then each generated file once', () => {
    const second = { ...report, path: 'sample/sample-2022.txt', year: 2022 }
    expect(publishedFiles(parseSourceList(list({ reports: [report, second] })))).toEqual(['hand.csv', 'sample.csv'])
  })

  it.each([
    [null, '不是 JSON 对象'],
    [list({ version: 2 }), 'version 为 2'],
    [list({ agencies: [{ name: '示例县', kind: 'village' }] }), 'agencies 第 1 项'],
    [list({ agencies: [...agencies, ...agencies] }), '有重复的机构名称'],
    [list({ reports: [{ ...report, path: '../../etc/passwd' }] }), 'reports 第 1 项：path 必须是'],
    [list({ reports: [{ ...report, path: '/etc/passwd' }] }), 'reports 第 1 项：path 必须是'],
    [list({ reports: [{ ...report, agency: '别的县' }] }), '机构「别的县」不在 agencies 列表中'],
    [list({ reports: [{ ...report, year: '2021' }] }), 'reports 第 1 项：年份'],
    [list({ reports: [{ ...report, url: 'javascript:alert(1)' }] }), 'reports 第 1 项：url 不是 http(s) 地址'],
    [list({ reports: [{ ...report, file: 'a/b.csv' }] }), 'reports 第 1 项：file 必须是 CSV 文件名'],
    [list({ reports: [report, report] }), 'reports 第 2 项：示例县 2021 年已经列过一次'],
    [list({ excluded: [{ ...excluded, year: 2021 }] }), 'excluded 第 1 项：示例县 2021 年已经列过一次'],
    [list({ excluded: [{ ...excluded, reason: '' }] }), 'excluded 第 1 项：缺少未收录的原因'],
    [list({ handEntered: [{ ...hand, file: 'sample.csv' }] }), 'sample.csv 由报告生成'],
    [list({ handEntered: [hand, hand] }), 'handEntered 第 2 项：hand.csv 已经列过一次'],
    [list({ handEntered: [{ file: 'hand.csv' }] }), '缺少来源说明'],
    [list({ handEntered: [{ ...hand, mirrorOnly: ['not a url'] }] }), 'mirrorOnly 必须是地址列表'],
    [list({ reports: {} }), 'reports：必须是列表'],
  ])('rejects %j with a message naming the entry and the problem', (input, message) => {
    expect(() => parseSourceList(input)).toThrow(message)
  })
})
