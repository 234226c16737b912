// pnpm bench:load — the server under load, on SQLite and (with TEST_POSTGRES_URL) PostgreSQL:
//   1. a signed-in mix of 80% reads (find, filtered find, findByID, count) and 20% writes
//      (create, update) through tRPC with the session cookie and a same-origin Origin, at
//      concurrency 8, 32 and 128: req/s, p50/p99/p99.9 latency, errors (must be 0);
//   2. a soak (default 120 s, --soak-seconds) at concurrency 32: RSS and heap (after a full GC)
//      every 10 s, before/after and the least-squares slope of each;
//   3. read latency (findByID, concurrency 8) alone, then during a login flood (concurrency
//      16, correct password, scrypt at OWASP cost): with no limit and no hashing gate (does
//      hashing starve reads?), with the hashing gate only (a flood from many addresses, which
//      per-address limits cannot stop), and with the defaults (a flood from one address: 429).
// The server runs in a child process (bench/load-target.ts), so autocannon shares neither
// its event loop nor its heap; both share this machine's cores.
// Options: --duration <s> per level (10), --soak-seconds <s> (120), --flood-seconds <s> (10),
// --levels 8,32,128, --sqlite-only.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import autocannon, { type Request as CannonRequest, type Result } from 'autocannon'
import { mb, row, slope } from './load-stats.ts'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    'soak-seconds': { type: 'string', default: '120' },
    'flood-seconds': { type: 'string', default: '10' },
    levels: { type: 'string', default: '8,32,128' },
    'sqlite-only': { type: 'boolean', default: false },
  },
})
const duration = Number(values.duration)
const soakSeconds = Number(values['soak-seconds'])
const floodSeconds = Number(values['flood-seconds'])
const levels = values.levels.split(',').map(Number)
const providers = process.env.TEST_POSTGRES_URL && !values['sqlite-only'] ? ['sqlite', 'postgresql'] : ['sqlite']

interface Target {
  provider: string
  url: string
  ungatedUrl: string
  limitedUrl: string
  cookie: string
  postIds: Array<number | string>
  floodUser: { email: string; password: string }
}
interface Memory {
  rss: number
  heapUsed: number
  heapTotal: number
  gc: boolean
}

async function startTarget(provider: string): Promise<{ child: ChildProcess; target: Target }> {
  const script = new URL('./load-target.ts', import.meta.url).pathname
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...(provider === 'postgresql' ? ['--postgresql'] : [])], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string]
  return { child, target: JSON.parse(line) as Target }
}

function memoryOf(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message as Memory))
    child.send('memory')
  })
}

const input = (value: unknown): string => encodeURIComponent(JSON.stringify(value))

/** 10 requests, cycled by every connection: 8 reads and 2 writes. */
function mixedRequests(target: Target): CannonRequest[] {
  const headers = { cookie: target.cookie, origin: target.url, 'content-type': 'application/json' }
  const id = (index: number) => target.postIds[index % target.postIds.length]
  const read = (path: string): CannonRequest => ({ method: 'GET', path, headers })
  return [
    read(`/trpc/collections.find?input=${input({ collection: 'posts', limit: 10 })}`),
    read(`/trpc/collections.findByID?input=${input({ collection: 'posts', id: id(1) })}`),
    read(`/trpc/collections.find?input=${input({ collection: 'posts', where: { status: { equals: 'published' } }, sort: '-createdAt', limit: 10, depth: 0 })}`),
    read(`/trpc/collections.findByID?input=${input({ collection: 'posts', id: id(57) })}`),
    { method: 'POST', path: '/trpc/collections.create', headers, body: JSON.stringify({ collection: 'posts', data: { title: 'Load test post', excerpt: 'y'.repeat(100), links: [{ label: 'b', url: 'https://example.com/b' }] }, depth: 0 }) },
    read(`/trpc/collections.count?input=${input({ collection: 'posts', where: { title: { like: 'Post 1' } } })}`),
    read(`/trpc/collections.findByID?input=${input({ collection: 'posts', id: id(120), depth: 1 })}`),
    read(`/trpc/collections.find?input=${input({ collection: 'posts', page: 3, limit: 10 })}`),
    { method: 'POST', path: '/trpc/collections.update', headers, body: JSON.stringify({ collection: 'posts', id: id(150), data: { title: 'Updated under load' }, depth: 0 }) },
    read(`/trpc/collections.findByID?input=${input({ collection: 'posts', id: id(199) })}`),
  ]
}

const failures = (result: Result): number => result.errors + result.non2xx + result.timeouts
function failureDetail(result: Result): string {
  const statuses = Object.entries(result.statusCodeStats ?? {}).filter(([status]) => !status.startsWith('2')).map(([status, { count }]) => `${status}×${count ?? 0}`)
  return `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}${statuses.length ? ` (${statuses.join(' ')})` : ''}`
}

async function run(options: autocannon.Options): Promise<Result> {
  return autocannon(options)
}

