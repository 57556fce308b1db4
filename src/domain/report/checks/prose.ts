/** P1–P3: figures the prose states against the tables and against themselves (soft). */
import type { CheckResult, Term } from './equation'
import { checkEquation } from './equation'
import type { Cell } from '../cell'
import type { NarrativeFigure, ParsedReport } from '../model'
import { WEBSITE_PARTS } from '../../channels'

function findFigure(report: ParsedReport, metric: string, dim1: string, dim2 = ''): NarrativeFigure | undefined {
  return report.narrative.find((f) => f.metric === metric && f.dim1 === dim1 && f.dim2 === dim2)
}

/** The sentence a figure came from, in brackets; nothing for figures with no sentence. */
function quoted(context: string): string {
  return context ? `（${context}）` : ''
}

function computedCell(value: number | null): Cell {
  return { value, raw: value === null ? '' : String(value), origin: 'table' }
}

interface Restatement {
  metric: string
  dim1: string
  name: string
  table: () => Term[]
}

/**
 * Prose "收到申请 N 件" means new requests in most reports, but some count the ones carried over
 * from last year too (平潭 2022: 74 new + 1 carried over, "收到75件"). Either reading is the
 * report's own; only a figure that matches neither is a discrepancy.
 */
function receivedTerms(report: ParsedReport): Term[] {
  const fresh: Term = { key: 't3.newReceived.total', name: '表三 新收总计', cell: report.t3.newReceived.total }
  const carried: Term = { key: 't3.carriedOver.total', name: '表三 上年结转总计', cell: report.t3.carriedOver.total }
  const stated = findFigure(report, 'applications', 'total')?.value
  const [n, c] = [fresh.cell.value, carried.cell.value]
  if (stated != null && n !== null && c !== null && c > 0 && stated !== n && stated === n + c) return [fresh, carried]
  return [fresh]
}

/** The prose figures that restate a table value, and where that value sits. */
function restatements(report: ParsedReport): Restatement[] {
  const t3Total = (key: 'newReceived' | 'granted' | 'partialGrant', name: string): Term[] => [
    { key: `t3.${key}.total`, name, cell: report.t3[key].total },
  ]
  return [
    { metric: 'applications', dim1: 'total', name: '文字所述收到申请数', table: () => receivedTerms(report) },
    {
      metric: 'applications',
      dim1: 'granted',
      name: '文字所述予以公开数',
      table: () => t3Total('granted', '表三 予以公开总计'),
    },
    {
      metric: 'applications',
      dim1: 'partialGrant',
      name: '文字所述部分公开数',
      table: () => t3Total('partialGrant', '表三 部分公开总计'),
    },
    {
      metric: 'applications',
      dim1: 'denied',
      name: '文字所述不予公开数',
      table: () => [
        {
          key: 'derived.deniedSum.total',
          name: '表三 不予公开合计',
          cell: computedCell(report.derived.deniedSum.total),
        },
      ],
    },
    {
      metric: 'applications',
      dim1: 'unableToProvide',
      name: '文字所述无法提供数',
      table: () => [
        {
          key: 'derived.unableSum.total',
          name: '表三 无法提供合计',
          cell: computedCell(report.derived.unableSum.total),
        },
      ],
    },
    {
      metric: 'reviewCases',
      dim1: '',
      name: '文字所述行政复议数',
      table: () => [{ key: 't4.review.total', name: '表四 行政复议总计', cell: report.t4.review.total }],
    },
    {
      metric: 'litigationCases',
      dim1: '',
      name: '文字所述行政诉讼数',
      table: () => [
        { key: 't4.litigationDirect.total', name: '表四 直接起诉总计', cell: report.t4.litigationDirect.total },
        {
          key: 't4.litigationAfterReview.total',
          name: '表四 复议后起诉总计',
          cell: report.t4.litigationAfterReview.total,
        },
      ],
    },
  ]
}

