// The 第二十条 tables, loaded only by disclosure embeds.
import type { ChartContext } from '../charts/specs/types'
import { disclosureTable } from '../charts/disclosureTables'
import type { Source } from '../domain/observation'
import { shapeT2 } from '../domain/shape/disclosure'
import { translateLabel } from '../i18n/labels'
import { messages } from '../i18n/messages'
import { h } from './dom'
import { renderTable } from './panels'

export function renderDisclosure(ctx: ChartContext): { elements: HTMLElement[]; sources: Source[] } {
  const t2 = shapeT2(ctx.rows, ctx.agency, ctx.year)
  if (!t2) {
    return {
      elements: [
        h(
          'p',
          { class: 'empty-state', role: 'status' },
          messages(ctx.lang).noT2(translateLabel(ctx.agency, ctx.lang), ctx.year),
        ),
      ],
      sources: [],
    }
  }
  return {
    elements: t2.tables.map((entry) =>
      h(
        'section',
        { class: 'chart-panel', 'data-chart': `t2-${entry.table.key}` },
        renderTable(disclosureTable(entry, ctx.lang), translateLabel(entry.table.label, ctx.lang)),
      ),
    ),
    sources: t2.sources,
  }
}
