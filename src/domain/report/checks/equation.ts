/**
 * The shared mechanics of a sum identity: blank handling, ambiguity, and a Chinese message
 * that shows both sides with their numbers.
 */
import type { Cell } from '../cell'
import type { CheckId, FindingLevel, FindingLocation } from '../finding'

export type CheckStatus = 'pass' | 'fail' | 'notAssessable'

export interface CheckResult {
  id: CheckId
  /** The level a failure carries; not-assessable results are reported as 'info'. */
  level: FindingLevel
  status: CheckStatus
  message: string
  location: FindingLocation
  values: Record<string, number | null>
  assumedZero?: boolean
}

export interface Term {
  /** Key in `values`, e.g. `newReceived.naturalPerson`. */
  key: string
  /** Short Chinese name for the message, e.g. `新收`. */
  name: string
  cell: Cell
}

export interface Side {
  terms: Term[]
  /** When the side has many terms the message shows this name and the sum, then the parts. */
  name?: string
}

export interface EquationSpec {
  id: CheckId
  level: FindingLevel
  location: FindingLocation
  /** Where, in words: `表三 自然人列`. */
  subject: string
  lhs: Side
  rhs: Side
  /** `le`: lhs ≤ rhs instead of equality (T2-S1). */
  relation?: 'eq' | 'le'
}

export function formatValue(value: number | null): string {
  return value === null ? '空白' : String(value)
}

function sideValue(side: Side): number {
  return side.terms.reduce((sum, t) => sum + (t.cell.value ?? 0), 0)
}

function describeSide(side: Side): string {
  const parts = side.terms.map((t) => `${t.name} ${formatValue(t.cell.value)}`)
  if (!side.name || side.terms.length <= 3) return parts.join(' + ')
  // Long sums: name the total, then list only the parts that carry a number other than 0.
  const shown = side.terms.filter((t) => t.cell.value !== null && t.cell.value !== 0)
  const detail =
    shown.length === 0 ? '各项均为 0 或空白' : shown.map((t) => `${t.name} ${formatValue(t.cell.value)}`).join(' + ')
  return `${side.name} ${sideValue(side)}（${detail}）`
}

function collectValues(sides: Side[]): Record<string, number | null> {
  const values: Record<string, number | null> = {}
  for (const side of sides) for (const t of side.terms) values[t.key] = t.cell.value
  return values
}

/** Equal within rounding: decimals (万元) are summed in floating point. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6
}

export function notAssessable(
  spec: Omit<EquationSpec, 'lhs' | 'rhs'>,
  reason: string,
  values: Record<string, number | null>,
): CheckResult {
  return {
    id: spec.id,
    level: 'info',
    status: 'notAssessable',
    message: `${spec.subject}：${reason}，无法核对`,
    location: spec.location,
    values,
  }
}

export function checkEquation(spec: EquationSpec): CheckResult {
  const terms = [...spec.lhs.terms, ...spec.rhs.terms]
  const values = collectValues([spec.lhs, spec.rhs])
  if (terms.some((t) => t.cell.ambiguous)) return notAssessable(spec, '有单元格存在多种读法', values)
  const unread = terms.filter((t) => t.cell.notRead)
  if (unread.length > 0) return notAssessable(spec, `${unread.map((t) => t.name).join('、')}未读取`, values)
  if (terms.every((t) => t.cell.value === null)) return notAssessable(spec, '所需单元格均为空白', values)
  // A side with nothing printed cannot be compared: the report omitted it, it did not say 0.
  const lhsBlank = spec.lhs.terms.every((t) => t.cell.value === null)
  const rhsBlank = spec.rhs.terms.every((t) => t.cell.value === null)
  if (lhsBlank || rhsBlank) {
    const blankSide = lhsBlank ? spec.lhs : spec.rhs
    return notAssessable(
      spec,
      `${blankSide.name ?? blankSide.terms.map((t) => t.name).join(' + ')}一侧全部空白`,
      values,
    )
  }
  const assumedZero = terms.some((t) => t.cell.value === null)
  const left = sideValue(spec.lhs)
  const right = sideValue(spec.rhs)
  const holds = spec.relation === 'le' ? left <= right + 1e-6 : nearlyEqual(left, right)
  const symbol = spec.relation === 'le' ? (holds ? '≤' : '>') : holds ? '=' : '≠'
  const note = assumedZero ? '（空白按 0 计）' : ''
  const result: CheckResult = {
    id: spec.id,
    level: spec.level,
    status: holds ? 'pass' : 'fail',
    message: `${spec.subject}：${describeSide(spec.lhs)} ${symbol} ${describeSide(spec.rhs)}${note}`,
    location: spec.location,
    values,
  }
  if (assumedZero) result.assumedZero = true
  return result
}
