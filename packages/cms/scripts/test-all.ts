// pnpm test (after `db:generate --check`): typecheck and every package's tests, each package
// even when another fails; ends with one summary line of all counts and exits non-zero if
// anything failed.
import { runSuite } from './test-suite/run-suite.ts'
import { summaryLines } from './test-suite/summary-line.ts'

const result = await runSuite({ tasks: ['typecheck', 'test'], label: 'test' })
console.log(`\n${summaryLines(result).join('\n')}`)
process.exitCode = result.exitCode
