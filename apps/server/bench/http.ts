// pnpm bench:http — `find` and `findByID` through the running server (tRPC + cookie + session
// user + access) vs a bare Node handler calling the Local API directly, with autocannon at
// concurrency 32. Prints req/s, p99 latency and the ratio. Options: --duration <s> (default 10),
// --postgresql (needs TEST_POSTGRES_URL).
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, postgresql: { type: 'boolean', default: false } } })
const duration = Number(values.duration)
const CONNECTIONS = 32

interface Target {
  provider: string
  trpcUrl: string
  cachedUrl: string
  bareUrl: string
  cookie: string
  postId: number | string
}

const child = spawn(process.execPath, ['--import', 'tsx', new URL('./target.ts', import.meta.url).pathname, ...(values.postgresql ? ['--postgresql'] : [])], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const [firstLine] = (await once(createInterface({ input: child.stdout }), 'line')) as [string]
const target = JSON.parse(firstLine) as Target

async function measure(url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p99: number; failures: number }> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers }) // warm-up: JIT, statement caches
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers })
  return { rps: result.requests.average, p99: result.latency.p99, failures: result.non2xx + result.errors }
}

const input = (value: unknown): string => encodeURIComponent(JSON.stringify(value))
const cases = [
  {
    name: 'find (10 posts, depth 2)',
    trpc: `/trpc/collections.find?input=${input({ collection: 'posts', limit: 10 })}`,
    bare: `${target.bareUrl}/find`,
  },
  {
    name: 'findByID (depth 2)',
    trpc: `/trpc/collections.findByID?input=${input({ collection: 'posts', id: target.postId })}`,
    bare: `${target.bareUrl}/findByID?id=${target.postId}`,
  },
]

try {
  console.log(`HTTP benchmark on ${target.provider}: ${CONNECTIONS} connections, ${duration} s per run (after 2 s warm-up), server logs at level warn`)
  console.log('  tRPC    = HTTP + cookie unseal + quire.auth (token + session lookup) per request + zod + access-enforced Local API')
  console.log('  tRPC*   = the same with the user remembered per cookie: the cost of HTTP + tRPC + zod + cookie alone')
  console.log('  bare    = node:http → quire.withUser(fixed user).find/findByID → JSON.stringify\n')
  const head = ['operation'.padEnd(26), 'tRPC req/s', 'p99 ms', 'tRPC* req/s', 'p99 ms', 'bare req/s', 'p99 ms', 'tRPC/bare', 'tRPC*/bare']
  console.log([head[0], ...head.slice(1).map((cell) => cell!.padStart(11))].join(' '))
  for (const test of cases) {
    const trpc = await measure(`${target.trpcUrl}${test.trpc}`, { cookie: target.cookie })
    const cached = await measure(`${target.cachedUrl}${test.trpc}`, { cookie: target.cookie })
    const bare = await measure(test.bare)
    const failures = trpc.failures + cached.failures + bare.failures
    if (failures > 0) console.log(`  ! ${failures} failed requests (non-2xx or errors): figures below are not valid`)
    const ratio = (value: number): string => `${((value / bare.rps) * 100).toFixed(0)}%`
    const cells = [trpc.rps.toFixed(0), String(trpc.p99), cached.rps.toFixed(0), String(cached.p99), bare.rps.toFixed(0), String(bare.p99), ratio(trpc.rps), ratio(cached.rps)]
    console.log([test.name.padEnd(26), ...cells.map((cell) => cell.padStart(11))].join(' '))
  }
} finally {
  child.kill('SIGTERM')
  await once(child, 'exit')
}
