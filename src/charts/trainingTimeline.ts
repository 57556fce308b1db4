import type { EChartsOption } from 'echarts'
import type { TrainingSession } from '../domain/shape/activities'
import { formatValue } from '../domain/format'
import { BASE_GRID, PALETTE, escapeHtml } from './common'
import type { TableModel } from './types'

const DAY_MS = 86_400_000

/** "3月20日", "9月21日—22日". */
export function formatSessionDate(session: Pick<TrainingSession, 'start' | 'end'>): string {
  const [, sm, sd] = session.start.split('-').map(Number)
  const [, em, ed] = session.end.split('-').map(Number)
  if (session.end === session.start) return `${sm}月${sd}日`
  return sm === em ? `${sm}月${sd}日—${ed}日` : `${sm}月${sd}日—${em}月${ed}日`
}

export function formatAttendance(session: TrainingSession): string {
  return session.attendance === null ? '人数未报告' : `${formatValue(session.attendance, session.qualifier)} 人`
}

/**
 * The sessions on a time axis across the year, one row per session titled on the left. A
 * session with known attendance is a filled marker; one without is hollow and says so, never 0.
 */
export function buildTrainingTimelineOption(sessions: readonly TrainingSession[], year: number): EChartsOption {
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
        return s ? `${escapeHtml(s.title)}<br/>${formatSessionDate(s)}<br/>${formatAttendance(s)}` : ''
      },
    },
    xAxis: { type: 'time', min: `${year}-01-01`, max: `${year}-12-31`, axisLabel: { formatter: '{M}月' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sessions.map((s) => s.title),
      // Narrow enough to leave a phone most of the width for the year; long titles wrap.
      axisLabel: { width: 96, overflow: 'break', interval: 0, fontSize: 11 },
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
            position: midpoint(s) > midYear ? 'left' : 'right',
            formatter: `${formatSessionDate(s)}  ${formatAttendance(s)}`,
          },
        })),
      },
    ],
  } satisfies EChartsOption
}

export function trainingTable(sessions: readonly TrainingSession[]): TableModel {
  return {
    columns: ['日期', '培训', '参加人数'],
    rows: sessions.map((s) => ({ header: formatSessionDate(s), cells: [s.title, formatAttendance(s)] })),
  }
}
