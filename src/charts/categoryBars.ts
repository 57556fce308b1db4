import type { EChartsOption } from 'echarts'
import type { CategoryData } from '../domain/shape/categories'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import {
  BASE_GRID,
  PALETTE,
  axisTooltip,
  formatBarLabel,
  formatTableCell,
  pointValue,
  toDataItem,
  tr,
  withUnit,
} from './common'
import type { TableModel } from './types'
import { joinList, valueWithUnit } from './describe'

/**
 * One bar per category for a single year; horizontal when labels are long or many (agency
 * names, the six applicant types on a phone), then read top down in the data's order.
 */
export function buildCategoryBarsOption(
  data: CategoryData,
  opts: { horizontal?: boolean; lang?: Lang } = {},
): EChartsOption {
  const lang = opts.lang ?? 'zh'
  const unit = tr(data.unit, lang)
  // Long names (English) wrap under their bar instead of running into the next.
  const axisLabel = opts.horizontal
    ? { interval: 0 }
    : { interval: 0, width: 76, overflow: 'break' as const, lineHeight: 14 }
  const categoryAxis = {
    type: 'category' as const,
    inverse: opts.horizontal === true,
    data: data.items.map((i) => tr(i.label, lang)),
    axisLabel,
  }
  const valueAxis = { type: 'value' as const, name: unit }
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: 28, right: opts.horizontal ? 56 : 16 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTooltip(unit, lang) },
    xAxis: opts.horizontal ? valueAxis : categoryAxis,
    yAxis: opts.horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        name: messages(lang).yearCell(data.year),
        barMaxWidth: 40,
        label: { show: true, position: opts.horizontal ? 'right' : 'top', formatter: formatBarLabel },
        data: data.items.map((i) => toDataItem(i.point)),
      },
    ],
  } satisfies EChartsOption
}

/** "2020 年：网民留言 1,250+ 条，公开答复 152 条。" */
export function describeCategoryBars(data: CategoryData, lang: Lang = 'zh'): string {
  const items = data.items.map((i) =>
    lang === 'en'
      ? `${tr(i.label, lang)} ${valueWithUnit(i.point ?? { value: null, qualifier: '' }, data.unit, lang)}`
      : `${tr(i.label, lang)} ${valueWithUnit(i.point ?? { value: null, qualifier: '' }, data.unit, lang)}`,
  )
  return lang === 'en' ? `${data.year}: ${joinList(items, lang)}.` : `${data.year} 年：${joinList(items, lang)}。`
}

export function categoryBarsTable(data: CategoryData, lang: Lang = 'zh'): TableModel {
  const m = messages(lang)
  return {
    columns: [m.itemColumn, withUnit(m.yearCell(data.year), tr(data.unit, lang), lang)],
    rows: data.items.map((i) => ({
      header: tr(i.label, lang),
      cells: [formatTableCell(i.point, lang)],
      values: [tr(i.label, lang), pointValue(i.point)],
    })),
  }
}
