/** A cell as an analysis-ready export writes it: a plain number, text, or null for no figure (an empty cell). */
export type ExportValue = number | string | null

export interface TableRow {
  /** What the screen shows: the row heading and its cells as formatted text ('8,892', '91.7%', '未报告'). */
  header: string
  cells: string[]
  /**
   * The same row for a CSV download, heading first: numbers where the cells show formatted
   * figures, years as numbers, null where the cells say 未报告 or 未收录.
   */
  values: ExportValue[]
}

/** A chart's data as a plain table: the "view as table" alternative to every chart. */
export interface TableModel {
  columns: string[]
  rows: TableRow[]
  /** The export's column titles, where they differ from the screen's: a unit the cells show goes into the title. */
  exportColumns?: string[]
}
