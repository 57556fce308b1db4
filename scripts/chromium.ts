/**
 * Debian's Chromium, launched headless the one way every script, benchmark and browser test
 * does. Plain Node: no DOM types and no Vitest, so scripts and benches can import it too.
 */
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags for every launch, Playwright's or Lighthouse's, so both measure the same browser. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] })
}
