import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { BarChart, GaugeChart, SankeyChart, ScatterChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import type { EChartsOption } from 'echarts'

use([SVGRenderer, BarChart, GaugeChart, SankeyChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent])

export interface TextBox {
  text: string
  x: number
  y: number
  width: number
  height: number
}

interface Drawn {
  type?: string
  style?: { text?: string; opacity?: number }
  ignore?: boolean
  invisible?: boolean
  getBoundingRect(): {
    clone(): { applyTransform(m: unknown): void; x: number; y: number; width: number; height: number }
  }
  getComputedTransform(): unknown
}

/**
 * Draws an option as ECharts' server-side renderer does and returns every text it shows, with
 * its box on the canvas (rotation applied). Hidden labels (hideOverlap) are left out. Text is
 * measured by zrender's own estimate, as in the SVG string: boxes are close, not exact.
 */
export function drawnTexts(option: EChartsOption, width: number, height: number): TextBox[] {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({ ...option, animation: false })
  chart.renderToSVGString()
  const zr = chart.getZr() as unknown as { storage: { getDisplayList(update: boolean): Drawn[] } }
  const boxes = zr.storage
    .getDisplayList(true)
    .filter(
      (el) =>
        el.type === 'tspan' &&
        typeof el.style?.text === 'string' &&
        el.style.text.trim() !== '' &&
        !el.ignore &&
        !el.invisible &&
        el.style.opacity !== 0,
    )
    .map((el) => {
      const rect = el.getBoundingRect().clone()
      rect.applyTransform(el.getComputedTransform())
      return { text: el.style?.text ?? '', x: rect.x, y: rect.y, width: rect.width, height: rect.height }
    })
  chart.dispose()
  return boxes
}

/** Pairs of texts whose boxes overlap by more than `slack` px each way (lines of one label may touch). */
export function collisions(boxes: readonly TextBox[], slack = 1): string[] {
  const hits: string[] = []
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
      if (dx > slack && dy > slack) hits.push(`"${a.text}" × "${b.text}"`)
    }
  })
  return hits
}

/** Texts that reach beyond the canvas (cut off at its edge). */
export function clipped(boxes: readonly TextBox[], width: number, height: number, slack = 1): string[] {
  return boxes
    .filter((b) => b.x < -slack || b.y < -slack || b.x + b.width > width + slack || b.y + b.height > height + slack)
    .map((b) => `"${b.text}" at ${Math.round(b.x)},${Math.round(b.y)}`)
}
