import { describe, expect, it } from 'vitest'
import type { Block } from '@/ingest/report/blocks'
import { findSourceUrl, findTitle } from '@/ingest/report/title'

const lines = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'text', text }))

describe('findTitle', () => {
  it('reads a title after a crawler field name', () => {
    expect(findTitle(lines('标题: 平潭综合实验区公安局2022年度政府信息公开工作年度报告'))).toEqual({
      title: '平潭综合实验区公安局2022年度政府信息公开工作年度报告',
      agency: '平潭综合实验区公安局',
      year: 2022,
    })
  })

  it('reads a title wrapped after the agency, never taking 政府 for the agency', () => {
    expect(findTitle(lines('淮安市人民政府', '2024年政府信息公开工作年度报告'))).toMatchObject({
      agency: '淮安市人民政府',
      year: 2024,
    })
    expect(findTitle(lines('2024年政府信息公开工作年度报告'))).toEqual({})
  })

  it('skips a page\u2019s navigation before the title', () => {
    expect(findTitle(lines('当前位置：首页 > 政务公开', '樟树市2020年政府信息公开工作年度报告'))).toMatchObject({
      agency: '樟树市',
      year: 2020,
    })
  })
})

describe('findSourceUrl', () => {
  it('takes an http(s) address from a header field, and nothing else', () => {
    expect(findSourceUrl(lines('标题: x', '原文链接: https://www.example.gov.cn/a/b.htm'))).toBe(
      'https://www.example.gov.cn/a/b.htm',
    )
    expect(findSourceUrl(lines('原文链接: javascript:alert(1)'))).toBeUndefined()
    expect(findSourceUrl(lines('正文里提到 https://www.example.gov.cn 网站'))).toBeUndefined()
  })
})
