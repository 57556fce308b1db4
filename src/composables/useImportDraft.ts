import { computed, ref, watch, type Ref } from 'vue'
import type { IntakeOutcome } from '@/ingest/report/intake'
import { auditReport } from '@/domain/report/audit'
import { findingTargetIds } from '@/domain/report/locate'
import { reportToObservations } from '@/domain/report/observations'
import type { ImportedReport } from '@/domain/imports/importedReport'
import type { Finding } from '@/domain/report/finding'
import type { Observation } from '@/domain/observation'
import type { ParsedReport } from '@/domain/report/model'
import { isTableMetric, observationsToReport } from '@/domain/report/fromObservations'
import { isWebAddress } from '@/domain/webAddress'

const CROSS_YEAR = new Set(['X1', 'T2-X1', 'T2-X2'])

/**
 * What staff are about to add: the parsed report with the agency, year, title and address they
 * confirm, its findings (plus cross-year checks against the same agency's year before, imported
 * or published), and the cells those findings point at.
 */
export function useImportDraft(
  outcome: Ref<IntakeOutcome | undefined>,
  imported: Ref<readonly ImportedReport[]>,
  published: Ref<readonly Observation[]>,
) {
  const agency = ref('')
  const year = ref<number>()
  const title = ref('')
  const url = ref('')

  watch(outcome, (o) => {
    if (!o?.ok) return
    const report = o.result.report
    agency.value = report?.agency ?? ''
    year.value = report?.year
    title.value = report?.title ?? o.fileName
    url.value = report?.sourceUrl ?? ''
  })

  const report = computed(() => (outcome.value?.ok ? outcome.value.result.report : undefined))
  /** The year before: an import replaces published figures, as in the charts. */
  const previous = computed<ParsedReport | undefined>(() => {
    const name = agency.value.trim()
    const before = (year.value ?? 0) - 1
    const fromImport = imported.value.find((r) => r.agency === name && r.year === before)
    if (fromImport) return fromImport.report
    const hasTables = published.value.some((r) => r.agency === name && r.year === before && isTableMetric(r.metric))
    return hasTables ? observationsToReport(published.value, name, before) : undefined
  })
  const findings = computed<Finding[]>(() => {
    if (!outcome.value?.ok || !report.value) return []
    const own = outcome.value.result.findings
    if (!previous.value) return own
    const crossYear = auditReport(report.value, { previous: previous.value }).filter((f) => CROSS_YEAR.has(f.id))
    return [...own, ...crossYear]
  })
  const hardFailures = computed(() => findings.value.filter((f) => f.level === 'error' && f.status === 'fail').length)
  const flagged = computed(
    () =>
      new Set(
        findings.value
          .filter((f) => f.status === 'fail' || f.status === 'ambiguous')
          .flatMap((f) => findingTargetIds(f.location).slice(0, 1)),
      ),
  )
  /** The fields staff must still fill in, as keys the view names in its language. */
  const missing = computed(() => {
    const gaps: ('agency' | 'year' | 'title' | 'url')[] = []
    if (agency.value.trim() === '') gaps.push('agency')
    if (!year.value || year.value < 2019 || year.value > 2100) gaps.push('year')
    if (title.value.trim() === '') gaps.push('title')
    // An address that would not open as a web page (javascript:, data:…) is refused, not stored.
    if (url.value.trim() !== '' && !isWebAddress(url.value)) gaps.push('url')
    return gaps
  })

  function build(now: Date): ImportedReport | undefined {
    const o = outcome.value
    if (!o?.ok || !report.value || year.value === undefined || missing.value.length > 0) return undefined
    const failed = hardFailures.value > 0
    const source = { title: title.value.trim(), url: url.value.trim(), ...(failed ? { auditFailed: true } : {}) }
    const observations = reportToObservations(report.value, source, {
      agency: agency.value.trim(),
      year: year.value,
    }).map((row) => ({ ...row, source }))
    return {
      id: `${agency.value.trim()}-${year.value}-${now.getTime()}`,
      addedAt: now.toISOString(),
      fileName: o.fileName,
      agency: agency.value.trim(),
      year: year.value,
      title: source.title,
      url: source.url,
      hardFailures: hardFailures.value,
      findings: findings.value,
      report: report.value,
      observations,
    }
  }

  return { agency, year, title, url, report, findings, hardFailures, flagged, missing, build }
}
