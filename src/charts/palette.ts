/*
 * 3:1 against both #FFFFFF and #1D2127 confines a colour to relative luminance ≈ 0.145–0.30
 * (CIELAB L* ≈ 45–62). That band still holds 8 colours that stay ≥ ΔE00 10 apart under normal
 * vision and all three simulated dichromacies, so one palette serves both backgrounds and the
 * dark embed needs no palette switch. Each slot keeps the role of the Okabe–Ito order used
 * before; each colour is a Paul Tol or Okabe–Ito colour moved in CIELAB lightness (chroma
 * scaled by at most 10%) into the band:
 *
 *   #0077BB  Tol vibrant blue, unchanged         #359BCF  Okabe–Ito sky blue, darkened
 *   #D32601  Tol vibrant red, chroma +10%        #A29442  Tol muted sand, darkened
 *   #277E33  Tol bright green, darkened          #8B8B8B  neutral grey at L* 58
 *   #F94080  Tol vibrant magenta, lightened      #B53E81  Tol bright purple, lightened
 *
 * Found by a search over those variants that maximised closeness to the source colours once
 * every pair cleared ΔE00 10.5 in every vision; test/charts/palette.test.ts rechecks it all.
 */
// Mutable string[] on purpose: ECharts types `color` as ZRColor[], so a readonly array would not
// drop in where common.ts's PALETTE is used today.
export const LIGHT_PALETTE: string[] = [
  '#0077BB',
  '#D32601',
  '#277E33',
  '#F94080',
  '#359BCF',
  '#A29442',
  '#8B8B8B',
  '#B53E81',
]

/** The same colours: they clear 3:1 on the dark surface too (see above). */
export const DARK_PALETTE: string[] = LIGHT_PALETTE

/** The palette existing callers use: the light one, for charts on the white page. */
export const PALETTE = LIGHT_PALETTE
