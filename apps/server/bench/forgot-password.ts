// pnpm bench:forgot-password — does auth.forgotPassword's duration tell whether an account exists?
// The real server (product config, rate limits off) on a fresh SQLite database (and PostgreSQL
// when TEST_POSTGRES_URL is set); one request at a time, known and unknown addresses alternating,
// after a warm-up. The client runs in a worker thread, so its clock is not stopped by work the
// server does on the main thread after answering (as a remote client's would not be). Prints the
// median and p90 per kind and the difference of the medians.
// Options: --requests <n> per kind (default 200).
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import cmsConfig from '@quire/cms/config'
import { createOutboxEmailAdapter, type SanitizedConfig } from '@quire/core'
import { createTestQuire, testProviders } from '@quire/core/testing'
import { createLogger, createQuireServer } from '../src/index.ts'

const { values } = parseArgs({ options: { requests: { type: 'string', default: '200' } } })
const requests = Number(values.requests)
const off = { windowSeconds: 60, loginPerAccount: 0, loginPerIp: 0, forgotPasswordPerAccount: 0, forgotPasswordPerIp: 0, passwordHashConcurrency: 0, passwordHashQueue: 0 }
// A silent outbox: the bench measures the answer, not the console.
const config: SanitizedConfig = { ...cmsConfig, email: { adapter: createOutboxEmailAdapter({ log: false }) } }

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

for (const provider of testProviders()) {
  const { quire, cleanup } = await createTestQuire({ config, provider })
  const server = createQuireServer({
    quire,
    env: { secret: 'bench-secret-of-at-least-thirty-two-chars', production: false, publicUrl: undefined, allowedOrigins: [], webDistDir: '/nonexistent', rateLimits: off },
    logger: createLogger({ level: 'warn' }),
  })
  const url = await server.listen(0, '127.0.0.1')
  for (let index = 0; index < 20; index += 1) {
    await quire.create({ collection: 'users', data: { name: `Person ${index}`, email: `person${index}@bench.test`, password: 'bench-password-long' } })
  }
  const { known, unknown } = await measureInWorker(url, requests)
  const report = (name: string, times: number[]): number => {
    const sorted = [...times].sort((a, b) => a - b)
    console.log(`  ${name.padEnd(16)} median ${quantile(sorted, 0.5).toFixed(2)} ms   p90 ${quantile(sorted, 0.9).toFixed(2)} ms`)
    return quantile(sorted, 0.5)
  }
  console.log(`forgotPassword on ${provider}, ${requests} requests per kind, one at a time:`)
  const knownMedian = report('known address', known)
  const unknownMedian = report('unknown address', unknown)
  console.log(`  difference of the medians: ${(knownMedian - unknownMedian).toFixed(2)} ms\n`)
  await server.close(1_000)
  await cleanup()
}

/** The client: its own thread and event loop, timing each request from send to the body's end. */
function measureInWorker(url: string, count: number): Promise<{ known: number[]; unknown: number[] }> {
  const source = `
    const { parentPort, workerData: { url, count } } = require('node:worker_threads')
    const ask = async (email) => {
      const started = performance.now()
      const response = await fetch(url + '/trpc/auth.forgotPassword', { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ email }) })
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error('forgotPassword answered ' + response.status)
      return performance.now() - started
    }
    ;(async () => {
      for (let index = 0; index < 30; index += 1) await ask(index % 2 ? 'person' + (index % 20) + '@bench.test' : 'ghost-warm' + index + '@bench.test')
      const known = [], unknown = []
      for (let index = 0; index < count; index += 1) {
        known.push(await ask('person' + (index % 20) + '@bench.test'))
        unknown.push(await ask('ghost' + index + '@bench.test'))
      }
      parentPort.postMessage({ known, unknown })
    })()
  `
  const worker = new Worker(source, { eval: true, workerData: { url, count } })
  return new Promise((resolve, reject) => {
    worker.once('message', (result: { known: number[]; unknown: number[] }) => void worker.terminate().then(() => resolve(result)))
    worker.once('error', reject)
  })
}
