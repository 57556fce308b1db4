/*
 * The colour math that justifies palette.ts (contrast, colour-vision simulation, CIEDE2000).
 * Kept apart from the palette so no page ships it; the tests recompute every claim with it.
 */

export type Cvd = 'protan' | 'deutan' | 'tritan'
export type Vision = 'normal' | Cvd
export type Rgb = readonly [number, number, number]
export type Lab = readonly [number, number, number]
type Matrix = readonly [Rgb, Rgb, Rgb]

export const LIGHT_BACKGROUND = '#FFFFFF'
/** The embed's dark surface (`--surface` in src/embed/embed.css). */
export const DARK_BACKGROUND = '#1D2127'

/** "#rgb" or "#rrggbb" → 0–255 channels. */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)
  if (!m?.[1]) throw new Error(`Not a hex colour: ${hex}`)
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1]
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb
}

export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase()}`
}

// IEC 61966-2-1 threshold. WCAG 2.x prints 0.03928, a leftover from an old sRGB draft; no
// 8-bit value lies between the two, so the ratios are the same.
function toLinear(channel: number): number {
  const c = channel / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

function fromLinear(value: number): number {
  const v = Math.min(1, Math.max(0, value))
  return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055)
}

function linearRgb(hex: string): Rgb {
  const [r, g, b] = parseHex(hex)
  return [toLinear(r), toLinear(g), toLinear(b)]
}

function apply(m: Matrix, [x, y, z]: Rgb): Rgb {
  return [
    m[0][0] * x + m[0][1] * y + m[0][2] * z,
    m[1][0] * x + m[1][1] * y + m[1][2] * z,
    m[2][0] * x + m[2][1] * y + m[2][2] * z,
  ]
}

/** WCAG 2.1 relative luminance. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = linearRgb(hex)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.1 contrast ratio, 1–21, whichever colour is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)]
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/*
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", severity 1.0 (dichromacy), applied to linear RGB. One matrix per type keeps
 * the simulation a pure function; its tritanopia is the paper's approximation, the weakest of
 * the three, which is acceptable since tritanopia is by far the rarest.
 */
const MACHADO: Record<Cvd, Matrix> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

/** The colour as seen with the given vision, as an sRGB hex ('normal' returns it unchanged). */
export function simulateCvd(hex: string, kind: Vision): string {
  if (kind === 'normal') return toHex(parseHex(hex))
  return toHex(apply(MACHADO[kind], linearRgb(hex)).map(fromLinear) as unknown as Rgb)
}

// sRGB (D65) → CIE XYZ, the IEC 61966-2-1 matrix.
const RGB_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
]
const D65: Rgb = [0.95047, 1, 1.08883]

/** CIELAB (D65) of an sRGB hex colour. */
export function hexToLab(hex: string): Lab {
  const xyz = apply(RGB_TO_XYZ, linearRgb(hex))
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29)
  const [fx, fy, fz] = [f(xyz[0] / D65[0]), f(xyz[1] / D65[1]), f(xyz[2] / D65[2])]
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)]
}

const deg = Math.PI / 180

/**
 * CIEDE2000 colour difference (kL = kC = kH = 1), following Sharma, Wu & Dalal (2005), whose
 * test data the tests check. Chosen over CIE76 because CIE76 overstates differences between
 * saturated colours, exactly the colours a palette is made of.
 */
export function ciede2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)))
  const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2]
  const [cp1, cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)]
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / deg + 360) % 360)
  const [hp1, hp2] = [hue(b1, ap1), hue(b2, ap2)]

  const dL = l2 - l1
  const dC = cp2 - cp1
  let dh = 0
  if (cp1 * cp2 !== 0) {
    dh = hp2 - hp1
    if (dh > 180) dh -= 360
    else if (dh < -180) dh += 360
  }
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh / 2) * deg)

  const lBar = (l1 + l2) / 2
  const cpBar = (cp1 + cp2) / 2
  let hBar = hp1 + hp2
  if (cp1 * cp2 !== 0) {
    if (Math.abs(hp1 - hp2) <= 180) hBar /= 2
    else hBar = hBar < 360 ? (hBar + 360) / 2 : (hBar - 360) / 2
  }
  const t =
    1 -
    0.17 * Math.cos((hBar - 30) * deg) +
    0.24 * Math.cos(2 * hBar * deg) +
    0.32 * Math.cos((3 * hBar + 6) * deg) -
    0.2 * Math.cos((4 * hBar - 63) * deg)
  const sL = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2)
  const sC = 1 + 0.045 * cpBar
  const sH = 1 + 0.015 * cpBar * t
  const rT =
    -2 * Math.sqrt(cpBar ** 7 / (cpBar ** 7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((hBar - 275) / 25) ** 2)) * deg)
  return Math.sqrt((dL / sL) ** 2 + (dC / sC) ** 2 + (dH / sH) ** 2 + rT * (dC / sC) * (dH / sH))
}

/** CIEDE2000 difference between two sRGB hex colours. */
export function deltaE(a: string, b: string): number {
  return ciede2000(hexToLab(a), hexToLab(b))
}
