import { selectRows, sourcesOf } from '../dataset'
import type { Observation, Source } from '../observation'
import { t2SubTables, type T2SubTable, type TemplateVersion } from '../template'

export interface T2Data {
  version: TemplateVersion
  tables: { table: T2SubTable; values: Map<string, number | null> }[]
  sources: Source[]
}

/** 表二 of one report, by sub-table, with the template version read from which columns exist. */
export function shapeT2(rows: readonly Observation[], agency: string, year: number): T2Data | undefined {
  const t2 = selectRows(rows, agency, year, 't2.')
  if (t2.length === 0) return undefined
  // Only the 2021 template has 本年制发件数 / 现行有效件数.
  const version: TemplateVersion = t2.some((o) => o.dim1 === 'issued' || o.dim1 === 'inForce') ? 'F2021' : 'F2019'
  const values = new Map(t2.map((o) => [`${o.metric.slice(3)}.${o.dim1}`, o.value]))
  const tables = t2SubTables(version)
    .map((table) => ({
      table,
      values: new Map(
        table.rows.flatMap((r) =>
          table.columns.map((c) => [`${r.key}.${c.key}`, values.get(`${r.key}.${c.key}`) ?? null] as const),
        ),
      ),
    }))
    .filter((t) => [...t.values.values()].some((v) => v !== null))
  return { version, tables, sources: sourcesOf(t2) }
}
