// Reads the JSON reports the vitest runs wrote (vitest's `json` reporter) into counts per run
// and the full name of every failed test. A run that wrote no report did not finish: it is
// reported as such, never as passed.
import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { REPO_ROOT, type ExpectedReport } from './paths.ts'

interface VitestJson {
  numTotalTests: number
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  numTotalTestSuites: number
  numFailedTestSuites: number
  testResults: Array<{ name: string; status: string; message?: string; assertionResults: Array<{ fullName: string; status: string }> }>
}

export interface RunCounts {
  name: string
  /** False when the run wrote no report (it crashed, or a task it depends on failed). */
  reported: boolean
  files: number
  passed: number
  failed: number
  skipped: number
  /** `file › test` for every failed test, and `file (did not load: …)` for a file that failed as a whole. */
  failures: string[]
}

export async function readReports(dir: string, expected: ExpectedReport[]): Promise<RunCounts[]> {
  return Promise.all(expected.map((report) => readReport(dir, report)))
}

async function readReport(dir: string, report: ExpectedReport): Promise<RunCounts> {
  let json: VitestJson
  try {
    json = JSON.parse(await readFile(join(dir, `${report.name}.json`), 'utf8')) as VitestJson
  } catch {
    return { name: report.name, reported: false, files: 0, passed: 0, failed: 0, skipped: 0, failures: [`${report.config}: no report (the run did not finish)`] }
  }
  const failures: string[] = []
  for (const file of json.testResults) {
    const path = relative(REPO_ROOT, file.name)
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed')
    for (const test of failedTests) failures.push(`${path} › ${test.fullName}`)
    // A file that fails outside any test (an import error, a failing beforeAll/afterAll).
    if (file.status === 'failed' && failedTests.length === 0) failures.push(`${path} (${(file.message ?? 'failed outside its tests').split('\n')[0]})`)
  }
  return {
    name: report.name,
    reported: true,
    files: json.testResults.length,
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
    failures,
  }
}
