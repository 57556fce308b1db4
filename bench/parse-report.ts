/**
 * Times parseReportText per fixture layout and on one large synthetic input.
 * Run: node --import tsx bench/parse-report.ts
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseReportText } from '../src/ingest/report/parse'

const FIXTURES = fileURLToPath(new URL('../test/fixtures/reports/', import.meta.url))

interface Case {
  name: string
  text: string
}

function fixture(name: string): Case {
  return { name, text: readFileSync(`${FIXTURES}${name}`, 'utf8') }
}

/** A real-sized table block under ~8 MB of filler prose: what a report with long narrative costs. */
function syntheticLarge(): Case {
  const base = readFileSync(`${FIXTURES}f2021-markdown.md`, 'utf8')
  const paragraph = '本段为基准测试生成的填充文字，用于模拟篇幅很长的总体情况部分，其中不含任何数字。'
  const filler = Array.from({ length: 60_000 }, () => paragraph).join('\n')
  return {
    name: 'synthetic-large (f2021-markdown + filler prose)',
    text: base.replace('## 一、总体情况\n', `## 一、总体情况\n\n${filler}\n`),
  }
}

function measure({ name, text }: Case): void {
  const bytes = Buffer.byteLength(text, 'utf8')
  // Warm up the JIT, then run for at least ~1 s or 5 iterations.
  parseReportText(text)
  let runs = 0
  const start = performance.now()
  while (runs < 5 || performance.now() - start < 1000) {
    parseReportText(text)
    runs++
  }
  const ms = (performance.now() - start) / runs
  const mbPerSecond = bytes / 1024 / 1024 / (ms / 1000)
  console.log(
    `${name.padEnd(48)} ${(bytes / 1024).toFixed(1).padStart(9)} KiB ${ms.toFixed(3).padStart(10)} ms/report ${mbPerSecond.toFixed(2).padStart(8)} MB/s  (${runs} runs)`,
  )
}

const cases: Case[] = [
  fixture('f2019-tab-zhangshu-2020.txt'),
  fixture('f2021-markdown.md'),
  fixture('f2021-html-rowspan.html'),
  fixture('f2019-flattened-run-together.txt'),
  fixture('run-together-ambiguous.txt'),
  fixture('f2021-traditional.txt'),
  syntheticLarge(),
]
console.log(`parseReportText — Node ${process.version}`)
for (const c of cases) measure(c)
