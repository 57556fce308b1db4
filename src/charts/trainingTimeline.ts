import type { EChartsOption } from 'echarts'
import type { TrainingSession } from '@/domain/shape/activities'
import { formatValue } from '@/domain/format'
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
 * The sessions on a time axis across the year. A session with known attendance is a filled
 * marker; one without is hollow and says so, never a zero.
 */
export function buildTrainingTimelineOption(sessions: readonly TrainingSession[], year: number): EChartsOption {
  const known = PALETTE[0] ?? '#0072B2'
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: 16, bottom: 16 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const s = sessions[(p as { dataIndex: number }).dataIndex]
        return s ? `${escapeHtml(s.title)}<br/>${formatSessionDate(s)}<br/>${formatAttendance(s)}` : ''
      },
    },
    xAxis: { type: 'time', min: `${year}-01-01`, max: `${year}-12-31`, axisLabel: { formatter: '{M}月' } },
    yAxis: { type: 'value', show: false, min: 0, max: sessions.length + 1 },
    series: [
      {
        type: 'scatter',
        symbolSize: 18,
        label: {
          show: true,
          position: 'right',
          formatter: (p) => {
            const s = sessions[(p as { dataIndex: number }).dataIndex]
            return s ? `${formatSessionDate(s)} ${formatAttendance(s)}` : ''
          },
        },
        data: sessions.map((s, i) => ({
          // A multi-day session sits at its midpoint.
          value: [(Date.parse(s.start) + Date.parse(s.end)) / 2 + DAY_MS / 2, sessions.length - i],
          itemStyle: s.attendance === null ? { color: '#fff', borderColor: known, borderWidth: 2 } : { color: known },
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
