import { describe, expect, it } from 'vitest'
import { messages } from '@/i18n/messages'
import { en } from '@/i18n/en/messages'

describe('the print date, written without Intl', () => {
  it('reads as a Chinese official date and as an English one, in the reader’s own time', () => {
    const date = new Date(2026, 11, 4, 23, 59)
    expect(messages('zh').printedOn(date)).toBe('打印日期：2026年12月4日')
    expect(en.printedOn(date)).toBe('Printed on 4 December 2026')
    expect(en.printedOn(new Date(2027, 0, 31))).toBe('Printed on 31 January 2027')
  })
})
