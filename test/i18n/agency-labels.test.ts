import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LABELS_EN } from '@/i18n/en/labels'
import { parseManifest } from '@/ingest/manifest'

describe('English agency names', () => {
  it('exist for every agency in the shipped manifest, so lang=en shows no Chinese name', () => {
    const manifest = parseManifest(
      JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/manifest.json'), 'utf8')) as unknown,
    )
    expect(manifest.agencies.map((a) => a.name).filter((name) => !(name in LABELS_EN))).toEqual([])
  })
})
