/**
 * The data-download links' words. Their own module, as the coverage page's are: the embed
 * runtime shares messages.ts and has no footer, so it should not carry them.
 */
import type { Lang } from './lang'

const zh = {
  label: '下载数据：',
  all: '全部数据（CSV）',
  readme: '列说明',
  manifest: '清单（manifest.json）',
}

const en: typeof zh = {
  label: 'Download the data: ',
  all: 'all data (CSV)',
  readme: 'column notes',
  manifest: 'manifest (manifest.json)',
}

export function downloadMessages(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh
}
