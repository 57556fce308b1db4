import { formatWithUnit } from '../../domain/format'
import { shapeCleanup, shapeQuiz, shapeSupervision, shapeTrainings } from '../../domain/shape/activities'
import { messages } from '../../i18n/messages'
import { buildCategoryBarsOption, categoryBarsTable, describeCategoryBars } from '../categoryBars'
import { buildCleanupOption, cleanupTable, describeCleanup } from '../cleanup'
import { tr } from '../common'
import { buildQuizGaugeOption, describeQuiz, quizTable } from '../quizGauge'
import { buildTrainingTimelineOption, describeTrainings, trainingTable } from '../trainingTimeline'
import { spec, type ChartBuilder } from './types'

export const cleanup: ChartBuilder = {
  kind: 'bar',
  build: ({ rows, agency, year, lang }) => {
    const m = messages(lang)
    const data = shapeCleanup(rows, agency, year)
    return spec({
      unit: tr('个', lang),
      sources: data.sources,
      option: buildCleanupOption(data.items, lang),
      table: cleanupTable(data.items, lang),
      description: describeCleanup(data.items, lang),
      emptyMessage: data.items.length ? '' : m.notGiven(tr(agency, lang), year, m.what.cleanup),
    })
  },
}

export const trainingTimeline: ChartBuilder = {
  kind: 'scatter',
  build: ({ rows, agency, year, lang }) => {
    const m = messages(lang)
    const data = shapeTrainings(rows, agency, year)
    const count = data.count?.value
    return spec({
      unit: tr('人', lang),
      sources: data.sources,
      option: buildTrainingTimelineOption(data.sessions, year, lang),
      table: trainingTable(data.sessions, lang),
      description: describeTrainings(data.sessions, lang),
      emptyMessage: data.sessions.length ? '' : m.notGiven(tr(agency, lang), year, m.what.trainings),
      height: Math.max(200, data.sessions.length * 48 + 60),
      // A phone has room beside each marker for its date only; attendance is in tooltip and table.
      // Taller rows: the titles wrap to three or four lines in the narrow label column.
      narrow: {
        option: buildTrainingTimelineOption(data.sessions, year, lang, true),
        height: Math.max(200, data.sessions.length * 64 + 60),
      },
      note: `${count != null ? m.trainingCount(count) : ''}${lang === 'en' && count != null ? ' ' : ''}${m.hollowNote}`,
    })
  },
}

export const quiz: ChartBuilder = {
  kind: 'gauge',
  build: ({ rows, agency, year, lang }) => {
    const m = messages(lang)
    const data = shapeQuiz(rows, agency, year)
    const { participants, averageScore } = data
    return spec({
      unit: '%',
      sources: data.sources,
      option: buildQuizGaugeOption(data, lang),
      table: quizTable(data, lang),
      description: describeQuiz(data, lang),
      emptyMessage: data.rate || participants ? '' : m.notGiven(tr(agency, lang), year, m.what.quiz),
      height: 260,
      note: [
        participants ? m.participants(formatWithUnit(participants.value, tr('人', lang), participants.qualifier)) : '',
        averageScore ? m.averageScore(formatWithUnit(averageScore.value, tr('分', lang), averageScore.qualifier)) : '',
      ]
        .filter(Boolean)
        .join(lang === 'en' ? ', ' : '，'),
    })
  },
}

export const supervision: ChartBuilder = {
  kind: 'bar',
  build: ({ rows, agency, year, lang }) => {
    const m = messages(lang)
    const data = shapeSupervision(rows, agency, year)
    return spec({
      unit: tr('次', lang),
      sources: data.sources,
      option: buildCategoryBarsOption(data, { lang }),
      table: categoryBarsTable(data, lang),
      description: describeCategoryBars(data, lang),
      emptyMessage: data.items.some((i) => i.point) ? '' : m.notGiven(tr(agency, lang), year, m.what.supervision),
      height: 220,
    })
  },
}
