/**
 * npm run -s data:build [-- --out <dir>] [--shared <dir>]
 *
 * Regenerates the published data from data/sources.json: every listed report under
 * ../shared/reports (or --shared) through the importer, the hand-entered files as they are,
 * and manifest.json with its audit record. Writes to data/ (or --out, a folder that then holds
 * a complete copy of the published data). One summary line per report on stderr.
 * Exit 0: written; 2: bad arguments, a source that cannot be read, or a check that fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildPublishedData } from '../src/ingest/dataBuild'
import { parseSourceList } from '../src/ingest/sources'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DATA = join(ROOT, 'data')
const USAGE = '用法：npm run -s data:build [-- --out 目录] [--shared ../shared/reports]'

async function main(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, shared: { type: 'string' } } })
    const out = resolve(values.out ?? DATA)
    const shared = resolve(values.shared ?? join(ROOT, '..', 'shared', 'reports'))
    const sources = parseSourceList(JSON.parse(readFileSync(join(DATA, 'sources.json'), 'utf8')) as unknown)
    const build = await buildPublishedData({
      sources,
      readReport: (path) => readFileSync(join(shared, path)),
      readHandEntered: (file) => readFileSync(join(DATA, file), 'utf8'),
    })
    for (const [file, text] of build.files) {
      mkdirSync(dirname(join(out, file)), { recursive: true })
      writeFileSync(join(out, file), text)
    }
    for (const { source, rows, ambiguous, hardFailures } of build.reports) {
      const failures = Object.entries(hardFailures).map(([id, n]) => `${id}×${n}`)
      process.stderr.write(
        `${source.path}：${source.agency} ${source.year} 年 ${rows.length} 行` +
          (ambiguous > 0 ? `，${ambiguous} 个读法不确定的单元格未收录` : '') +
          (failures.length > 0 ? `，未通过勾稽校验：${failures.join('、')}` : '') +
          '\n',
      )
    }
    process.stderr.write(`已写入 ${out}：${build.files.size} 个文件\n`)
    return 0
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`)
    return 2
  }
}

process.exitCode = await main(process.argv.slice(2))
