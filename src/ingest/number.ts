/**
 * A dataset `value` cell: plain ASCII decimal, optionally signed. Anything else (units,
 * thousands separators, "NaN", "1e3") is rejected, so a typo can never become a figure.
 * Returns undefined when the text is not such a number.
 */
export function parseCellNumber(text: string): number | undefined {
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return undefined
  return Number(text)
}
