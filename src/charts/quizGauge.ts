import type { EChartsOption } from 'echarts'
import type { QuizData } from '../domain/shape/activities'
import { formatTableCell } from './common'
import type { TableModel } from './types'

/** Participation rate as a gauge; participants and the average score go in the detail line. */
export function buildQuizGaugeOption(quiz: QuizData): EChartsOption {
  const rate = quiz.rate?.value ?? null
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        progress: { show: true, width: 14, itemStyle: { color: '#0072B2' } },
        axisLine: { lineStyle: { width: 14 } },
        pointer: { show: false },
        axisTick: { show: false },
        // Ticks and numbers crowd a small ring on a phone; the detail states the figure.
        splitLine: { show: false },
        axisLabel: { show: false },
        radius: '90%',
        title: { offsetCenter: [0, '30%'] },
        detail: { valueAnimation: false, offsetCenter: [0, '-5%'], formatter: rate === null ? '无数据' : '{value}%', fontSize: 28 },
        data: rate === null ? [] : [{ value: rate, name: '参与率' }],
      },
    ],
  } satisfies EChartsOption
}

export function quizTable(quiz: QuizData): TableModel {
  return {
    columns: ['指标', '数值'],
    rows: [
      { header: '参加人数', cells: [quiz.participants ? `${formatTableCell(quiz.participants)} 人` : '未报告'] },
      { header: '参与率', cells: [quiz.rate ? `${formatTableCell(quiz.rate)}%` : '未报告'] },
      { header: '平均分', cells: [quiz.averageScore ? `${formatTableCell(quiz.averageScore)} 分` : '未报告'] },
    ],
  }
}
