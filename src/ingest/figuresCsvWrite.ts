import Papa from 'papaparse'
import type { FigureRow } from '../domain/compareFigures'
import { escapeFormula } from './csvFormula'
import { findLoneSurrogate, loneSurrogateMessage } from './csvText'
import { CsvWriteError } from './csvWrite'
import { FIGURES_COLUMNS } from './figuresCsv'

/**
 * A figures file (figuresCsv.ts) as the data build and the national benchmark write it: the
 * dataset writer's conventions (papaparse, LF, no BOM for data/, formula triggers escaped).
 * `header: false` gives the rows alone, for a writer that appends agency by agency.
 */
export function formatFiguresCsv(rows: readonly FigureRow[], { header = true }: { header?: boolean } = {}): string {
  const data = rows.map((r, i) => {
    const codeUnit = findLoneSurrogate(r.agency)
    if (codeUnit) throw new CsvWriteError(`导出未完成：${loneSurrogateMessage(i + 2, 'agency', codeUnit)}`)
    return [
      escapeFormula(r.agency),
      String(r.year),
      String(r.value),
      r.qualifier,
      r.denominator === undefined ? '' : String(r.denominator),
    ]
  })
  if (!header) return data.length === 0 ? '' : Papa.unparse(data, { newline: '\n' }) + '\n'
  return Papa.unparse({ fields: [...FIGURES_COLUMNS], data }, { newline: '\n' }) + '\n'
}
