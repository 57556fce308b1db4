import type { Qualifier } from './observation'

const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** "8,892"; an approximate figure written with 余 shows as "1,250+"; a gap as "—". */
export function formatValue(value: number | null | undefined, qualifier: Qualifier = ''): string {
  if (value === null || value === undefined) return '—'
  return countFormat.format(value) + (qualifier === '≥' ? '+' : '')
}

/** "8,892 条"; percentages and scores sit tight against the number. */
export function formatWithUnit(value: number | null | undefined, unit: string, qualifier: Qualifier = ''): string {
  if (value === null || value === undefined) return '无数据'
  const number = formatValue(value, qualifier)
  if (unit === '') return number
  return unit === '%' ? `${number}%` : `${number} ${unit}`
}

export function formatPercent(ratio: number, digits = 1): string {
  return `${(ratio * 100).toFixed(digits)}%`
}

/** A signed change: "+12.5%", "−61.0%" (true minus sign, as typeset Chinese reports use). */
export function formatSignedPercent(ratio: number): string {
  const text = formatPercent(Math.abs(ratio))
  if (ratio > 0) return `+${text}`
  if (ratio < 0) return `−${text}`
  return text
}

export function formatSignedCount(delta: number): string {
  const text = countFormat.format(Math.abs(delta))
  if (delta > 0) return `+${text}`
  if (delta < 0) return `−${text}`
  return '0'
}
