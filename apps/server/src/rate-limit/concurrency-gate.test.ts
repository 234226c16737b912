import { describe, expect, it } from 'vitest'
import { createConcurrencyGate } from './concurrency-gate.ts'

describe('createConcurrencyGate', () => {
  it('runs up to maxConcurrent, queues up to maxQueue in order, refuses beyond', () => {
    const gate = createConcurrencyGate({ maxConcurrent: 2, maxQueue: 2 })
    const started: string[] = []
    const releases = new Map<string, () => void>()
    const task = (name: string) => (release: () => void) => {
      started.push(name)
      releases.set(name, release)
    }
    expect(['a', 'b', 'c', 'd', 'e'].map((name) => gate.enter(task(name)))).toEqual([true, true, true, true, false])
    expect(started).toEqual(['a', 'b'])
    expect([gate.running, gate.waiting]).toEqual([2, 2])
    releases.get('b')!()
    releases.get('b')!() // releasing twice frees one slot only
    expect(started).toEqual(['a', 'b', 'c'])
    releases.get('a')!()
    expect(started).toEqual(['a', 'b', 'c', 'd'])
    expect([gate.running, gate.waiting]).toEqual([2, 0])
  })

  it('maxConcurrent 0 means no gate', () => {
    const gate = createConcurrencyGate({ maxConcurrent: 0, maxQueue: 0 })
    let ran = 0
    for (let index = 0; index < 10; index += 1) expect(gate.enter(() => void (ran += 1))).toBe(true)
    expect([ran, gate.running]).toEqual([10, 0])
  })
})
