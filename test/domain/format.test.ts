import { describe, expect, it } from 'vitest'
import { formatCount, formatSignedCount, formatSignedPercent, formatValue, formatWithUnit } from '@/domain/format'

describe('format', () => {
  it('groups thousands and marks approximate figures with +', () => {
    expect(formatValue(8892)).toBe('8,892')
    expect(formatValue(1250, '≥')).toBe('1,250+')
    expect(formatValue(30183.96)).toBe('30,183.96')
    expect(formatValue(0)).toBe('0')
  })
  it('shows a gap as a dash, not a zero', () => {
    expect(formatValue(null)).toBe('—')
    expect(formatWithUnit(undefined, '条')).toBe('无数据')
  })
  it('puts the unit after the number, tight for percentages', () => {
    expect(formatWithUnit(8892, '条')).toBe('8,892 条')
    expect(formatWithUnit(91.7, '%')).toBe('91.7%')
    expect(formatWithUnit(80, '人', '≥')).toBe('80+ 人')
  })
  it('signs changes with a true minus', () => {
    expect(formatSignedPercent(-0.6061)).toBe('−60.6%')
    expect(formatSignedPercent(0.125)).toBe('+12.5%')
    expect(formatSignedPercent(0)).toBe('0.0%')
    expect(formatSignedCount(-8)).toBe('−8')
    expect(formatSignedCount(1200)).toBe('+1,200')
  })
})

describe('formatCount, written out in place of Intl', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
  it('writes what Intl writes at the edges of rounding and grouping', () => {
    const edges = [
      0,
      -0,
      1,
      9,
      10,
      999,
      1000,
      999999,
      1000000,
      1.005,
      1.015,
      2.675,
      0.005,
      0.004,
      0.995,
      999.995,
      999999.995,
      9.995,
      99.5,
      30183.96,
      91.7,
      34.8,
      61.9,
      0.125,
      0.375,
      -0.001,
      -0.005,
      -1234.565,
      1e-6,
      1.5e-7,
      1e20,
      123456789012345680000,
      1e21,
      2 ** 53,
      Number.MAX_SAFE_INTEGER,
      NaN,
      Infinity,
      -Infinity,
    ]
    for (const v of edges) expect(formatCount(v), String(v)).toBe(intl.format(v))
  })
  it('writes what Intl writes for 20,000 figures of every size a report holds', () => {
    // A fixed linear congruential sequence: the same values on every run.
    let seed = 20201231
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 20_000; i++) {
      const scale = 10 ** Math.floor(next() * 10 - 3)
      const v = (next() - 0.2) * scale
      // Half of them on cents and half-cents, where rounding decides.
      const value = i % 2 ? Math.round(v * 1000) / 1000 : v
      expect(formatCount(value), String(value)).toBe(intl.format(value))
    }
  })
})
