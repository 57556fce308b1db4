import type { Agency, Observation } from '../domain/observation'
import { viewReadsSubordinates } from '../domain/viewFilters'
import type { PublishedData, PublishedIndex } from '../ingest/publishedDataset'
import type { EmbedOptions } from './options'

/** What one embed draws from: its agency's rows (and its subordinates' where a chart needs them). */
export interface EmbedData {
  /** The URL's agency, or the default when it names none. */
  agency: string | undefined
  rows: Observation[]
  agencies: Agency[]
  /** The embed's agency choices: every agency with data, or the shown one's group when there are many. */
  choices: string[]
}

/** More than a phone's select can offer comfortably: past it, the shown agency's group only. */
const MAX_CHOICES = 200

function choices(index: PublishedIndex, agency: string | undefined): string[] {
  const withData = new Set(index.summaries.map((s) => s.agency))
  const all = index.agencies.filter((a) => withData.has(a.name))
  if (all.length <= MAX_CHOICES) return all.map((a) => a.name)
  const shown = all.find((a) => a.name === agency)
  return all.filter((a) => a.kind === shown?.kind && a.parent === shown.parent).map((a) => a.name)
}

/**
 * The data of one embed. Without an agency in its URL it shows the dashboard's default, whose
 * code loads only then (the dialog always writes one).
 */
export async function embedData(data: PublishedData, o: EmbedOptions): Promise<EmbedData> {
  const index = await data.index()
  const agency = o.agency ?? (await import('../domain/defaultAgency')).defaultAgency(index.summaries, index.agencies)
  // Only the department chart draws the agencies under the shown one.
  const withSubordinates = o.chart ? o.chart === 'agency-posts' : viewReadsSubordinates(o.view)
  const under = withSubordinates ? index.agencies.filter((a) => a.parent === agency && a.name !== agency) : []
  const names = agency === undefined ? [] : [agency, ...under.map((a) => a.name)]
  const { rows } = await data.load(names.flatMap(index.shardsOf))
  return { agency, rows, agencies: index.agencies, choices: choices(index, agency) }
}
