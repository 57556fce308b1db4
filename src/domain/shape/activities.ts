import { findFigure, selectRows, sourcesOf, type Point } from '../dataset'
import type { Observation, Qualifier, Source } from '../observation'
import { shapeCategories, type CategoryData } from './categories'
import { NARRATIVE_METRICS, type NarrativeMetric } from '../metrics'

export const CLEANUP_CATEGORIES = [
  { key: 'newMediaAccounts', label: NARRATIVE_METRICS.newMediaAccounts.label, closedVerb: '注销' },
  { key: 'wechatGroups', label: NARRATIVE_METRICS.wechatGroups.label, closedVerb: '解散' },
  { key: 'qqGroups', label: NARRATIVE_METRICS.qqGroups.label, closedVerb: '解散' },
] as const

export interface CleanupItem {
  key: string
  label: string
  closedVerb: '注销' | '解散'
  before: Point | null
  after: Point | null
  closed: Point | null
}

export function shapeCleanup(
  rows: readonly Observation[],
  agency: string,
  year: number,
): { items: CleanupItem[]; sources: Source[] } {
  const items = CLEANUP_CATEGORIES.map((c) => {
    const get = (dim1: string) => findFigure(rows, { agency, metric: c.key, dim1 }, year) ?? null
    return { ...c, before: get('before'), after: get('after'), closed: get('closed') }
  }).filter((i) => i.before || i.after || i.closed)
  return { items, sources: sourcesOf(items.flatMap((i) => [i.before, i.after, i.closed].filter((p) => p !== null))) }
}

export interface TrainingSession {
  /** ISO date of the first day. */
  start: string
  /** ISO date of the last day; equals start for a one-day session. */
  end: string
  title: string
  attendance: number | null
  qualifier: Qualifier
}

export function shapeTrainings(
  rows: readonly Observation[],
  agency: string,
  year: number,
): { sessions: TrainingSession[]; count: Point | null; sources: Source[] } {
  const found = selectRows(rows, agency, year, 'trainingAttendance').filter((o) => o.metric === 'trainingAttendance')
  const sessions = found
    .map((o) => {
      const [start = o.dim1, end = start] = o.dim1.split('/')
      return { start, end, title: o.label, attendance: o.value, qualifier: o.qualifier }
    })
    .sort((a, b) => a.start.localeCompare(b.start))
  const count = findFigure(rows, { agency, metric: 'trainingSessions' }, year) ?? null
  return { sessions, count, sources: sourcesOf([...found, ...(count ? [count] : [])]) }
}

export interface QuizData {
  participants: Point | null
  rate: Point | null
  averageScore: Point | null
  sources: Source[]
}

export function shapeQuiz(rows: readonly Observation[], agency: string, year: number): QuizData {
  const get = (metric: NarrativeMetric) => findFigure(rows, { agency, metric }, year) ?? null
  const participants = get('quizParticipants')
  const rate = get('quizParticipationRate')
  const averageScore = get('quizAverageScore')
  return {
    participants,
    rate,
    averageScore,
    sources: sourcesOf([participants, rate, averageScore].filter((p) => p !== null)),
  }
}

/** Supervision figures: circulated notices and one-to-one reminders. */
export function shapeSupervision(rows: readonly Observation[], agency: string, year: number): CategoryData {
  return shapeCategories(rows, agency, year, '次', [
    { key: 'notices', label: NARRATIVE_METRICS.notices.label, metric: 'notices' },
    { key: 'reminders', label: NARRATIVE_METRICS.reminders.label, metric: 'reminders' },
  ])
}
