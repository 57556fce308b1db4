/**
 * The whole published dataset as one file a researcher fetches with a plain link
 * (`data/download/`), written by `npm run -s data:build` beside a README of its columns. One row
 * per figure, as the dataset has it, with what the dashboard knows besides: the agency's kind
 * and parent, the template's name of the figure and the audit badge.
 */
import Papa from 'papaparse'
import { figureLabel } from '../domain/figureLabel'
import type { Agency, Observation } from '../domain/observation'
import { escapeFormula } from './csvFormula'

export const BULK_CSV = 'download/xxgk-published-data.csv'
export const BULK_README = 'download/README.md'

/** Column name → what it holds (Chinese, then English), for the README; the order is the file's. */
export const BULK_COLUMNS = {
  agency: ['机构名称，如报告所写', 'the reporting body, as it names itself'],
  agency_kind: [
    '机构类别：city（市、区级政府）、department（部门）、township（乡镇、街道）',
    'city, department or township',
  ],
  agency_parent: ['上级机构，可为空', 'the parent body, may be empty'],
  year: ['报告年度（数字所属年份）', 'the year the figures cover'],
  metric: ['指标键，见 docs/data-format.md', 'metric key, see docs/data-format.md'],
  dim1: ['第一维度键（表三为申请人类别列），可为空', 'first dimension key (table III: applicant column), may be empty'],
  dim2: ['第二维度键，可为空', 'second dimension key, may be empty'],
  template_label: [
    '年报格式中这一数字的名称，个别指标可为空',
    'the figure’s name in the national report template (Chinese), empty for a few metrics',
  ],
  label: ['数据自带的名称，如培训的标题，可为空', 'a name the data itself gives, such as a training’s title'],
  value: [
    '数值，纯数字，无千分位；空白表示报告未给出（未报告），不是 0',
    'the number, plain ASCII; empty means the report does not give it, never zero',
  ],
  unit: ['单位：件、条、个、人、%、万元等', 'unit as the report uses it'],
  qualifier: ['空白为确数；≥ 表示报告写作“余”（如“1250余条”）', 'empty: exact; ≥: the report says “more than”'],
  audit_failed: [
    'true：这一数字所在的表格未通过勾稽校验（报告自身数字不相符）',
    'true: the figure’s table fails the report’s own accounting identities',
  ],
  source_title: ['报告标题', 'the report’s title'],
  source_url: ['报告原文地址，未知时为空', 'the report’s address, empty when unknown'],
} as const

type Column = keyof typeof BULK_COLUMNS
const COLUMNS = Object.keys(BULK_COLUMNS) as Column[]
// Excel and WPS read a BOM-less CSV as GBK on Chinese Windows; pandas and DuckDB skip the BOM.
const BOM = '\uFEFF'

function record(o: Observation, agency: Agency | undefined): Record<Column, string> {
  return {
    agency: o.agency,
    agency_kind: agency?.kind ?? '',
    agency_parent: agency?.parent ?? '',
    year: String(o.year),
    metric: o.metric,
    dim1: o.dim1,
    dim2: o.dim2,
    template_label: figureLabel(o),
    label: o.label,
    value: o.value === null ? '' : String(o.value),
    unit: o.unit,
    qualifier: o.qualifier,
    audit_failed: o.source.auditFailed ? 'true' : 'false',
    source_title: o.source.title,
    source_url: o.source.url,
  }
}

/**
 * RFC 4180, CRLF, UTF-8 with BOM. Text a spreadsheet would run as a formula is escaped as in
 * every CSV the app writes (csvFormula.ts); values are String(number), which it leaves alone.
 */
export function formatBulkCsv(rows: readonly Observation[], agencies: readonly Agency[]): string {
  const byName = new Map(agencies.map((a) => [a.name, a]))
  const data = rows.map((o) => {
    const r = record(o, byName.get(o.agency))
    return COLUMNS.map((c) => escapeFormula(r[c]))
  })
  return BOM + Papa.unparse({ fields: COLUMNS, data }, { newline: '\r\n' }) + '\r\n'
}

export interface BulkStats {
  rows: number
  agencies: number
  years: [number, number]
}

export function bulkStats(rows: readonly Observation[]): BulkStats {
  const years = rows.map((o) => o.year)
  return {
    rows: rows.length,
    agencies: new Set(rows.map((o) => o.agency)).size,
    years: [Math.min(...years), Math.max(...years)],
  }
}

export function formatBulkReadme({ rows, agencies, years }: BulkStats): string {
  const table = COLUMNS.map((c) => `| \`${c}\` | ${BULK_COLUMNS[c][0]} | ${BULK_COLUMNS[c][1]} |`)
  return [
    '# 政府信息公开工作年度报告数据 · Annual-report dataset',
    '',
    `\`xxgk-published-data.csv\`：${rows} 行，${agencies} 个机构，${years[0]}–${years[1]} 年。每行一个数字，均摘自机构公开发布的年度报告，`,
    '`source_url` 为出处。由 `npm run -s data:build` 从 `data/` 生成，与看板所用数据一致。',
    '',
    `One row per figure: ${rows} rows, ${agencies} agencies, ${years[0]}–${years[1]}, each from a published report.`,
    '',
    '## 缺失 · Gaps',
    '',
    '- `value` 空白：报告未给出这一数字（未报告）。 Empty `value`: the report does not give the figure.',
    '- 某机构某年没有任何行：本数据集没有这一年的报告（未收录），不是该机构没有发布；',
    '  `../manifest.json` 的 `excluded` 列出已知但未收录的报告及原因。',
    '  No row for an agency and year: the dataset lacks that report; `../manifest.json` lists known reports left out (`excluded`).',
    '',
    '## 列 · Columns',
    '',
    '| 列 column | 含义 | meaning |',
    '| --- | --- | --- |',
    ...table,
    '',
    '## 格式 · Format',
    '',
    'UTF-8 带 BOM（Excel、WPS 直接打开不乱码），逗号分隔，RFC 4180 引号规则，CRLF 换行。',
    '以 = + - @ 开头的文字前加了一个单引号，以免电子表格把它当作公式执行；数字不会被加上单引号。',
    '',
    'UTF-8 with BOM, comma-separated, RFC 4180 quoting, CRLF. Text starting with = + - @ has a',
    'single quote prepended so spreadsheets do not run it as a formula; numbers never get one.',
    '',
    '```python',
    "pandas.read_csv('xxgk-published-data.csv', encoding='utf-8-sig')",
    '```',
    '',
    '```sql',
    "SELECT * FROM read_csv('xxgk-published-data.csv');",
    '```',
    '',
  ].join('\n')
}
