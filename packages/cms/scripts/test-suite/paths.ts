// Where the monorepo is and which vitest runs `pnpm test` expects a report from: one per vitest
// config in apps/* and packages/* (`vitest.config.ts` → `<folder>`, `vitest.e2e.config.ts` →
// `<folder>-e2e`). Each config writes `<report name>.json` into QUIRE_TEST_REPORT_DIR.
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'

export const REPO_ROOT = resolve(import.meta.dirname, '../../../..')

export interface ExpectedReport {
  /** e.g. `core`, `web-e2e`. */
  name: string
  /** e.g. `packages/core/vitest.config.ts`. */
  config: string
}

export async function expectedReports(): Promise<ExpectedReport[]> {
  const found: ExpectedReport[] = []
  for (const group of ['packages', 'apps']) {
    for (const folder of (await readdir(join(REPO_ROOT, group), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
      for (const file of (await readdir(join(REPO_ROOT, group, folder))).sort()) {
        const match = /^vitest(?:\.([a-z0-9-]+))?\.config\.ts$/.exec(file)
        if (match) found.push({ name: match[1] ? `${folder}-${match[1]}` : folder, config: `${group}/${folder}/${file}` })
      }
    }
  }
  return found
}
