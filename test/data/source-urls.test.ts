/**
 * Every address in data/ is the reporting agency's own site, except the few reports that were
 * found only on the 樟树市 site's traditional-character mirror, which data/sources.json names
 * one by one. With ../shared there, every address must also be one the source notes give.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDatasetCsv } from '@/ingest/csv'
import { parseSourceList } from '@/ingest/sources'
import { hasSharedReports, requireSharedReports, SHARED_REPORTS } from '../helpers/sharedReports'

const DATA = resolve(import.meta.dirname, '../../data')
const sources = parseSourceList(JSON.parse(readFileSync(join(DATA, 'sources.json'), 'utf8')) as unknown)
const files = [...sources.handEntered.map((h) => h.file), ...new Set(sources.reports.map((r) => r.file))]
const rows = files.flatMap((file) => parseDatasetCsv(readFileSync(join(DATA, file), 'utf8'), file).rows.map((row) => ({ file, row })))
const cited = rows.filter(({ row }) => row.source.url !== '')

/** The agencies' own sites: 平潭综合实验区, 樟树市, 宜春市 and its departments' subdomains. */
const AGENCY_HOST = /^(?:[a-z0-9-]+\.)*(?:pingtan|zhangshu|yichun)\.gov\.cn$/
/** The mirror of www.zhangshu.gov.cn (../shared/data-sources.md). */
const MIRROR_HOSTS = new Set(['www.qqqwwww.cn', 'm.qqqwwww.cn'])
const host = (url: string) => new URL(url).hostname

describe('source addresses in data/', () => {
  it('are http(s) addresses on an agency’s own site, or a mirror address the source list declares', () => {
    const declared = new Map(sources.handEntered.flatMap((h) => (h.mirrorOnly ?? []).map((url) => [url, h.file] as const)))
    const outside = cited.filter(({ file, row }) => {
      const url = row.source.url
      if (!/^https?:\/\//.test(url)) return true
      if (AGENCY_HOST.test(host(url))) return false
      return !(MIRROR_HOSTS.has(host(url)) && declared.get(url) === file)
    })
    expect(outside.map(({ file, row }) => `${file} ${row.agency} ${row.year} ${row.source.url}`)).toEqual([])
  })

  it('declare no mirror address that no row uses', () => {
    const used = new Set(cited.map(({ row }) => row.source.url))
    expect(sources.handEntered.flatMap((h) => h.mirrorOnly ?? []).filter((url) => !used.has(url))).toEqual([])
  })

  it('give each generated row its report’s own address', () => {
    const listed = new Map(sources.reports.map((r) => [`${r.agency} ${r.year}`, r.url]))
    const generated = new Set(sources.reports.map((r) => r.file))
    const wrong = rows.filter(({ file, row }) => generated.has(file) && row.source.url !== listed.get(`${row.agency} ${row.year}`))
    expect(wrong).toEqual([])
    expect(rows.some(({ file }) => generated.has(file))).toBe(true)
  })
})

requireSharedReports()

const NOTES = join(SHARED_REPORTS, '..', 'data-sources.md')

describe.runIf(hasSharedReports && existsSync(NOTES))('source addresses against ../shared/data-sources.md', () => {
  const notes = hasSharedReports && existsSync(NOTES) ? readFileSync(NOTES, 'utf8') : ''
  const noted = new Set(notes.match(/https?:\/\/[^\s|)]+/g) ?? [])

  it('are each one the notes give, or a listed report’s 原文链接', () => {
    const listed = new Set(sources.reports.map((r) => r.url))
    expect(cited.filter(({ row }) => !noted.has(row.source.url) && !listed.has(row.source.url)).map(({ row }) => row.source.url)).toEqual([])
  })

  it('use the mirror only where the notes give no address on the agency’s own site', () => {
    for (const mirrorUrl of sources.handEntered.flatMap((h) => h.mirrorOnly ?? [])) {
      const path = new URL(mirrorUrl).pathname
      // The same page on www.zhangshu.gov.cn, or an official address beside it in the same row.
      const official = [...noted].filter((u) => AGENCY_HOST.test(host(u)) && new URL(u).pathname === path)
      const sameLine = notes.split('\n').filter((line) => line.includes(mirrorUrl)).flatMap((line) => line.match(/https?:\/\/[^\s|)]+/g) ?? []).filter((u) => AGENCY_HOST.test(host(u)))
      expect([mirrorUrl, [...official, ...sameLine]]).toEqual([mirrorUrl, []])
    }
  })
})
