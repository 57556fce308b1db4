/**
 * Training sessions stated in the prose: how many there were, and each session's title, date
 * and attendance, in the dataset's form (`trainingAttendance`, dim1 = ISO date or interval,
 * label = title, value empty when the report gives no attendance).
 */
import { parseCell } from '../../domain/report/cell'
import type { NarrativeFigure } from '../../domain/report/model'

const CN_COUNTS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
}

/** A count written in digits or as one Chinese numeral (四次, 10 次). */
export function smallCount(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : CN_COUNTS[text]
}

/** "全年开展了四次业务培训". */
const COUNT = /(?:开展|举办|组织|召开)(?:了)?\s*(\d+|[一二两三四五六七八九十])\s*(?:次|场|期)[^。；\n\d]{0,8}?培训/
/** "“某某培训班”（3 月 20 日）" or "（9 月 21-22 日）". */
const LISTED =
  /“([^”]{2,60}?)”\s*[（(]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?(?:\s*[-—–~至]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日?)?\s*[)）]/g
/** "在 12 月 17 日举办的“某某培训班”上……80 余人". */
const ATTENDED =
  /(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:举办|召开|开展)的\s*“([^”]{2,60}?)”[^。]{0,120}?(\d+)\s*(余|多)?\s*(?:人|名)/g
/** Only quoted names of meetings, classes and talks are sessions; other quotes are not. */
const IS_SESSION = /培训|班|会|讲座|课/

const pad = (n: string) => n.padStart(2, '0')
/** Titles copied from PDFs break across lines. */
const clean = (title: string) => title.replace(/\s+/g, '')

interface Session {
  date: string
  title: string
  attendance?: { digits: string; approx?: string }
  context: string
}

function sessionFigure(s: Session): NarrativeFigure {
  const cell = parseCell(s.attendance ? `${s.attendance.digits}${s.attendance.approx ?? ''}` : '', 'prose')
  return {
    ...cell,
    origin: 'prose',
    metric: 'trainingAttendance',
    dim1: s.date,
    dim2: '',
    unit: '人',
    context: s.context.replace(/\s+/g, ' ').trim(),
    label: s.title,
  }
}

export function readTraining(text: string, year: number | undefined): NarrativeFigure[] {
  const figures: NarrativeFigure[] = []
  const count = COUNT.exec(text)
  const n = count?.[1] === undefined ? undefined : smallCount(count[1])
  if (count && n !== undefined) {
    figures.push({
      ...parseCell(String(n), 'prose'),
      origin: 'prose',
      metric: 'trainingSessions',
      dim1: '',
      dim2: '',
      unit: '次',
      context: count[0],
    })
  }
  // A date needs its year: without one, sessions are left for staff rather than guessed.
  if (year === undefined) return figures
  const sessions = new Map<string, Session>()
  for (const m of text.matchAll(LISTED)) {
    const [context, rawTitle = '', month = '', day = '', endMonth, endDay] = m
    const title = clean(rawTitle)
    if (!IS_SESSION.test(title)) continue
    const start = `${year}-${pad(month)}-${pad(day)}`
    const date = endDay === undefined ? start : `${start}/${year}-${pad(endMonth ?? month)}-${pad(endDay)}`
    sessions.set(start, { date, title, context })
  }
  for (const m of text.matchAll(ATTENDED)) {
    const [context, month = '', day = '', rawTitle = '', digits = '', approx] = m
    const start = `${year}-${pad(month)}-${pad(day)}`
    const listed = sessions.get(start)
    const attendance = { digits, ...(approx ? { approx } : {}) }
    sessions.set(
      start,
      listed ? { ...listed, attendance } : { date: start, title: clean(rawTitle), attendance, context },
    )
  }
  return [...figures, ...[...sessions.values()].sort((a, b) => a.date.localeCompare(b.date)).map(sessionFigure)]
}
