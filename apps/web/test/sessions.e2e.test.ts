// Signing in and out, across devices: wrong passwords in words, "sign out everywhere" from a
// second browser context (the first lands on sign-in at its next request, and comes back),
// revoking one session, changing the password, resetting it through the emailed link, and a
// refresh racing requests already in flight. Every test signs in as an account of its own
// (spa.account()), so none depends on what another did to its sessions or password.
import { testProviders } from '@quire/core/testing'
import { describe, expect, it } from 'vitest'
import { screenshot, seriousA11yViolations } from './support/browser.ts'
import { fillSignIn, signedInAt, spaFixture } from './support/spa-fixture.ts'

describe.each(testProviders())('sessions and passwords on %s', (provider) => {
  const spa = spaFixture(provider)

  it('explains a refused sign-in, then signs in', async () => {
    const account = await spa.account()
    const device = await spa.device()
    const { page } = device
    await page.goto('/sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText('Enter your email address.').waitFor()
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true')

    device.allowStatus(401)
    await fillSignIn(page, { ...account, password: 'not-the-password' })
    expect(await page.getByRole('alert').innerText()).toBe('The email or password provided is incorrect.')
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-sign-in`)

    await fillSignIn(page, account)
    await page.waitForURL(/\/posts$/)
    await page.getByRole('heading', { name: 'Posts' }).waitFor()
    expect(device.problems).toEqual([])
  })

  it('refreshes the session shortly before it expires while the tab is in use', async () => {
    const account = await spa.account()
    const device = await spa.device()
    const { page } = device
    // A fake clock, so the refresh check's 20-second timer can be run at once.
    await page.clock.install()
    await signedInAt(page, '/posts', account)
    const exp = (): Promise<number> => page.evaluate(() => Number(localStorage.getItem('quire.session-expires-at')))
    const issued = await exp()
    // Pretend the cookie expires in two minutes (inside the five-minute margin), then use the tab.
    await page.evaluate(() => localStorage.setItem('quire.session-expires-at', String(Date.now() + 120_000)))
    await page.getByLabel('Search titles').press('a')
    const refreshed = page.waitForResponse((response) => response.url().includes('auth.refresh'))
    await page.clock.runFor(21_000)
    expect((await refreshed).status()).toBe(200)
    await expect.poll(exp).toBeGreaterThanOrEqual(issued)
    expect(device.problems).toEqual([])
  })

  it('a request already sent with the old cookie still lands after a refresh rotated it', async () => {
    const account = await spa.account()
    const device = await spa.device()
    const { page, context } = device
    await signedInAt(page, '/posts', account)
    const before = (await context.cookies()).find((cookie) => cookie.name.endsWith('-session'))
    expect(before).toBeDefined()
    // Refresh in the page (a new cookie arrives), then send a request with the old cookie, as a
    // request that left the browser before the refresh answered would carry it.
    const status = await page.evaluate(async () => (await fetch('/trpc/auth.refresh', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status)
    expect(status).toBe(200)
    const after = (await context.cookies()).find((cookie) => cookie.name === before?.name)
    expect(after?.value).not.toBe(before?.value)
    const late = await fetch(`${spa.quire.url}/trpc/auth.me`, { headers: { cookie: `${before?.name}=${before?.value}` } })
    expect(((await late.json()) as { result: { data: { user: { email: string } | null } } }).result.data.user?.email).toBe(account.email)
    expect(device.problems).toEqual([])
  })

  it('signs out everywhere from a second device; the first lands on sign-in at its next request', async () => {
    const account = await spa.account()
    const first = await spa.device()
    await signedInAt(first.page, '/posts', account)
    const second = await spa.device()
    await signedInAt(second.page, '/account', account)
    await expect.poll(() => second.page.locator('.session').count()).toBe(2)
    expect(await second.page.locator('.session-title', { hasText: 'This device' }).count()).toBe(1)
    // Each session names the browser it signed in from.
    expect(await second.page.locator('.session').filter({ hasNotText: 'This device' }).locator('.session-title').innerText()).toBe('Chrome on Linux')
    expect(await seriousA11yViolations(second.page)).toEqual([])
    await screenshot(second.page, `${provider}-account`)

    await second.page.getByRole('button', { name: 'Sign out everywhere' }).click()
    await second.page.waitForURL(/\/sign-in$/)

    first.allowStatus(401, 403)
    await first.page.getByRole('link', { name: 'Media' }).click()
    await first.page.waitForURL(/\/sign-in\?next=%2Fmedia$/)
    await first.page.getByText('Please sign in to continue.').waitFor()
    await fillSignIn(first.page, account)
    await first.page.waitForURL(/\/media$/)
    await first.page.getByRole('heading', { name: 'Media' }).waitFor()
    expect([...first.problems, ...second.problems]).toEqual([])
  })

  it('signs out one other device from the list of sessions', async () => {
    const account = await spa.account()
    const other = await spa.device()
    await signedInAt(other.page, '/posts', account)
    const mine = await spa.device()
    await signedInAt(mine.page, '/account', account)
    await expect.poll(() => mine.page.locator('.session').count()).toBe(2)
    await mine.page.locator('.session').filter({ hasNotText: 'This device' }).getByRole('button', { name: 'Sign out' }).click()
    await expect.poll(() => mine.page.locator('.session').count()).toBe(1)

    other.allowStatus(401, 403)
    await other.page.getByRole('link', { name: 'Header' }).click()
    await other.page.waitForURL(/\/sign-in\?next=%2Fheader$/)
    expect([...mine.problems, ...other.problems]).toEqual([])
  })

  it('changes the password; other devices are signed out, this one stays', async () => {
    const account = await spa.account()
    const other = await spa.device()
    await signedInAt(other.page, '/posts', account)
    const mine = await spa.device()
    await signedInAt(mine.page, '/account', account)
    const form = mine.page.getByRole('region', { name: 'Change password' })

    mine.allowStatus(400)
    await form.getByLabel('Current password').fill('wrong')
    await form.getByLabel('New password', { exact: true }).fill('a-brand-new-password')
    await form.getByLabel('Repeat the new password').fill('a-brand-new-password')
    await form.getByRole('button', { name: 'Change password' }).click()
    await form.getByText('That is not your current password.').waitFor()
    expect(await form.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true')

    await form.getByLabel('Current password').fill(account.password)
    await form.getByRole('button', { name: 'Change password' }).click()
    await form.getByText('Password changed. Your other devices were signed out.').waitFor()

    other.allowStatus(401, 403)
    await other.page.getByRole('link', { name: 'Header' }).click()
    await other.page.waitForURL(/\/sign-in\?next=%2Fheader$/)
    other.allowStatus(401)
    await fillSignIn(other.page, account)
    await other.page.getByText('The email or password provided is incorrect.').waitFor()
    await fillSignIn(other.page, { ...account, password: 'a-brand-new-password' })
    await other.page.waitForURL(/\/header$/)
    // This device stays signed in.
    await mine.page.getByRole('link', { name: 'Posts' }).click()
    await mine.page.getByRole('heading', { name: 'Posts' }).waitFor()
    expect([...mine.problems, ...other.problems]).toEqual([])
  })

  it('resets a forgotten password through the link in the email', async () => {
    const account = await spa.account()
    const device = await spa.device()
    const { page } = device
    await page.goto('/sign-in')
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await page.getByLabel('Email').fill(account.email)
    await page.getByRole('button', { name: 'Send reset link' }).click()
    await page.getByText('If an account with that address exists, an email with a reset link is on its way.').waitFor()

    // Mail goes out after the commit, without being awaited: wait for it to arrive.
    const outbox = spa.quire.outbox.outbox
    await expect.poll(() => outbox.some((message) => message.to === account.email)).toBe(true)
    const email = outbox.filter((message) => message.to === account.email).at(-1)
    const link = /\/reset-password\?token=[^\s"<]+/.exec(email?.text ?? '')?.[0]
    expect(link).toBeDefined()
    await page.goto(link ?? '/')
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-reset-password`)
    await page.getByLabel('New password', { exact: true }).fill('reset-by-email')
    await page.getByLabel('Repeat the new password').fill('reset-by-email')
    await page.getByRole('button', { name: 'Save and sign in' }).click()
    await page.waitForURL(/\/posts$/)
    await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click()
    await page.waitForURL(/\/sign-in$/)

    device.allowStatus(401)
    await fillSignIn(page, account)
    await page.getByText('The email or password provided is incorrect.').waitFor()
    await fillSignIn(page, { ...account, password: 'reset-by-email' })
    await page.waitForURL(/\/posts$/)
    expect(device.problems).toEqual([])
  })
})