function checkRestatements(report: ParsedReport): CheckResult[] {
  return restatements(report).flatMap((r) => {
    const figure = findFigure(report, r.metric, r.dim1)
    if (!figure) return []
    return [
      checkEquation({
        id: 'P1',
        level: 'warning',
        location: { table: 'prose', row: r.metric, column: r.dim1 || undefined },
        subject: `正文与表格${quoted(figure.context)}`,
        lhs: { terms: [{ key: `prose.${r.metric}.${r.dim1}`, name: r.name, cell: figure }] },
        rhs: { terms: r.table() },
      }),
    ]
  })
}

const PART_NAMES: Record<string, string> = {
  cityLevel: '市本级',
  cityDepartments: '市直单位',
  townships: '乡镇（街道）',
  after: '清理后保留',
  closed: '注销或解散',
  ...WEBSITE_PARTS,
}

/** Accounts and work groups before a clean-up = those kept + those closed. */
const CLEANUPS = [
  { metric: 'newMediaAccounts', name: '清理前政务新媒体数' },
  { metric: 'wechatGroups', name: '清理前微信工作群数' },
  { metric: 'qqGroups', name: '清理前 QQ 工作群数' },
]

/** P2: a total the prose breaks into parts (其中 A、B、C) equals the sum of the parts. */
function checkBreakdowns(report: ParsedReport): CheckResult[] {
  const breakdowns = [
    {
      metric: 'applications',
      dim1: 'total',
      name: '收到申请数',
      parts: (f: NarrativeFigure) =>
        f.metric === 'applications' && ['cityLevel', 'cityDepartments', 'townships'].includes(f.dim1),
    },
    {
      metric: 'posts',
      dim1: 'website',
      name: '政府网站发布信息数',
      parts: (f: NarrativeFigure) => f.metric === 'posts' && f.dim1 === 'website' && f.dim2 !== '',
    },
    ...CLEANUPS.map((c) => ({
      metric: c.metric,
      dim1: 'before',
      name: c.name,
      parts: (f: NarrativeFigure) => f.metric === c.metric && (f.dim1 === 'after' || f.dim1 === 'closed'),
    })),
  ]
  return breakdowns.flatMap((b) => {
    const total = findFigure(report, b.metric, b.dim1)
    const parts = report.narrative.filter(b.parts)
    if (!total || parts.length < 2) return []
    return [
      checkEquation({
        id: 'P2',
        level: 'warning',
        location: { table: 'prose', row: b.metric, column: b.dim1 },
        // Published data has no sentence to quote, so the figure is named as well.
        subject: `正文分项·${b.name}${quoted(total.context)}`,
        lhs: { terms: [{ key: `${b.metric}.${b.dim1}`, name: '总数', cell: total }] },
        rhs: {
          terms: parts.map((p) => {
            const part = p.dim2 || p.dim1
            return { key: `${p.metric}.${part}`, name: PART_NAMES[part] ?? part, cell: p }
          }),
        },
      }),
    ]
  })
}

/** P3: "由……N 个部分组成" agrees with the names it lists and the sections present. */
function checkClaimedParts(report: ParsedReport): CheckResult[] {
  const claim = report.outline.claimedParts
  if (!claim) return []
  const present = report.outline.sections.length
  const values = { claimed: claim.count, listed: claim.listed, present }
  const ok = claim.count === claim.listed && claim.count === present
  return [
    {
      id: 'P3',
      level: 'warning',
      status: ok ? 'pass' : 'fail',
      message: ok
        ? `报告结构：文字称 ${claim.count} 个部分，列出 ${claim.listed} 个，正文有 ${present} 个`
        : `报告结构：文字称 ${claim.count} 个部分，但列出 ${claim.listed} 个部分名称，正文实有 ${present} 个部分（${claim.context}）`,
      location: { table: 'prose', row: 'outline' },
      values,
    },
  ]
}

export function checkProse(report: ParsedReport): CheckResult[] {
  return [...checkRestatements(report), ...checkBreakdowns(report), ...checkClaimedParts(report)]
}
