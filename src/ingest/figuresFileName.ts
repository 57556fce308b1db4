// Apart from the reader (figuresCsv.ts): the manifest check needs the pattern on every page,
// the reader only 机构对比 does.

/** A metric key as a file name inside data/: `posts.website` → `figures/posts-website.csv`. */
export function figuresFileName(metricKey: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/.test(metricKey))
    throw new Error(`指标名 ${metricKey} 无法用作文件名。`)
  return `figures/${metricKey.replace(/\./g, '-')}.csv`
}

/** The file names figuresFileName writes: the manifest accepts no other. */
export const FIGURES_FILE_PATTERN = /^figures\/[A-Za-z][A-Za-z0-9-]*\.csv$/
