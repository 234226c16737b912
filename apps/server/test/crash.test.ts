// Crash safety (`pnpm test:crash`): a child process writes through the Local API (crash/
// crash-writer.ts) and is killed with SIGKILL at a random moment, again and again. After every
// kill: every acknowledged write is there with all its rows and files, the write in flight
// happened completely or not at all, no child row lacks its document, no document names a
// missing or altered file, the files no document names are exactly what the orphan sweep
// removes, and SQLite's integrity_check is `ok` (foreign_key_check empty).
// Kills: CRASH_ITERATIONS per database (default 50; 15 when CI is set).
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createQuire, type Provider } from '@quire/core'
import { createTestDatabase, testProviders } from '@quire/core/testing'
import { describe, expect, it } from 'vitest'
import { sweepOrphanUploads } from '../src/maintenance/sweep-orphan-uploads.ts'
import { crashConfig } from './crash/crash-config.ts'
import { CrashModel } from './crash/crash-model.ts'
import { checkFiles, checkIntegrity, checkRows, readObserved, WRITER_APPLICATION_NAME, writerConnectionsGone } from './crash/inspect.ts'

const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? (process.env.CI ? 15 : 50))
/** The kill lands uniformly within this long after the writer is ready. */
const MAX_KILL_DELAY_MS = 1_000
const WRITER = new URL('./crash/crash-writer.ts', import.meta.url).pathname
const SERVER_DIR = new URL('..', import.meta.url).pathname

interface Line {
  t: string
  [key: string]: unknown
}

/** On PostgreSQL the writer's connections carry a name, so the test can wait until they are gone. */
function writerUrl(provider: Provider, url: string): string {
  if (provider !== 'postgresql') return url
  const named = new URL(url)
  named.searchParams.set('application_name', WRITER_APPLICATION_NAME)
  return named.toString()
}

/** Starts a writer, kills it at a random moment after it is ready, returns every line it printed. */
async function runAndKill(provider: Provider, url: string, root: string, seed: number): Promise<{ lines: Line[]; killedAfterMs: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, provider, writerUrl(provider, url), root, String(seed)], { cwd: SERVER_DIR, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: Line[] = []
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const killedAfterMs = Math.random() * MAX_KILL_DELAY_MS
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })))
  await new Promise<void>((resolve, reject) => {
    const startup = setTimeout(() => reject(new Error(`writer not ready after 120 s: ${stderr}`)), 120_000)
    createInterface({ input: child.stdout }).on('line', (text) => {
      try {
        const line = JSON.parse(text) as Line
        lines.push(line)
        if (line.t === 'ready') {
          clearTimeout(startup)
          setTimeout(() => child.kill('SIGKILL'), killedAfterMs)
          resolve()
        }
      } catch {
        // not a protocol line
      }
    })
    void exited.then(() => {
      clearTimeout(startup)
      reject(new Error(`writer exited before it was ready: ${stderr}`))
    })
  })
  const { signal } = await exited
  if (signal !== 'SIGKILL') throw new Error(`the writer stopped by itself (${signal ?? 'exit'}): ${stderr.slice(-2000)}`)
  return { lines, killedAfterMs }
}

describe.each(testProviders())('crash safety on %s', (provider) => {
  it(`every acknowledged write survives ${ITERATIONS} SIGKILLs, nothing half-written`, { timeout: 60_000 + ITERATIONS * 20_000 }, async () => {
    const started = performance.now()
    const root = await mkdtemp(join(tmpdir(), 'quire-crash-'))
    const config = crashConfig(root)
    const { db, url, cleanup } = await createTestDatabase({ config, provider })
    const quire = createQuire({ config, db })
    // The sweep claims the still-empty media folder for this database before any write.
    const owner = `crash-test:${provider}`
    await sweepOrphanUploads(quire, { owner })
    const filesDir = join(root, 'files')
    const model = new CrashModel()
    let orphansSwept = 0
    let writesAcrossRuns = 0
    try {
      for (const name of ['red', 'green', 'blue', 'amber', 'grey']) await quire.create({ collection: 'labels', data: { name } })
      for (let iteration = 1; iteration <= ITERATIONS; iteration += 1) {
        const seed = Math.floor(Math.random() * 2 ** 31)
        const { lines, killedAfterMs } = await runAndKill(provider, url, root, seed)
        await writerConnectionsGone(quire, provider)
        const before = model.acknowledged
        for (const line of lines) model.apply(line)
        writesAcrossRuns += model.acknowledged - before

        const observed = await readObserved(quire)
        const problems = model.settle(observed)
        const shas = new Map([...model.files].map(([id, file]) => [id, file.sha256]))
        const files = await checkFiles(filesDir, observed, shas)
        problems.push(...files.problems)
        const swept = (await sweepOrphanUploads(quire, { owner, minAgeMs: 0 })).flatMap((collection) => collection.removed).sort()
        if (JSON.stringify(swept) !== JSON.stringify(files.orphans)) problems.push(`the sweep removed ${JSON.stringify(swept)}, the orphans were ${JSON.stringify(files.orphans)}`)
        orphansSwept += swept.length
        const afterSweep = await checkFiles(filesDir, observed, shas)
        if (afterSweep.orphans.length > 0 || afterSweep.problems.length > 0) problems.push(`after the sweep: orphans ${JSON.stringify(afterSweep.orphans)}, ${afterSweep.problems.join('; ')}`)
        problems.push(...(await checkRows(quire, observed)), ...(await checkIntegrity(quire, provider)))
        expect(problems, `kill ${iteration} (seed ${seed}, ${killedAfterMs.toFixed(0)} ms after ready, ${lines.length} lines)`).toEqual([])
      }
      const onDisk = (await readdir(filesDir).catch(() => [])).length
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      console.log(
        `[crash ${provider}] ${ITERATIONS} SIGKILLs in ${seconds} s: ${writesAcrossRuns} acknowledged writes all present; in-flight write committed ${model.inFlightCommitted}×, absent ${model.inFlightAbsent}×; ` +
          `${orphansSwept} orphan files swept; now ${model.notes.size} notes, ${model.files.size} file documents, ${onDisk} files on disk`,
      )
    } finally {
      await cleanup()
      await rm(root, { recursive: true, force: true })
    }
  })
})
