import type { Qualifier } from './observation'

let intlCount: Intl.NumberFormat | undefined

/**
 * "12,345.68": thousands grouped, at most two decimals, half rounded away from zero, exactly as
 * `Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })` writes it (test/domain/format.test.ts
 * compares the two). Written out because a page's first Intl formatter loads ICU's number data:
 * 37–58 ms on a phone-speed CPU (4× throttled Chromium), on the first screen's critical path.
 */
export function formatCount(value: number): string {
  const digits = String(Math.abs(value))
  // Exponent notation (below 1e-6 or from 1e21 on) and NaN / Infinity: never figures of a report.
  if (!/^\d+(\.\d+)?$/.test(digits)) {
    intlCount ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
    return intlCount.format(value)
  }
  const [whole = '0', fraction = ''] = digits.split('.')
  // The shortest decimal that reads back as the value, rounded as written: Intl rounds it so.
  let kept = whole + fraction.slice(0, 2).padEnd(2, '0')
  if ((fraction[2] ?? '0') >= '5') kept = addOne(kept)
  const int = kept.slice(0, -2) || '0'
  const cents = kept.slice(-2).replace(/0+$/, '')
  const sign = value < 0 || Object.is(value, -0) ? '-' : ''
  return `${sign}${int.replace(/\B(?=(\d{3})+$)/g, ',')}${cents ? `.${cents}` : ''}`
}

/** A string of digits plus one, carrying as far as it goes ("0999" → "1000", "99" → "100"). */
function addOne(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === '9') i--
  if (i < 0) return `1${'0'.repeat(digits.length)}`
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1)
}

/** "8,892"; an approximate figure written with 余 shows as "1,250+"; a gap as "—". */
export function formatValue(value: number | null | undefined, qualifier: Qualifier = ''): string {
  if (value === null || value === undefined) return '—'
  return formatCount(value) + (qualifier === '≥' ? '+' : '')
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
  const text = formatCount(Math.abs(delta))
  if (delta > 0) return `+${text}`
  if (delta < 0) return `−${text}`
  return '0'
}
