/** A chart's data as a plain table: the "view as table" alternative to every chart. */
export interface TableModel {
  columns: string[]
  rows: { header: string; cells: string[] }[]
}
