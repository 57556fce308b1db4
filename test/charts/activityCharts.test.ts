import { describe, expect, it } from 'vitest'
import { buildCleanupOption, cleanupTable } from '@/charts/cleanup'
import { loadLang } from '@/i18n/catalog'
import { buildTrainingTimelineOption, formatSessionDate, trainingTable } from '@/charts/trainingTimeline'
import { buildQuizGaugeOption, quizTable } from '@/charts/quizGauge'
import { disclosureTable } from '@/charts/disclosureTables'
import { PALETTE } from '@/charts/palette'
import { shapeCleanup, shapeQuiz, shapeTrainings } from '@/domain/shape/activities'
import { shapeT2 } from '@/domain/shape/disclosure'
import { shippedRows } from '../helpers/shippedData'
import { renderSvg } from '../helpers/renderSvg'

const rows = shippedRows()

describe('clean-up chart', () => {
  const { items } = shapeCleanup(rows, '樟树市', 2020)
  it('pairs before and after bars and names how many closed', () => {
    const option = buildCleanupOption(items)
    const series = option.series as { name: string; data: { value: unknown }[] }[]
    expect(series.map((s) => [s.name, s.data.map((d) => d.value)])).toEqual([
      ['清理前', [46, 209, 20]],
      ['清理后', [16, 154, 15]],
    ])
    expect((option.xAxis as { data: string[] }).data[0]).toBe('政务新媒体\n（注销 30 个）')
    expect(cleanupTable(items).rows[1]?.cells).toEqual(['209', '154', '55'])
    expect(renderSvg(option)).toContain('209')
  })
  it('is empty for a year without a clean-up', () => {
    expect(buildCleanupOption([]).series).toEqual([
      expect.objectContaining({ data: [] }),
      expect.objectContaining({ data: [] }),
    ])
  })
})

describe('training timeline', () => {
  const { sessions } = shapeTrainings(rows, '樟树市', 2020)
  it('places each session on the year’s time axis, hollow where attendance is unknown', () => {
    const option = buildTrainingTimelineOption(sessions, 2020)
    expect(option.xAxis).toMatchObject({ type: 'time', min: '2020-01-01', max: '2020-12-31' })
    expect((option.yAxis as { data: string[] }).data).toHaveLength(4)
    const styles = (option.series as { data: { itemStyle: { color: string } }[] }[])[0]?.data.map(
      (d) => d.itemStyle.color,
    )
    expect(styles).toEqual(['#fff', '#fff', '#fff', PALETTE[0]])
    expect(renderSvg(option)).toContain('80+ 人')
  })
  it('labels the months in the reader’s language, with no Chinese left in English', async () => {
    await loadLang('en')
    // ECharts' locale stays ZH on a Chinese page even after the reader switches to English.
    const svg = renderSvg(buildTrainingTimelineOption(sessions, 2020, 'en'), 600, 300, 'ZH')
    expect(svg).toContain('>Mar<')
    expect(svg).not.toMatch(/\d月/)
    expect(renderSvg(buildTrainingTimelineOption(sessions, 2020), 600, 300)).toContain('>3月<')
  })
  it('formats one-day and multi-day dates', () => {
    expect(formatSessionDate({ start: '2020-03-20', end: '2020-03-20' })).toBe('3月20日')
    expect(formatSessionDate({ start: '2020-09-21', end: '2020-09-22' })).toBe('9月21日—22日')
    expect(formatSessionDate({ start: '2020-09-30', end: '2020-10-01' })).toBe('9月30日—10月1日')
  })
  it('tabulates attendance, saying when it is not reported', () => {
    expect(trainingTable(sessions).rows.map((r) => r.cells[1])).toEqual([
      '人数未报告',
      '人数未报告',
      '人数未报告',
      '80+ 人',
    ])
  })
})

describe('quiz gauge', () => {
  it('shows the participation rate and tabulates all three figures', () => {
    const quiz = shapeQuiz(rows, '樟树市', 2020)
    const option = buildQuizGaugeOption(quiz)
    expect((option.series as { data: { value: number }[] }[])[0]?.data).toEqual([{ value: 91.7, name: '参与率' }])
    expect(quizTable(quiz).rows.map((r) => r.cells[0])).toEqual(['550 人', '91.7%', '84.3 分'])
    expect(renderSvg(option)).toContain('91.7%')
  })
  it('has no data point when the rate is not reported', () => {
    const quiz = shapeQuiz(rows, '樟树市', 2023)
    expect((buildQuizGaugeOption(quiz).series as { data: unknown[] }[])[0]?.data).toEqual([])
    expect(quizTable(quiz).rows.map((r) => r.cells[0])).toEqual(['未报告', '未报告', '未报告'])
  })
})

describe('disclosure tables', () => {
  it('prints units in the headers and signs a rise in 本年增/减', () => {
    const t2 = shapeT2(rows, '樟树市', 2020)
    const table = disclosureTable(t2?.tables[1] ?? (undefined as never))
    expect(table.columns).toEqual(['信息内容', '上一年项目数量（项）', '本年增/减（项）', '处理决定数量（件）'])
    expect(table.rows[1]).toEqual({
      header: '其他对外管理服务事项',
      cells: ['1,021', '+273', '153'],
      values: ['其他对外管理服务事项', 1021, 273, 153],
    })
  })
})
