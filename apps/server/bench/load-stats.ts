// Small numeric helpers for bench/load.ts: a least-squares slope (the soak's trend check)
// and fixed-width table cells.

/** Least-squares slope of y over x (units of y per unit of x); 0 for fewer than two points. */
export function slope(points: ReadonlyArray<{ x: number; y: number }>): number {
  if (points.length < 2) return 0
  const n = points.length
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n
  let numerator = 0
  let denominator = 0
  for (const { x, y } of points) {
    numerator += (x - meanX) * (y - meanY)
    denominator += (x - meanX) ** 2
  }
  return denominator === 0 ? 0 : numerator / denominator
}

export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1)

export function row(cells: ReadonlyArray<string | number>, widths: readonly number[]): string {
  return cells.map((cell, index) => (index === 0 ? String(cell).padEnd(widths[0] ?? 12) : String(cell).padStart(widths[index] ?? 10))).join(' ')
}
