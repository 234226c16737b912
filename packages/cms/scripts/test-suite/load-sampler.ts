// Samples the 1-minute load average every few seconds while the suite runs, for the report.
import { readFile } from 'node:fs/promises'

export interface LoadFigures {
  min: number
  mean: number
  max: number
  samples: number
}

export function sampleLoad(everyMs = 5_000): { stop(): LoadFigures } {
  const values: number[] = []
  const take = () => void readFile('/proc/loadavg', 'utf8').then((text) => values.push(Number(text.split(' ')[0])), () => undefined)
  take()
  const timer = setInterval(take, everyMs)
  return {
    stop() {
      clearInterval(timer)
      const sum = values.reduce((total, value) => total + value, 0)
      return { min: Math.min(...values), mean: values.length ? sum / values.length : NaN, max: Math.max(...values), samples: values.length }
    },
  }
}
