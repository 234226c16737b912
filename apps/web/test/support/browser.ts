// Debian's Chromium driven by playwright-core (no browser download), with the flags STACK.md
// found to work here; pages that record console errors; axe-core checks; screenshots.
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { RESULTS_DIR } from './paths.ts'


export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    // Chromium's start (~2 s idle) on a 2-core machine at load 8, with room to spare.
    timeout: 60_000,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/**
 * Console errors and uncaught exceptions of every page of a context. Chromium also logs each
 * failed HTTP response as a console error: those count too, except the statuses in
 * `allowedStatuses` — a test that provokes a 400 (a refused form) or a 401/403 (a session
 * ended elsewhere) on purpose lists it there.
 */
export function watchConsole(context: BrowserContext, allowedStatuses: ReadonlySet<number>): string[] {
  const problems: string[] = []
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      const text = message.text()
      const status = /^Failed to load resource: the server responded with a status of (\d{3})\b/.exec(text)?.[1]
      if (status !== undefined && allowedStatuses.has(Number(status))) return
      problems.push(`${page.url()}: ${text}`)
    })
    page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught ${error.message}`))
  }
  context.pages().forEach(watch)
  context.on('page', watch)
  return problems
}

const require = createRequire(import.meta.url)
let axeSource: Promise<string> | undefined

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

/** Serious and critical axe-core violations on the page as it is now, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: await axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe
    return (await axe.run(document)).violations
  })
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`)
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true })
  await page.screenshot({ path: resolve(RESULTS_DIR, `${name}.png`), fullPage: true })
}
