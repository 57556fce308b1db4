import { describe, expect, it } from 'vitest'
import { isWebAddress } from '@/domain/webAddress'

describe('isWebAddress', () => {
  it('accepts absolute http and https addresses', () => {
    expect(['https://www.gov.cn/a?b=1', 'http://example.org', ' https://e.org/ '].map(isWebAddress)).toEqual([
      true,
      true,
      true,
    ])
  })
  it('refuses script, data and other schemes, relative and malformed addresses', () => {
    const refused = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.org',
      '/path',
      'www.gov.cn',
      '',
    ]
    expect(refused.map(isWebAddress)).toEqual(refused.map(() => false))
  })
})
