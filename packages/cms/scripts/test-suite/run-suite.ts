// Runs typecheck and every package's tests through turbo with `--continue`, so one failing
// package never hides the others, then reads every vitest report and turbo's run summary.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectedReports, REPO_ROOT } from './paths.ts'
import { readReports, type RunCounts } from './read-reports.ts'

/**
 * turbo tasks at once (QUIRE_TEST_CONCURRENCY overrides). Two: while core's long suite runs
 * (about half the total), the other packages' typecheck, build and tests use the second core.
 * Within a package vitest runs files one at a time on 2 cores (its default: cores − 1), so at
 * most two test files, each with its own database, run at once; PostgreSQL stays far below
 * 100 connections. Each file already has its own database, so more is safe on bigger machines.
 */
const DEFAULT_CONCURRENCY = 2

export interface SuiteResult {
  runs: RunCounts[]
  /** turbo task ids that exited non-zero (typecheck, build, generate or test). */
  failedTasks: string[]
  exitCode: number
  seconds: number
}

export async function runSuite(options: { tasks: string[]; label: string }): Promise<SuiteResult> {
  const reportDir = await mkdtemp(join(tmpdir(), `quire-${options.label}-reports-`))
  const concurrency = process.env.QUIRE_TEST_CONCURRENCY ?? String(DEFAULT_CONCURRENCY)
  const started = Date.now()
  try {
    const before = new Set(await runSummaries())
    const exitCode = await run('pnpm', ['exec', 'turbo', 'run', ...options.tasks, '--continue', `--concurrency=${concurrency}`, '--summarize'], { ...process.env, QUIRE_TEST_REPORT_DIR: reportDir })
    const seconds = Math.round((Date.now() - started) / 1000)
    const summary = (await runSummaries()).find((file) => !before.has(file))
    const failedTasks = summary ? await failedTasksIn(summary) : ['(turbo wrote no run summary)']
    const runs = await readReports(reportDir, await expectedReports())
    const anyFailed = exitCode !== 0 || failedTasks.length > 0 || runs.some((counts) => !counts.reported || counts.failed > 0 || counts.failures.length > 0)
    return { runs, failedTasks, exitCode: anyFailed ? exitCode || 1 : 0, seconds }
  } finally {
    await rm(reportDir, { recursive: true, force: true })
  }
}

const RUNS_DIR = join(REPO_ROOT, '.turbo', 'runs')

async function runSummaries(): Promise<string[]> {
  return (await readdir(RUNS_DIR).catch(() => [] as string[])).filter((file) => file.endsWith('.json')).map((file) => join(RUNS_DIR, file))
}

async function failedTasksIn(file: string): Promise<string[]> {
  const summary = JSON.parse(await readFile(file, 'utf8')) as { tasks: Array<{ taskId: string; execution?: { exitCode?: number } }> }
  return summary.tasks.filter((task) => task.execution && task.execution.exitCode !== 0 && task.execution.exitCode !== undefined).map((task) => task.taskId)
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}
