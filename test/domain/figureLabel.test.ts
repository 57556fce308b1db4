import { describe, expect, it } from 'vitest'
import { figureLabel } from '@/domain/figureLabel'

const label = (year: number, metric: string, dim1 = '', dim2 = '') => figureLabel({ year, metric, dim1, dim2 })

describe('figureLabel', () => {
  it('names 表三 cells by the template row and the applicant column', () => {
    expect(label(2019, 't3.newReceived', 'naturalPerson')).toBe('一、本年新收政府信息公开申请数量：自然人')
    expect(label(2025, 't3.denied.stateSecret', 'total')).toBe('1.属于国家秘密：总计')
  })

  it('names 表四 cells by group and result', () => {
    expect(label(2021, 't4.review', 'upheld')).toBe('行政复议：结果维持')
  })

  it('takes 表二 labels from the template of the year, and from the other one for a column only it has', () => {
    expect(label(2020, 't2.normativeDocs', 'newlyMade')).toBe('规范性文件：本年新制作数量')
    expect(label(2021, 't2.normativeDocs', 'issued')).toBe('行政规范性文件：本年制发件数')
    expect(label(2020, 't2.normativeDocs', 'issued')).toBe('行政规范性文件：本年制发件数')
    expect(label(2021, 't2.adminFees', 'amount')).toBe('行政事业性收费：本年收费金额（单位：万元）')
  })

  it('names narrative figures from the metric catalogue with their dimensions', () => {
    expect(label(2023, 'posts', 'website')).toBe('发布信息（政府网站）')
    expect(label(2023, 'posts', 'website', 'departmentDisclosure')).toBe('发布信息（政府网站：政府部门信息公开）')
    expect(label(2020, 'messages')).toBe('网民留言')
    expect(label(2020, 'trainingAttendance', '2020-03-20')).toBe('培训参加人数')
  })

  it('gives an empty name, not a made-up one, for keys neither template nor catalogue knows', () => {
    expect(label(2021, 't3.noSuchRow', 'total')).toBe('')
    expect(label(2021, 't2.rules', 'noSuchColumn')).toBe('')
    expect(label(2021, 'standardCatalogUnits', 'township')).toBe('')
    expect(label(2021, 'unknownMetric')).toBe('')
  })
})
