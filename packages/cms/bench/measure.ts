// Timing helpers for benchmark scripts. Benchmarks print ratios against a baseline measured
// in the same run on the same data; they are never assertions.
export interface Measurement {
  name: string
  meanMs: number
}

/**
 * Runs `op` sequentially: a short warm-up, then `iterations` timed calls; returns the mean of
 * the timed ones. Every call gets its own index (warm-up included), so an op that consumes
 * data (a delete) never repeats an index.
 */
export async function measure(name: string, iterations: number, op: (index: number) => Promise<unknown>): Promise<Measurement> {
  const warmUp = Math.min(20, iterations)
  for (let index = 0; index < warmUp; index += 1) await op(index)
  const started = performance.now()
  for (let index = warmUp; index < warmUp + iterations; index += 1) await op(index)
  return { name, meanMs: (performance.now() - started) / iterations }
}

export function printComparison(title: string, rows: { op: string; quire: Measurement; baseline: Measurement; note?: string }[]): void {
  console.log(`\n${title}`)
  console.log('operation'.padEnd(34), 'quire ms'.padStart(10), 'quire op/s'.padStart(11), 'prisma ms'.padStart(10), 'prisma op/s'.padStart(12), 'ratio'.padStart(7), ' note')
  for (const { op, quire, baseline, note } of rows) {
    console.log(
      op.padEnd(34),
      quire.meanMs.toFixed(3).padStart(10),
      Math.round(1000 / quire.meanMs).toString().padStart(11),
      baseline.meanMs.toFixed(3).padStart(10),
      Math.round(1000 / baseline.meanMs).toString().padStart(12),
      `${(quire.meanMs / baseline.meanMs).toFixed(2)}×`.padStart(7),
      note ? ` ${note}` : '',
    )
  }
}
