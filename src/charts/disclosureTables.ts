import type { T2Data } from '../domain/shape/disclosure'
import { formatValue } from '../domain/format'
import type { Lang } from '../i18n/lang'
import { tr, withUnit } from './common'
import type { TableModel } from './types'

/** One 第二十条 sub-table as the report prints it, with the unit in each column header. */
export function disclosureTable(entry: T2Data['tables'][number], lang: Lang = 'zh'): TableModel {
  const { table, values } = entry
  return {
    columns: [
      tr('信息内容', lang),
      ...table.columns.map((c) =>
        c.label.includes('单位：') ? tr(c.label, lang) : withUnit(tr(c.label, lang), tr(c.unit, lang), lang),
      ),
    ],
    rows: table.rows.map((r) => {
      const figures = table.columns.map((c) => values.get(`${r.key}.${c.key}`) ?? null)
      return {
        header: tr(r.label, lang),
        // 本年增/减 is a change: a rise keeps its sign, as the report's readers expect.
        cells: figures.map((v, i) => (table.columns[i]?.signed && v !== null && v > 0 ? '+' : '') + formatValue(v)),
        values: [tr(r.label, lang), ...figures],
      }
    }),
  }
}
