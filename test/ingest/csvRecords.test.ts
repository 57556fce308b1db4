import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { readCsvRecords } from '@/ingest/csvRecords'
import { shippedCsvTexts } from '../helpers/shippedData'

describe('readCsvRecords', () => {
  it.each([
    [
      'plain fields',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a final line break as one empty record', 'a,b\n', [['a', 'b'], ['']]],
    ['CRLF, LF and CR line ends', 'a\r\nb\nc\rd', [['a'], ['b'], ['c'], ['d']]],
    ['quoted commas, quotes and line breaks', '"a,b","say ""hi""","x\r\ny"', [['a,b', 'say "hi"', 'x\r\ny']]],
    ['empty fields and a lone empty quoted field', ',,\n""', [['', '', ''], ['']]],
    ['spaces kept as written, a quote after them as text', ' a , " b " ', [[' a ', ' " b " ']]],
    ['a quote inside an unquoted field kept as text', 'a"b,c', [['a"b', 'c']]],
  ])('reads %s', (_name, text, records) => {
    expect(readCsvRecords(text)).toEqual({ records })
  })

  it('says where a quote that never closes opens', () => {
    const text = 'a,b\n1,"x\n2,3\n'
    expect(readCsvRecords(text).unclosedQuote).toBe(text.indexOf('"'))
  })

  it('reads the shipped data files as papaparse does', () => {
    const texts = shippedCsvTexts()
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) {
      expect(readCsvRecords(text).records).toEqual(Papa.parse<string[]>(text, { header: false }).data)
    }
  })

  it('reads 2,000 generated files (seeded, at most 4 records of 3 fields of 6 symbols) as papaparse does', () => {
    let seed = 20261202
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const alphabet = ['a', ',', '"', '\n', '\r\n', '\r', ' ', '中', "'", '=', '\uFEFF']
    const field = () =>
      Array.from({ length: Math.floor(next() * 7) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
    for (let n = 0; n < 2000; n++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 4) }, () => [field(), field(), field()])
      const text = `${Papa.unparse(rows, { newline: '\n' })}\n`
      expect(readCsvRecords(text).records, JSON.stringify(text)).toEqual(
        Papa.parse<string[]>(text, { newline: '\n' }).data,
      )
    }
  })
})
