/**
 * The real published reports in ../shared/reports (beside the checkout, as CI has it). They are
 * test inputs that may not be copied into the repo: tests that read them run when the folder is
 * there, say so when it is not, and fail under CI=true, where its absence is a broken setup.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

export const SHARED_REPORTS = fileURLToPath(new URL('../../../shared/reports/', import.meta.url))
export const hasSharedReports = existsSync(SHARED_REPORTS)

export function readSharedReport(path: string): Buffer {
  return readFileSync(`${SHARED_REPORTS}${path}`)
}

/** Registers the "shared is missing" test: a failure in CI, a visible note elsewhere. */
export function requireSharedReports(): void {
  if (hasSharedReports) return
  it('needs ../shared/reports (real published reports)', () => {
    const message = `../shared/reports not found at ${SHARED_REPORTS}: real-report tests did not run`
    console.warn(message)
    expect(process.env.CI, message).not.toBe('true')
  })
}
