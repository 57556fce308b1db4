import type { EChartsOption } from 'echarts'
import type { TrainingSession } from '../domain/shape/activities'
import { formatValue } from '../domain/format'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { BASE_GRID, PALETTE, escapeHtml, tr, withUnit } from './common'
import type { TableModel } from './types'

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const DAY_MS = 86_400_000

/** "3月20日", "9月21日—22日"; in English "20 Mar", "21–22 Sep". */
export function formatSessionDate(session: Pick<TrainingSession, 'start' | 'end'>, lang: Lang = 'zh'): string {
  const [, sm = 1, sd] = session.start.split('-').map(Number)
  const [, em = 1, ed] = session.end.split('-').map(Number)
  if (lang === 'en') {
    const [smName, emName] = [EN_MONTHS[sm - 1], EN_MONTHS[em - 1]]
    if (session.end === session.start) return `${sd} ${smName}`
    return sm === em ? `${sd}–${ed} ${smName}` : `${sd} ${smName} – ${ed} ${emName}`
  }
  if (session.end === session.start) return `${sm}月${sd}日`
  return sm === em ? `${sm}月${sd}日—${ed}日` : `${sm}月${sd}日—${em}月${ed}日`
}

/** The short form for a phone's timeline: "9.21–22"; English is short already ("21–22 Sep"). */
export function formatShortDate(session: Pick<TrainingSession, 'start' | 'end'>, lang: Lang = 'zh'): string {
  if (lang === 'en') return formatSessionDate(session, lang)
  const [, sm = 1, sd] = session.start.split('-').map(Number)
  const [, em = 1, ed] = session.end.split('-').map(Number)
  if (session.end === session.start) return `${sm}.${sd}`
  return sm === em ? `${sm}.${sd}–${ed}` : `${sm}.${sd}–${em}.${ed}`
}

export function formatAttendance(session: TrainingSession, lang: Lang = 'zh'): string {
  return session.attendance === null
    ? messages(lang).attendanceUnknown
    : `${formatValue(session.attendance, session.qualifier)} ${tr('人', lang)}`
}

/**
 * The sessions on a time axis across the year, one row per session titled on the left. A
 * session with known attendance is a filled marker; one without is hollow and says so, never 0.
 */
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A time-axis tick: "3月" or "Mar". */
export function monthLabel(time: number, lang: Lang): string {
  const month = new Date(time).getMonth()
  return lang === 'en' ? (MONTHS_EN[month] ?? '') : `${month + 1}月`
}

/** A date above its marker runs right early in the year, left late, and is centred between. */
function phoneAlign(partOfYear: number): 'left' | 'center' | 'right' {
  return partOfYear < 0.35 ? 'left' : partOfYear > 0.8 ? 'right' : 'center'
}

export function buildTrainingTimelineOption(
  sessions: readonly TrainingSession[],
  year: number,
  lang: Lang = 'zh',
  datesOnly = false,
): EChartsOption {
  const known = PALETTE[0] ?? '#0072B2'
  const midpoint = (s: TrainingSession) => (Date.parse(s.start) + Date.parse(s.end)) / 2 + DAY_MS / 2
  const midYear = Date.parse(`${year}-07-01`)
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: 16, bottom: 8, right: 24 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const s = sessions[(p as { dataIndex: number }).dataIndex]
        return s
          ? `${escapeHtml(tr(s.title, lang))}<br/>${formatSessionDate(s, lang)}<br/>${formatAttendance(s, lang)}`
          : ''
      },
    },
    // A function, not '{MMM}': that template takes month names from ECharts' locale, Chinese here.
    xAxis: {
      type: 'time',
      min: `${year}-01-01`,
      max: `${year}-12-31`,
      axisLabel: { formatter: (value: number) => monthLabel(value, lang) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sessions.map((s) => tr(s.title, lang)),
      // Narrow enough to leave a phone most of the width for the year; long titles wrap.
      axisLabel: { width: 96, overflow: 'break', interval: 0, fontSize: 11, lineHeight: 14 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 16,
        data: sessions.map((s, i) => ({
          // A multi-day session sits at its midpoint.
          value: [midpoint(s), i],
          itemStyle: s.attendance === null ? { color: '#fff', borderColor: known, borderWidth: 2 } : { color: known },
          // Labels point inward so late-year sessions are not cut off at the edge.
          label: {
            show: true,
            // On a phone the date sits above its marker, running away from the names on the left.
            ...(datesOnly
              ? {
                  position: 'top' as const,
                  align: phoneAlign((midpoint(s) - Date.parse(`${year}-01-01`)) / (365 * DAY_MS)),
                }
              : { position: midpoint(s) > midYear ? ('left' as const) : ('right' as const) }),
            formatter: datesOnly
              ? formatShortDate(s, lang)
              : `${formatSessionDate(s, lang)}  ${formatAttendance(s, lang)}`,
          },
        })),
      },
    ],
  } satisfies EChartsOption
}

/** The sessions in date order with their attendance, saying when it is not reported. */
export function describeTrainings(sessions: readonly TrainingSession[], lang: Lang = 'zh'): string {
  const parts = sessions.map((s) =>
    lang === 'en'
      ? `${formatSessionDate(s, lang)} (${formatAttendance(s, lang)})`
      : `${formatSessionDate(s, lang)}（${formatAttendance(s, lang)}）`,
  )
  return lang === 'en'
    ? `${sessions.length} training sessions: ${parts.join('; ')}.`
    : `${sessions.length} 次培训：${parts.join('；')}。`
}

export function trainingTable(sessions: readonly TrainingSession[], lang: Lang = 'zh'): TableModel {
  const m = messages(lang)
  return {
    columns: [m.dateColumn, m.trainingColumn, m.attendanceColumn],
    // The export has ISO dates (an interval as start/end, as the dataset writes it) and the unit in the title.
    exportColumns: [m.dateColumn, m.trainingColumn, withUnit(m.attendanceColumn, tr('人', lang), lang)],
    rows: sessions.map((s) => ({
      header: formatSessionDate(s, lang),
      cells: [tr(s.title, lang), formatAttendance(s, lang)],
      values: [s.start === s.end ? s.start : `${s.start}/${s.end}`, tr(s.title, lang), s.attendance],
    })),
  }
}
