/**
 * Readings of a run-together digit string ("640020470") as table cells, constrained by the
 * table's own sums. Numbers never have a leading zero, which is what keeps the count small.
 */

/** Every split of `digits` into `parts` numbers, in order, none with a leading zero. */
function* splitNumbers(digits: string, parts: number, maxSum = Infinity): Generator<number[]> {
  if (parts === 0) {
    if (digits === '') yield []
    return
  }
  const maxLen = digits.length - (parts - 1)
  for (let len = 1; len <= maxLen; len++) {
    const head = digits.slice(0, len)
    if (len > 1 && head[0] === '0') break
    const value = Number(head)
    // Beyond 2^53 a number is rounded: such a reading is not one the report printed.
    if (value > maxSum || value > Number.MAX_SAFE_INTEGER) break
    for (const rest of splitNumbers(digits.slice(len), parts - 1, maxSum - value)) yield [value, ...rest]
  }
}

/**
 * Readings of one row whose last cell is the sum of the `parts - 1` before it
 * (表三: six applicant columns and 总计). Capped: a longer list would be noise, not a choice.
 */
export function splitSummedRow(digits: string, parts: number, cap = 500): number[][] {
  const readings: number[][] = []
  for (let totalLen = 1; totalLen <= digits.length - (parts - 1); totalLen++) {
    const totalText = digits.slice(digits.length - totalLen)
    if (totalLen > 1 && totalText[0] === '0') continue
    const total = Number(totalText)
    for (const head of splitNumbers(digits.slice(0, digits.length - totalLen), parts - 1, total)) {
      if (head.reduce((a, b) => a + b, 0) === total) readings.push([...head, total])
      if (readings.length >= cap) return readings
    }
  }
  return readings
}

/** Readings of consecutive summed groups (表四: three groups of four results and a 总计). */
export function splitSummedGroups(digits: string, groups: number, size: number, cap = 500): number[][] {
  if (groups === 0) return digits === '' ? [[]] : []
  const readings: number[][] = []
  const minRest = (groups - 1) * size
  for (let len = size; len <= digits.length - minRest; len++) {
    for (const head of splitSummedRow(digits.slice(0, len), size, cap)) {
      for (const rest of splitSummedGroups(digits.slice(len), groups - 1, size, cap)) {
        readings.push([...head, ...rest])
        if (readings.length >= cap) return readings
      }
    }
  }
  return readings
}

/** Readings with no sum to lean on (表二): only the leading-zero rule applies. */
export function splitFree(digits: string, parts: number, cap = 50): number[][] {
  const readings: number[][] = []
  for (const r of splitNumbers(digits, parts)) {
    readings.push(r)
    if (readings.length >= cap) break
  }
  return readings
}