async function benchProvider(provider: string): Promise<void> {
  const { child, target } = await startTarget(provider)
  try {
    const requests = mixedRequests(target)
    console.log(`\n== ${provider}: mixed load (80% reads / 20% writes, signed in), ${duration} s per level after a 3 s warm-up`)
    const widths = [12, 10, 9, 9, 9, 8]
    console.log(row(['connections', 'req/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'errors'], widths))
    for (const connections of levels) {
      await run({ url: target.url, connections, duration: 3, requests })
      const result = await run({ url: target.url, connections, duration, requests })
      console.log(row([connections, result.requests.average.toFixed(0), result.latency.p50, result.latency.p99, result.latency.p99_9, failures(result)], widths))
      if (failures(result) > 0) console.log(`  ! ${failureDetail(result)}`)
    }

    console.log(`\n== ${provider}: soak, ${soakSeconds} s at 32 connections; memory after a full GC every 10 s`)
    await run({ url: target.url, connections: 32, duration: 3, requests })
    const before = await memoryOf(child)
    const samples: Array<{ t: number; memory: Memory }> = [{ t: 0, memory: before }]
    const started = Date.now()
    const sampler = setInterval(() => void memoryOf(child).then((memory) => samples.push({ t: (Date.now() - started) / 1000, memory })), 10_000)
    const soak = await run({ url: target.url, connections: 32, duration: soakSeconds, requests })
    clearInterval(sampler)
    const after = await memoryOf(child)
    samples.push({ t: (Date.now() - started) / 1000, memory: after })
    const heapSlope = slope(samples.map(({ t, memory }) => ({ x: t / 60, y: memory.heapUsed / 1024 / 1024 })))
    const rssSlope = slope(samples.map(({ t, memory }) => ({ x: t / 60, y: memory.rss / 1024 / 1024 })))
    console.log(`  ${soak.requests.total} requests (${soak.requests.average.toFixed(0)} req/s, p99 ${soak.latency.p99} ms), ${failureDetail(soak)}`)
    console.log(`  heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB, RSS ${mb(before.rss)} → ${mb(after.rss)} MB (${after.gc ? 'after GC' : 'no --expose-gc: without GC'})`)
    console.log(`  heap samples MB: ${samples.map(({ memory }) => mb(memory.heapUsed)).join(' ')}`)
    const verdict = soakSeconds < 60 ? 'too short for a verdict (soak at least 60 s)' : Math.abs(heapSlope) < 1 ? 'no heap growth trend (|slope| < 1 MB/min)' : 'HEAP GROWS: investigate'
    console.log(`  trend: heap ${heapSlope.toFixed(2)} MB/min, RSS ${rssSlope.toFixed(2)} MB/min → ${verdict}`)

    console.log(`\n== ${provider}: read latency (findByID, 8 connections, ${floodSeconds} s) and a login flood (16 connections, correct password)`)
    const reads: CannonRequest[] = [requests[1]!, requests[3]!, requests[9]!]
    const flood = (url: string): CannonRequest[] => [{ method: 'POST', path: '/trpc/auth.login', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify(target.floodUser) }]
    // Between runs the server must be idle again: logins a finished run sent may still be
    // hashing. A signed-in read needs the thread pool (the cookie is unsealed with WebCrypto),
    // so it is slow until the pool is free: wait for three quick ones in a row.
    const probe = reads[0]!
    const settle = async () => {
      let quick = 0
      for (let attempt = 0; attempt < 240 && quick < 3; attempt += 1) {
        const started = performance.now()
        await fetch(`${target.url}${probe.path}`, { headers: probe.headers as Record<string, string> })
        quick = performance.now() - started < 30 ? quick + 1 : 0
        if (quick === 0) await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
    await settle()
    const quiet = await run({ url: target.url, connections: 8, duration: floodSeconds, requests: reads })
    const readsFlooded = async (url: string) => {
      await settle()
      const [readResult, floodResult] = await Promise.all([run({ url: target.url, connections: 8, duration: floodSeconds, requests: reads }), run({ url, connections: 16, duration: floodSeconds, requests: flood(url) })])
      return { readResult, floodResult }
    }
    const ungated = await readsFlooded(target.ungatedUrl)
    const open = await readsFlooded(target.url)
    const limited = await readsFlooded(target.limitedUrl)
    // No read finished inside the run: its latency is unknown (longer than the run), not 0.
    const ms = (result: Result, value: number) => (result.requests.total === 0 ? `>${floodSeconds * 1000}` : value)
    const cells = (label: string, result: Result, floodResult?: Result) =>
      row([label, result.requests.average.toFixed(0), ms(result, result.latency.p50), ms(result, result.latency.p99), result.requests.total === 0 ? '∞' : (result.latency.p99 / Math.max(quiet.latency.p99, 1)).toFixed(2), failures(result), floodResult ? `${floodResult.requests.average.toFixed(1)}/s ${statusSummary(floodResult)}` : ''], [34, 9, 8, 8, 10, 7, 28])
    console.log(row(['reads', 'req/s', 'p50 ms', 'p99 ms', 'p99 ratio', 'errors', 'logins'], [34, 9, 8, 8, 10, 7, 28]))
    console.log(cells('alone', quiet))
    console.log(cells('flood, no limit, no hashing gate', ungated.readResult, ungated.floodResult))
    console.log(cells('flood, hashing gate only', open.readResult, open.floodResult))
    console.log(cells('flood, defaults (gate + limits)', limited.readResult, limited.floodResult))
    for (const result of [quiet, ungated.readResult, open.readResult, limited.readResult]) if (failures(result) > 0) console.log(`  ! reads: ${failureDetail(result)}`)
  } finally {
    child.kill('SIGTERM')
    await once(child, 'exit')
  }
}

function statusSummary(result: Result): string {
  return Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => `${status}×${count ?? 0}`).join(' ')
}

console.log(`Load benchmark: ${providers.join(' and ')}; levels ${levels.join(', ')}; node ${process.version}, ${(await import('node:os')).cpus().length} cores`)
for (const provider of providers) await benchProvider(provider)
