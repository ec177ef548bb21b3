/** @module "Did you mean": the closest known word to a misspelt one. */

/**
 * Returns the candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
 *
 * @example
 * suggestClosest('postions', ['positions', 'saliences']) //=> 'positions'
 */
export function suggestClosest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      bestDistance = distance
      best = candidate
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(word.length, 3) / 3))
  return bestDistance <= allowed ? best : undefined
}

/**
 * Levenshtein distance between two strings (insertions, deletions, substitutions and adjacent swaps).
 *
 * @example
 * editDistance('sead', 'seed') //=> 1
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const columns = b.length + 1
  const table: number[] = new Array(rows * columns).fill(0)
  for (let i = 0; i < rows; i++) table[i * columns] = i
  for (let j = 0; j < columns; j++) table[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (table[(i - 1) * columns + j] ?? 0) + 1,
        (table[i * columns + j - 1] ?? 0) + 1,
        (table[(i - 1) * columns + j - 1] ?? 0) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (table[(i - 2) * columns + j - 2] ?? 0) + 1)
      }
      table[i * columns + j] = value
    }
  }
  return table[rows * columns - 1] ?? 0
}
