/**
 * A table row split into its label and its value cells, whatever the layout did to it:
 * labels split over several cells, padding cells, an extra cell from a split label.
 */
import { isValueText } from '../../domain/report/cell'
import { compactLabel } from './normalize'

export interface RowParts {
  /** All label cells joined and compacted: `三、本年度办理结果（一）予以公开`. */
  label: string
  /** The cells after the last label cell, as printed (blank = ''). */
  values: string[]
}

export function splitRow(cells: readonly (string | null)[]): RowParts {
  const present = cells.filter((c): c is string => c !== null).map((c) => c.trim())
  let last = -1
  present.forEach((cell, i) => {
    if (cell !== '' && !isValueText(cell)) last = i
  })
  return {
    label: compactLabel(present.slice(0, last + 1).join('')),
    values: present.slice(last + 1),
  }
}

/**
 * Exactly `n` value cells. Padding is dropped from the end, then the start; a row that is
 * still too long keeps its last `n` cells, because the printed totals sit at the right
 * (the （六） row's extra 0 comes from a label cell split off on the left).
 */
export function fitValues(values: readonly string[], n: number): string[] {
  const out = [...values]
  while (out.length > n && out[out.length - 1] === '') out.pop()
  while (out.length > n && out[0] === '') out.shift()
  if (out.length > n) return out.slice(out.length - n)
  while (out.length < n) out.push('')
  return out
}

export function hasNumber(values: readonly string[]): boolean {
  return values.some((v) => /\d/.test(v))
}
