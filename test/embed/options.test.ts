import { describe, expect, it } from 'vitest'
import {
  dashboardUrl,
  embedSnippet,
  embedUrl,
  fallbackHeight,
  parseEmbedHash,
  type EmbedOptions,
} from '@/embed/options'

const SITE = 'https://www.example.gov.cn/xxgk/'
const base: EmbedOptions = { view: 'requests', channel: 'all', theme: 'light', lang: 'zh', large: false, locked: false }

describe('embed URLs', () => {
  it('reads every option from the hash', () => {
    const parsed = parseEmbedHash(
      '#/embed/requests?chart=outcome-flow&year=2020&agency=%E6%A8%9F%E6%A0%91%E5%B8%82&channel=weibo&theme=dark&lang=en&large=1&locked=1',
    )
    expect(parsed).toEqual({
      ok: true,
      options: {
        view: 'requests',
        chart: 'outcome-flow',
        year: 2020,
        agency: '樟树市',
        channel: 'weibo',
        theme: 'dark',
        lang: 'en',
        large: true,
        locked: true,
      },
    })
  })
  it('falls back to defaults for malformed options', () => {
    expect(parseEmbedHash('#/embed/overview?year=20x&theme=neon&channel=tv&large=yes')).toEqual({
      ok: true,
      options: { view: 'overview', channel: 'all', theme: 'light', lang: 'zh', large: false, locked: false },
    })
  })
  it('refuses an unknown view or a chart the view does not have, with a message', () => {
    expect(parseEmbedHash('#/embed/secret')).toMatchObject({
      ok: false,
      message: expect.stringContaining('没有名为“secret”的视图'),
    })
    expect(parseEmbedHash('#/embed/trends')).toEqual({ ok: false, message: '“趋势”视图只在看板中显示，不能嵌入。' })
    expect(parseEmbedHash('#/embed/cleanup?chart=outcome-flow')).toMatchObject({
      ok: false,
      message: '视图“新媒体清理”中没有图表“outcome-flow”。',
    })
  })
  it('round-trips options through the URL, leaving defaults out', () => {
    const options: EmbedOptions = { ...base, chart: 'carry', year: 2020, agency: '樟树市', theme: 'auto', large: true }
    const url = embedUrl(SITE, options)
    expect(url.startsWith(`${SITE}#/embed/requests?chart=carry&year=2020&agency=`)).toBe(true)
    expect(parseEmbedHash(new URL(url).hash)).toEqual({ ok: true, options })
    expect(embedUrl(SITE, base)).toBe(`${SITE}#/embed/requests`)
  })
  it('links the footer to the full dashboard at the same view and filters', () => {
    expect(dashboardUrl(SITE, { view: 'cleanup', year: 2020, channel: 'all' })).toBe(`${SITE}#/cleanup?year=2020`)
  })
})

describe('embedSnippet', () => {
  it('is the documented iframe plus the async host script, with a fallback height', () => {
    const snippet = embedSnippet(SITE, { ...base, chart: 'outcome-flow' }, '申请人类型 → 办理结果')
    expect(snippet).toBe(
      `<iframe src="${SITE}#/embed/requests?chart=outcome-flow" data-xxgk-embed title="申请人类型 → 办理结果" height="520" style="width:100%;border:0" loading="lazy"></iframe>\n` +
        `<script src="${SITE}embed.js" async></script>`,
    )
    expect(fallbackHeight({ view: 'overview' })).toBe(900)
  })
  it('escapes quotes and angle brackets in titles and agency names', () => {
    const snippet = embedSnippet(SITE, { ...base, agency: '"><script>' }, 'a"b<c>')
    expect(snippet).not.toContain('"><script>')
    expect(snippet).toContain('title="a&quot;b&lt;c&gt;"')
  })
})
