import { describe, expect, it } from 'vitest'
import { parseManifest } from '@/ingest/manifest'

describe('parseManifest', () => {
  it('accepts a valid manifest', () => {
    const manifest = parseManifest({ version: 1, files: ['a.csv'], agencies: [{ name: '测试市', kind: 'city' }] })
    expect(manifest.agencies).toEqual([{ name: '测试市', kind: 'city' }])
  })
  it.each([
    [{ version: 2, files: [], agencies: [] }, 'version 为 2'],
    [{ version: 1, files: ['../etc/passwd'], agencies: [] }, 'CSV 文件名列表'],
    [{ version: 1, files: [], agencies: [{ name: 'x', kind: 'village' }] }, 'agencies 第 1 项无效'],
    [null, '不是 JSON 对象'],
  ])('rejects %j with a message naming the problem', (input, message) => {
    expect(() => parseManifest(input)).toThrow(message)
  })
})
