// pnpm test:stress — the whole suite (tests only; typecheck is not timing-sensitive) while the
// machine is deliberately busy: stress-ng keeps 2 CPU hogs per core running for the whole run
// (STRESS_CPU_WORKERS to change it), so the suite sees at least twice the core count in load.
// Reports every failed test and the load seen; exits non-zero on any failure. CI keeps
// `pnpm test`: this is a check to run before trusting a change to timing-sensitive code.
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { sampleLoad } from './test-suite/load-sampler.ts'
import { runSuite } from './test-suite/run-suite.ts'
import { summaryLines } from './test-suite/summary-line.ts'

const workers = Number(process.env.STRESS_CPU_WORKERS ?? 2 * availableParallelism())
// stress-ng is Debian's `stress-ng` package (apt-get install stress-ng).
const stress = spawn('stress-ng', ['--cpu', String(workers), '--quiet'], { stdio: 'inherit' })
const stressFailed = new Promise<never>((_, reject) => stress.on('error', (error) => reject(new Error(`stress-ng did not start (apt-get install stress-ng): ${error.message}`))))
const stopStress = () => stress.exitCode === null && stress.kill('SIGTERM')
process.on('exit', stopStress)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

console.log(`test:stress: ${workers} stress-ng CPU workers on ${availableParallelism()} cores for the whole run`)
const load = sampleLoad()
const result = await Promise.race([runSuite({ tasks: ['test'], label: 'stress' }), stressFailed])
const seen = load.stop()
stopStress()
console.log(`\n${summaryLines(result).join('\n')}`)
console.log(`load average (1 min) during the run: min ${seen.min.toFixed(1)}, mean ${seen.mean.toFixed(1)}, max ${seen.max.toFixed(1)} (${seen.samples} samples; ${availableParallelism()} cores, ${workers} stress-ng workers)`)
process.exitCode = result.exitCode
