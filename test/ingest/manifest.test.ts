import { describe, expect, it } from 'vitest'
import { parseManifest } from '@/ingest/manifest'

describe('parseManifest', () => {
  it('accepts a valid manifest', () => {
    const manifest = parseManifest({ version: 1, files: ['a.csv'], agencies: [{ name: '测试市', kind: 'city' }] })
    expect(manifest.agencies).toEqual([{ name: '测试市', kind: 'city' }])
    expect(manifest.auditFailures).toEqual([])
  })
  it('reads the record of published reports that fail hard identities', () => {
    const auditFailures = [{ agency: '测试市', year: 2020, checks: { 'T3-B': 2 } }]
    expect(parseManifest({ version: 1, files: [], agencies: [], auditFailures }).auditFailures).toEqual(auditFailures)
  })
  it.each([
    [{ version: 2, files: [], agencies: [] }, 'version 为 2'],
    [{ version: 1, files: ['../etc/passwd'], agencies: [] }, 'CSV 文件名列表'],
    [{ version: 1, files: [], agencies: [{ name: 'x', kind: 'village' }] }, 'agencies 第 1 项无效'],
    [null, '不是 JSON 对象'],
    [{ version: 1, files: [], agencies: [], auditFailures: {} }, 'auditFailures 必须是列表'],
    [{ version: 1, files: [], agencies: [], auditFailures: [{ agency: '测试市', year: 2020, checks: {} }] }, 'auditFailures 第 1 项无效'],
    [{ version: 1, files: [], agencies: [], auditFailures: [{ agency: '测试市', year: '2020', checks: { 'T3-B': 1 } }] }, 'auditFailures 第 1 项无效'],
    [{ version: 1, files: [], agencies: [], auditFailures: [{ agency: '测试市', year: 2020, checks: { 'T3-B': -1 } }] }, 'auditFailures 第 1 项无效'],
    [{ version: 1, files: [], agencies: [], auditFailures: [{ agency: '测试市', year: 2020, checks: [2] }] }, 'auditFailures 第 1 项无效'],
    [
      { version: 1, files: [], agencies: [], auditFailures: [1, 2].map(() => ({ agency: '测试市', year: 2020, checks: { 'T3-B': 1 } })) },
      'auditFailures 第 2 项重复了 测试市 2020 年',
    ],
  ])('rejects %j with a message naming the problem', (input, message) => {
    expect(() => parseManifest(input)).toThrow(message)
  })
})
