import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ChartSpec } from '@/charts/specs/types'

// The drawing itself is ECharts' (covered by the e2e tests); here only its timing is controlled.
type Disposer = ReturnType<typeof vi.fn<() => void>>
const draws: { resolve: (dispose: () => void) => void; dispose: Disposer }[] = []
vi.mock('@/embed/draw', () => ({
  drawChart: () => new Promise<() => void>((resolve) => draws.push({ resolve, dispose: vi.fn<() => void>() })),
}))
const { renderChartPanel } = await import('@/embed/panels')

const SPEC: ChartSpec = {
  id: 'channel-trend',
  title: '各渠道历年发布信息数',
  unit: '条',
  sources: [],
  option: { series: [{ type: 'bar', name: '政府网站', data: [8892] }] },
  table: { columns: ['年份', '政府网站'], rows: [{ header: '2020 年', cells: ['8,892'], values: [2020, 8892] }] },
  description: '2020 年政府网站 8,892 条。',
  emptyMessage: '',
  note: '',
  height: 300,
}
const LOOK = { dark: false, fontScale: 1, lang: 'zh' as const }

/** The chart code "arrives": the pending draw finishes and hands back its disposer. */
function arrive(i: number): Disposer {
  const draw = draws[i]!
  draw.resolve(draw.dispose)
  return draw.dispose
}
const settle = () => new Promise((done) => setTimeout(done, 0))

afterEach(() => void draws.splice(0))

describe('an embed chart panel whose chart code arrives late', () => {
  it('disposes a chart that arrives after the panel switched to its table', async () => {
    const { panel } = renderChartPanel(SPEC, 'bar', LOOK)
    panel.querySelector<HTMLButtonElement>('.chart-panel__toggle')!.click()
    expect(panel.querySelector('table')).not.toBeNull()
    const disposed = arrive(0)
    await settle()
    expect(disposed).toHaveBeenCalledOnce()
    expect(panel.querySelector('table')).not.toBeNull()
  })

  it('disposes a chart that arrives after the panel itself was disposed', async () => {
    const { dispose } = renderChartPanel(SPEC, 'bar', LOOK)
    dispose()
    const disposed = arrive(0)
    await settle()
    expect(disposed).toHaveBeenCalledOnce()
  })

  it('keeps the chart that arrives for the panel as it is, and disposes it with the panel', async () => {
    const { panel, dispose } = renderChartPanel(SPEC, 'bar', LOOK)
    const toggle = panel.querySelector<HTMLButtonElement>('.chart-panel__toggle')!
    toggle.click()
    toggle.click()
    expect(draws).toHaveLength(2)
    const stale = arrive(0)
    const current = arrive(1)
    await settle()
    expect(stale).toHaveBeenCalledOnce()
    expect(current).not.toHaveBeenCalled()
    dispose()
    expect(current).toHaveBeenCalledOnce()
  })
})
