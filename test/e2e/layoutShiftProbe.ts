/// <reference lib="dom" />
/**
 * Layout shifts and largest paints as the page records them while it loads with its data held
 * back until it has painted its loading state, as on a slow phone network.
 */
import type { Page } from 'playwright-core'

export interface ShiftReport {
  shifts: { value: number; sources: string[] }[]
  /** Each largest-contentful-paint candidate, 'footer' for anything inside the footer. */
  lcp: string[]
}

const observeShifts = (): void => {
  const w = window as unknown as { __probe: ShiftReport }
  w.__probe = { shifts: [], lcp: [] }
  const describe = (n: Node | null | undefined) =>
    n instanceof Element ? `${n.tagName.toLowerCase()}.${[...n.classList].join('.')}` : String(n)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as {
      value: number
      hadRecentInput: boolean
      sources: { node?: Node }[]
    }[]) {
      if (!e.hadRecentInput) w.__probe.shifts.push({ value: e.value, sources: e.sources.map((s) => describe(s.node)) })
    }
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { element?: Element }[]) {
      const el = e.element
      w.__probe.lcp.push(el ? (el.closest('footer') ? 'footer' : describe(el)) : 'none')
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true })
}

/** Holds every data/ request until the returned function is called. */
async function holdData(page: Page): Promise<() => void> {
  let release: () => void = () => {}
  const released = new Promise<void>((done) => (release = done))
  await page.route('**/data/**', async (route) => {
    await released
    await route.continue()
  })
  return release
}

async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
}

async function shiftReport(page: Page): Promise<ShiftReport & { cls: number }> {
  const report = await page.evaluate(() => (window as unknown as { __probe: ShiftReport }).__probe)
  return { ...report, cls: report.shifts.reduce((sum, s) => sum + s.value, 0) }
}

/**
 * Opens `url` with the data held back, lets them through once the loading state has painted,
 * waits for `drawn`, and returns what shifted and each largest paint.
 */
export async function loadWithDataHeld(
  page: Page,
  url: string,
  drawn: () => Promise<unknown>,
): Promise<ShiftReport & { cls: number }> {
  await page.context().addInitScript(observeShifts)
  const release = await holdData(page)
  await page.goto(url)
  await page.locator('.app-main .empty-state').waitFor()
  await twoFrames(page)
  release()
  await drawn()
  await twoFrames(page)
  return shiftReport(page)
}
