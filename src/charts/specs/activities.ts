import { formatWithUnit } from '../../domain/format'
import { shapeCleanup, shapeQuiz, shapeSupervision, shapeTrainings } from '../../domain/shape/activities'
import { buildCategoryBarsOption, categoryBarsTable } from '../categoryBars'
import { buildCleanupOption, cleanupTable } from '../cleanup'
import { buildQuizGaugeOption, quizTable } from '../quizGauge'
import { buildTrainingTimelineOption, trainingTable } from '../trainingTimeline'
import { spec, type ChartDefinition } from './types'

export const cleanup: ChartDefinition = {
  id: 'cleanup',
  kind: 'bar',
  build: ({ rows, agency, year }) => {
    const data = shapeCleanup(rows, agency, year)
    return spec({
      id: 'cleanup',
      title: '清理前后的政务新媒体、微信和 QQ 工作群数量',
      unit: '个',
      sources: data.sources,
      option: buildCleanupOption(data.items),
      table: cleanupTable(data.items),
      emptyMessage: data.items.length ? '' : `${agency} ${year} 年的报告未给出清理整治数字。`,
    })
  },
}

export const trainingTimeline: ChartDefinition = {
  id: 'training-timeline',
  kind: 'scatter',
  build: ({ rows, agency, year }) => {
    const data = shapeTrainings(rows, agency, year)
    const count = data.count?.value
    return spec({
      id: 'training-timeline',
      title: '业务培训时间线与参加人数',
      unit: '人',
      sources: data.sources,
      option: buildTrainingTimelineOption(data.sessions, year),
      table: trainingTable(data.sessions),
      emptyMessage: data.sessions.length ? '' : `${agency} ${year} 年的报告未列出培训场次。`,
      height: Math.max(200, data.sessions.length * 48 + 60),
      note: `${count != null ? `全年开展业务培训 ${count} 次。` : ''}空心标记表示报告未给出参加人数。`,
    })
  },
}

export const quiz: ChartDefinition = {
  id: 'quiz',
  kind: 'gauge',
  build: ({ rows, agency, year }) => {
    const data = shapeQuiz(rows, agency, year)
    const { participants, averageScore } = data
    return spec({
      id: 'quiz',
      title: '政务公开网上知识竞赛参与率',
      unit: '%',
      sources: data.sources,
      option: buildQuizGaugeOption(data),
      table: quizTable(data),
      emptyMessage: data.rate || participants ? '' : `${agency} ${year} 年的报告未给出知识竞赛数字。`,
      height: 260,
      note: [
        participants ? `参加 ${formatWithUnit(participants.value, '人', participants.qualifier)}` : '',
        averageScore ? `平均分 ${formatWithUnit(averageScore.value, '分', averageScore.qualifier)}` : '',
      ]
        .filter(Boolean)
        .join('，'),
    })
  },
}

export const supervision: ChartDefinition = {
  id: 'supervision',
  kind: 'bar',
  build: ({ rows, agency, year }) => {
    const data = shapeSupervision(rows, agency, year)
    return spec({
      id: 'supervision',
      title: '监督检查：通报与提醒',
      unit: '次',
      sources: data.sources,
      option: buildCategoryBarsOption(data),
      table: categoryBarsTable(data),
      emptyMessage: data.items.some((i) => i.point) ? '' : `${agency} ${year} 年的报告未给出通报和提醒次数。`,
      height: 220,
    })
  },
}
