import type { EChartsOption } from 'echarts'
import type { QuizData } from '../domain/shape/activities'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { PALETTE, formatTableCell, pointValue, tr, withUnit } from './common'
import type { TableModel } from './types'

/** Participation rate as a gauge; participants and the average score go in the detail line. */
export function buildQuizGaugeOption(quiz: QuizData, lang: Lang = 'zh'): EChartsOption {
  const rate = quiz.rate?.value ?? null
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        progress: { show: true, width: 14, itemStyle: { color: PALETTE[0] } },
        axisLine: { lineStyle: { width: 14 } },
        pointer: { show: false },
        axisTick: { show: false },
        // Ticks and numbers crowd a small ring on a phone; the detail states the figure.
        splitLine: { show: false },
        axisLabel: { show: false },
        radius: '90%',
        title: { offsetCenter: [0, '30%'] },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '-5%'],
          formatter: rate === null ? messages(lang).noData : '{value}%',
          fontSize: 28,
        },
        data: rate === null ? [] : [{ value: rate, name: tr('参与率', lang) }],
      },
    ],
  } satisfies EChartsOption
}

/** "知识竞赛参与率 91.7%，参加 550 人，平均分 84.3 分。" */
export function describeQuiz(quiz: QuizData, lang: Lang = 'zh'): string {
  const rows = quizTable(quiz, lang).rows.map((r) => `${r.header} ${r.cells[0] ?? ''}`)
  return lang === 'en' ? `${rows.join(', ')}.` : `${rows.join('，')}。`
}

export function quizTable(quiz: QuizData, lang: Lang = 'zh'): TableModel {
  const m = messages(lang)
  const cell = (point: QuizData['rate'], unit: string) =>
    point ? `${formatTableCell(point, lang)}${unit === '%' ? '%' : ` ${tr(unit, lang)}`}` : m.notReported
  return {
    columns: [m.measureColumn, m.valueColumn],
    // Each row has its own unit: the export puts it in the row's heading, beside a plain number.
    rows: (
      [
        [m.quizRows.participants, quiz.participants, '人'],
        [m.quizRows.rate, quiz.rate, '%'],
        [m.quizRows.average, quiz.averageScore, '分'],
      ] as const
    ).map(([header, point, unit]) => ({
      header,
      cells: [cell(point, unit)],
      values: [withUnit(header, tr(unit, lang), lang), pointValue(point)],
    })),
  }
}
