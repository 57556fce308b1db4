import { describe, expect, it } from 'vitest'
import { DARK_PALETTE, LIGHT_PALETTE, PALETTE } from '@/charts/palette'
import {
  ciede2000,
  contrastRatio,
  DARK_BACKGROUND,
  deltaE,
  hexToLab,
  LIGHT_BACKGROUND,
  parseHex,
  relativeLuminance,
  simulateCvd,
  toHex,
  type Lab,
  type Vision,
} from '@/charts/colorMath'

const VISIONS: Vision[] = ['normal', 'protan', 'deutan', 'tritan']

function minPairwiseDeltaE(colours: readonly string[], vision: Vision): number {
  const seen = colours.map((c) => simulateCvd(c, vision))
  let min = Infinity
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length; j++) min = Math.min(min, deltaE(seen[i] ?? '', seen[j] ?? ''))
  }
  return min
}

describe('colour helpers', () => {
  it('parses and writes hex colours', () => {
    expect(parseHex('#0072B2')).toEqual([0, 114, 178])
    expect(parseHex('fff')).toEqual([255, 255, 255])
    expect(toHex([0, 114, 178])).toBe('#0072B2')
    expect(toHex([-3, 255.4, 300])).toBe('#00FFFF')
    expect(() => parseHex('#12345')).toThrow(/Not a hex colour/)
    expect(() => parseHex('red')).toThrow(/Not a hex colour/)
  })

  it('computes WCAG relative luminance', () => {
    expect(relativeLuminance('#FFFFFF')).toBe(1)
    expect(relativeLuminance('#000000')).toBe(0)
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2158605, 6)
  })

  it('matches the WCAG contrast reference values', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21)
    expect(contrastRatio('#fff', '#000')).toBe(21)
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#fff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#0072B2', '#0072B2')).toBe(1)
  })

  it('converts sRGB to CIELAB (D65)', () => {
    const near = (lab: Lab, expected: Lab) => lab.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 3))
    near(hexToLab('#FFFFFF'), [100, 0, 0])
    near(hexToLab('#000000'), [0, 0, 0])
    near(hexToLab('#FF0000'), [53.2408, 80.0925, 67.2032])
    near(hexToLab('#0000FF'), [32.297, 79.1875, -107.8602])
  })

  // Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
  // supplementary test data, and mathematical observations", table 1: L1 a1 b1 L2 a2 b2 ΔE00.
  const SHARMA: [number, number, number, number, number, number, number][] = [
    [50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
    [50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615],
    [50, 2.8361, -74.02, 50, 0, -82.7485, 3.4412],
    [50, -1.3802, -84.2814, 50, 0, -82.7485, 1.0],
    [50, -1.1848, -84.8006, 50, 0, -82.7485, 1.0],
    [50, -0.9009, -85.5211, 50, 0, -82.7485, 1.0],
    [50, 0, 0, 50, -1, 2, 2.3669],
    [50, -1, 2, 50, 0, 0, 2.3669],
    [50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792],
    [50, 2.49, -0.001, 50, -2.49, 0.001, 7.1792],
    [50, 2.49, -0.001, 50, -2.49, 0.0011, 7.2195],
    [50, 2.49, -0.001, 50, -2.49, 0.0012, 7.2195],
    [50, -0.001, 2.49, 50, 0.0009, -2.49, 4.8045],
    [50, -0.001, 2.49, 50, 0.001, -2.49, 4.8045],
    [50, -0.001, 2.49, 50, 0.0011, -2.49, 4.7461],
    [50, 2.5, 0, 50, 0, -2.5, 4.3065],
    [50, 2.5, 0, 73, 25, -18, 27.1492],
    [50, 2.5, 0, 61, -5, 29, 22.8977],
    [50, 2.5, 0, 56, -27, -3, 31.903],
    [50, 2.5, 0, 58, 24, 15, 19.4535],
    [50, 2.5, 0, 50, 3.1736, 0.5854, 1.0],
    [50, 2.5, 0, 50, 3.2972, 0, 1.0],
    [50, 2.5, 0, 50, 1.8634, 0.5757, 1.0],
    [50, 2.5, 0, 50, 3.2592, 0.335, 1.0],
    [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
    [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
    [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
    [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
    [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
    [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
    [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
    [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
    [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
    [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
  ]

  it.each(SHARMA)('CIEDE2000 of (%f, %f, %f) and (%f, %f, %f) is %f, both ways', (l1, a1, b1, l2, a2, b2, expected) => {
    expect(ciede2000([l1, a1, b1], [l2, a2, b2])).toBeCloseTo(expected, 4)
    expect(ciede2000([l2, a2, b2], [l1, a1, b1])).toBeCloseTo(expected, 4)
  })

  it('measures hex colours with CIEDE2000', () => {
    expect(deltaE('#000000', '#FFFFFF')).toBeCloseTo(100, 4)
    expect(deltaE('#0072B2', '#0072B2')).toBe(0)
  })

  it('leaves colours alone under normal vision', () => {
    expect(simulateCvd('#0072b2', 'normal')).toBe('#0072B2')
  })

  it.each(['protan', 'deutan', 'tritan'] as const)('keeps black, white and greys unchanged under %s', (kind) => {
    // Each Machado matrix row sums to 1, so a neutral stays neutral.
    for (const grey of ['#000000', '#FFFFFF', '#808080', '#333333']) expect(simulateCvd(grey, kind)).toBe(grey)
  })

  it('maps each primary to its Machado matrix column, sRGB-encoded', () => {
    // Protanopia red column (0.152286, 0.114503, −0.003882); the negative clips to 0.
    expect(simulateCvd('#FF0000', 'protan')).toBe('#6D5F00')
    // Deuteranopia green column (0.860646, 0.672501, 0.042940).
    expect(simulateCvd('#00FF00', 'deutan')).toBe('#EFD63A')
    // Tritanopia blue column (−0.178779, 0.147602, 0.303900).
    expect(simulateCvd('#0000FF', 'tritan')).toBe('#006B96')
  })

  it('brings vermillion and bluish green far closer for protans and deutans, not for tritans', () => {
    const [red, green] = ['#D55E00', '#009E73']
    const normal = deltaE(red, green)
    for (const kind of ['protan', 'deutan'] as const) {
      expect(deltaE(simulateCvd(red, kind), simulateCvd(green, kind))).toBeLessThan(normal / 2)
    }
    expect(deltaE(simulateCvd(red, 'tritan'), simulateCvd(green, 'tritan'))).toBeGreaterThan(normal / 2)
  })
})

describe('series palettes', () => {
  const palettes = [
    { name: 'LIGHT_PALETTE', palette: LIGHT_PALETTE, background: LIGHT_BACKGROUND },
    { name: 'DARK_PALETTE', palette: DARK_PALETTE, background: DARK_BACKGROUND },
  ]

  it.each(palettes)('$name has 8 distinct "#RRGGBB" colours, one per possible series', ({ palette }) => {
    expect(palette).toHaveLength(8)
    for (const colour of palette) expect(colour).toMatch(/^#[0-9A-F]{6}$/)
    expect(new Set(palette).size).toBe(8)
  })

  it.each(palettes)(
    '$name has at least 3:1 contrast against its background $background (WCAG 1.4.11)',
    ({ palette, background }) => {
      for (const colour of palette) expect(contrastRatio(colour, background), colour).toBeGreaterThanOrEqual(3)
    },
  )

  it('is one palette on both backgrounds, so an embed on the dark surface needs no switch', () => {
    expect(DARK_PALETTE).toBe(LIGHT_PALETTE)
    for (const colour of LIGHT_PALETTE) {
      expect(contrastRatio(colour, LIGHT_BACKGROUND), colour).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(colour, DARK_BACKGROUND), colour).toBeGreaterThanOrEqual(3)
    }
  })

  it('keeps PALETTE as the light palette for existing callers', () => {
    expect(PALETTE).toBe(LIGHT_PALETTE)
  })

  describe.each(palettes)('$name', ({ palette }) => {
    it.each(VISIONS)('keeps the first 6 colours at least ΔE00 10 apart under %s vision', (vision) => {
      expect(minPairwiseDeltaE(palette.slice(0, 6), vision)).toBeGreaterThanOrEqual(10)
    })

    it.each(VISIONS)('keeps all 8 colours at least ΔE00 10 apart under %s vision as well', (vision) => {
      expect(minPairwiseDeltaE(palette, vision)).toBeGreaterThanOrEqual(10)
    })
  })
})
