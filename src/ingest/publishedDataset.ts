import type { Agency, Observation } from '../domain/observation'
import { parseDatasetCsv, type CsvProblem } from './csv'
import { parseManifest } from './manifest'

export interface PublishedDataset {
  rows: Observation[]
  agencies: Agency[]
  problems: CsvProblem[]
}

/**
 * Loads `data/`: the manifest, then every file it lists. Reading is injected (fetch in the
 * browser, the file system in Node) so both run this same code. A bad row is reported and
 * skipped; the rest of the data still shows.
 */
export async function loadPublishedDataset(readText: (path: string) => Promise<string>): Promise<PublishedDataset> {
  const manifest = parseManifest(JSON.parse(await readText('manifest.json')) as unknown)
  const results = await Promise.all(manifest.files.map(async (file) => parseDatasetCsv(await readText(file), file)))
  return {
    rows: results.flatMap((r) => r.rows),
    agencies: manifest.agencies,
    problems: results.flatMap((r) => r.problems),
  }
}
