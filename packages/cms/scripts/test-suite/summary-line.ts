// The one line `pnpm test` ends with: counts per vitest run, the total, and what failed.
import type { SuiteResult } from './run-suite.ts'

export function summaryLines(result: SuiteResult): string[] {
  const total = { passed: 0, failed: 0, skipped: 0, files: 0 }
  const parts = result.runs.map((counts) => {
    if (!counts.reported) return `${counts.name}: NO REPORT`
    total.passed += counts.passed
    total.failed += counts.failed
    total.skipped += counts.skipped
    total.files += counts.files
    return `${counts.name} ${counts.passed}✓ ${counts.failed}✗ ${counts.skipped}↷ (${counts.files} files)`
  })
  const verdict = result.exitCode === 0 ? 'PASSED' : 'FAILED'
  const line = `${verdict} in ${result.seconds} s — ${parts.join(' · ')} — total ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped in ${total.files} files; failed tasks: ${result.failedTasks.length === 0 ? 'none' : result.failedTasks.join(', ')}`
  const failures = result.runs.flatMap((counts) => counts.failures).map((failure) => `  ✗ ${failure}`)
  return [...failures, line]
}
