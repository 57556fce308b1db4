import { describe, expect, it } from 'vitest'
import { parseManifest } from '@/ingest/manifest'

describe('parseManifest', () => {
  it('accepts a valid manifest', () => {
    const manifest = parseManifest({ version: 1, files: ['a.csv'], agencies: [{ name: '测试市', kind: 'city' }] })
    expect(manifest.agencies).toEqual([{ name: '测试市', kind: 'city' }])
    expect(manifest.auditFailures).toEqual([])
    expect(manifest.excluded).toEqual([])
  })
  it('reads the record of published reports that fail hard identities', () => {
    const auditFailures = [{ agency: '测试市', year: 2020, checks: { 'T3-B': 2 } }]
    expect(parseManifest({ version: 1, files: [], agencies: [], auditFailures }).auditFailures).toEqual(auditFailures)
  })
  it('reads the reports left out of the data, with why and, when known, where', () => {
    const excluded = [
      { agency: '测试市', year: 2018, reason: '旧模板，未收录', url: 'https://www.example.gov.cn/2018.htm' },
      { agency: '测试市', year: 2017, reason: '旧模板，未收录' },
    ]
    expect(parseManifest({ version: 1, files: [], agencies: [], excluded }).excluded).toEqual(excluded)
  })
  it('lists the figures files of 机构对比 apart from the shards; older manifests have none', () => {
    const figures = { newReceived: 'figures/newReceived.csv', 'posts.website': 'figures/posts-website.csv' }
    expect(parseManifest({ version: 1, files: [], agencies: [], figures }).figures).toEqual(figures)
    expect(parseManifest({ version: 1, files: [], agencies: [] }).figures).toEqual({})
  })
  it.each([
    [{ version: 1, files: [], agencies: [], figures: [] }, 'manifest.json 的 figures 必须是“指标 → 文件名”的对象。'],
    [
      { version: 1, files: [], agencies: [], figures: { review: '../review.csv' } },
      'manifest.json 的 figures 中指标 review 的文件 ../review.csv 无效：应为 figures/ 下的 CSV 文件名。',
    ],
    [{ version: 1, files: [], agencies: [], figures: { review: 3 } }, '指标 review 的文件 3 无效'],
    [
      { version: 1, files: [], agencies: [], figures: { review: 'figures/a.csv', litigation: 'figures/a.csv' } },
      'manifest.json 的 figures 中文件 figures/a.csv 列出了不止一次。',
    ],
  ])('refuses a bad figures list, naming the file: %j', (json, message) => {
    expect(() => parseManifest(json)).toThrow(message)
  })
  it.each([
    [{ version: 2, files: [], agencies: [] }, 'version 为 2'],
    [{ version: 1, files: ['../etc/passwd'], agencies: [] }, 'CSV 文件名列表'],
    [{ version: 1, files: [], agencies: [{ name: 'x', kind: 'village' }] }, 'agencies 第 1 项无效'],
    [null, '不是 JSON 对象'],
    [{ version: 1, files: [], agencies: [], auditFailures: {} }, 'auditFailures 必须是列表'],
    [
      { version: 1, files: [], agencies: [], auditFailures: [{ agency: '测试市', year: 2020, checks: {} }] },
      'auditFailures 第 1 项无效',
    ],
    [
      {
        version: 1,
        files: [],
        agencies: [],
        auditFailures: [{ agency: '测试市', year: '2020', checks: { 'T3-B': 1 } }],
      },
      'auditFailures 第 1 项无效',
    ],
    [
      {
        version: 1,
        files: [],
        agencies: [],
        auditFailures: [{ agency: '测试市', year: 2020, checks: { 'T3-B': -1 } }],
      },
      'auditFailures 第 1 项无效',
    ],
    [
      { version: 1, files: [], agencies: [], auditFailures: [{ agency: '测试市', year: 2020, checks: [2] }] },
      'auditFailures 第 1 项无效',
    ],
    [
      {
        version: 1,
        files: [],
        agencies: [],
        auditFailures: [1, 2].map(() => ({ agency: '测试市', year: 2020, checks: { 'T3-B': 1 } })),
      },
      'auditFailures 第 2 项重复了 测试市 2020 年',
    ],
    [{ version: 1, files: [], agencies: [], excluded: { agency: '测试市' } }, 'excluded 必须是列表'],
    [
      { version: 1, files: [], agencies: [], excluded: [{ year: 2018, reason: '旧模板' }] },
      'excluded 第 1 项无效：缺少机构名称',
    ],
    [
      { version: 1, files: [], agencies: [], excluded: [{ agency: '测试市', year: '2018', reason: '旧模板' }] },
      'excluded 第 1 项无效：年份',
    ],
    [
      { version: 1, files: [], agencies: [], excluded: [{ agency: '测试市', year: 2018, reason: ' ' }] },
      'excluded 第 1 项无效：缺少未收录的原因',
    ],
    [
      {
        version: 1,
        files: [],
        agencies: [],
        excluded: [{ agency: '测试市', year: 2018, reason: '旧模板', url: 'javascript:alert(1)' }],
      },
      'excluded 第 1 项无效：url',
    ],
    [{ version: 1, files: [], agencies: [], excluded: [null] }, 'excluded 第 1 项无效'],
    [
      {
        version: 1,
        files: [],
        agencies: [],
        excluded: [1, 2].map(() => ({ agency: '测试市', year: 2018, reason: '旧模板' })),
      },
      'excluded 第 2 项重复了 测试市 2018 年',
    ],
  ])('rejects %j with a message naming the problem', (input, message) => {
    expect(() => parseManifest(input)).toThrow(message)
  })
})
