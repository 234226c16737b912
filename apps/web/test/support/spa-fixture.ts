// One server and one Chromium per test file and database; each test opens the browser
// contexts it needs (a context = a separate cookie jar, like another device).
import type { Provider } from '@quire/core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium, watchConsole } from './browser.ts'
import { EDITOR, startQuire, type RunningQuire } from './start-quire.ts'

export interface Device {
  context: BrowserContext
  page: Page
  /** Console errors and uncaught exceptions so far (see watchConsole). */
  problems: string[]
  /** HTTP error statuses this test causes on purpose (they are not problems). */
  allowStatus(...statuses: number[]): void
}

export interface Account {
  email: string
  password: string
}

/** The product's roles (cms/src/access/roles.ts). */
export type Role = 'admin' | 'editor' | 'author'

export interface SpaFixture {
  readonly quire: RunningQuire
  /** A fresh browser context (its own cookies and storage) with one page; `timezoneId` e.g. 'Asia/Shanghai'. */
  device(options?: { width?: number; height?: number; timezoneId?: string }): Promise<Device>
  /**
   * A new account of its own (an editor unless `role` says otherwise), so a test that signs out
   * everywhere or changes a password affects no other test; `id` to check what it wrote.
   */
  account(options?: { role?: Role }): Promise<Account & { id: number; name: string }>
}

export function spaFixture(provider: Provider): SpaFixture {
  let quire: RunningQuire | undefined
  let browser: Browser | undefined
  let accounts = 0
  beforeAll(async () => {
    ;[quire, browser] = await Promise.all([startQuire(provider), launchChromium()])
  })
  afterAll(async () => {
    await browser?.close()
    await quire?.close()
  })
  return {
    get quire() {
      if (!quire) throw new Error('the server is not running')
      return quire
    },
    async device(options = {}) {
      if (!browser || !quire) throw new Error('the browser is not running')
      const context = await browser.newContext({
        baseURL: quire.url,
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      })
      // Nothing in this app takes seconds on an idle localhost, but a 2-core machine at load 8
      // runs Chromium, the server and the database four times slower: a hang still fails.
      context.setDefaultTimeout(30_000)
      const allowed = new Set<number>()
      const problems = watchConsole(context, allowed)
      const page = await context.newPage()
      return { context, page, problems, allowStatus: (...statuses) => statuses.forEach((status) => allowed.add(status)) }
    },
    async account({ role = 'editor' } = {}) {
      if (!quire) throw new Error('the server is not running')
      const account = { email: `person-${(accounts += 1)}@quire.test`, password: `password-of-person-${accounts}` }
      const name = `Person ${accounts}`
      const user = await quire.quire.create({ collection: 'users', data: { name, role, ...account } })
      return { ...account, id: user.id, name }
    },
  }
}

/** Signs in through the form, from wherever the page is (it must show the sign-in form). */
export async function fillSignIn(page: Page, account: Account = EDITOR): Promise<void> {
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Opens `path` signed in: goes there, gets the sign-in form, signs in, comes back. */
export async function signedInAt(page: Page, path: string, account: Account = EDITOR): Promise<void> {
  await page.goto(path)
  await page.waitForURL(/\/sign-in\?next=/)
  await fillSignIn(page, account)
  await page.waitForURL((url) => `${url.pathname}${url.search}` === path)
  await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).waitFor()
}

/** What a test sees of the page's width at a phone size: nothing may stick out sideways. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}
