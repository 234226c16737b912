// People (admins only): an admin adds a person who can then sign in elsewhere, changes their
// role and deletes them (their session ends at its next request), and unlocks a person whom
// wrong passwords locked out; an editor is offered no
// People and gets a notice at /people without a refused request; an admin cannot demote or
// delete themselves here. Every console error counts as a problem unless a test allows it.
import { testProviders } from '@quire/core/testing'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, seriousA11yViolations } from './support/browser.ts'
import { fillSignIn, horizontalOverflow, signedInAt, spaFixture, type Account, type Device } from './support/spa-fixture.ts'

describe.each(testProviders())('people on %s', (provider) => {
  const spa = spaFixture(provider)
  let admin: Device
  let adminAccount: Account & { id: number; name: string }
  let added: Device
  const newcomer = { name: 'Nora Newcomer', email: `nora-${provider}@quire.test`, password: 'nora-first-password' }

  const people = (page: Page) => page.getByRole('list', { name: 'People' })
  const row = (page: Page, name: string) => people(page).getByRole('listitem', { name })

  it('an admin adds an author, who appears in the list and can sign in on another device', async () => {
    adminAccount = await spa.account({ role: 'admin' })
    admin = await spa.device()
    const { page } = admin
    await signedInAt(page, '/posts', adminAccount)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click()
    await page.getByRole('heading', { name: 'People', exact: true, level: 1 }).waitFor()
    await row(page, adminAccount.name).waitFor()

    const form = page.getByRole('region', { name: 'Add a person' })
    // Checked here first: nothing is sent.
    await form.getByRole('button', { name: 'Add person' }).click()
    await form.getByText('Enter a name.').waitFor()
    expect(await form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true')
    // The API's refusal (a taken address) shows next to its field.
    admin.allowStatus(400)
    await form.getByLabel('Name').fill(newcomer.name)
    await form.getByLabel('Email').fill(adminAccount.email)
    await form.getByLabel('Initial password').fill(newcomer.password)
    await form.getByLabel('Repeat the password').fill(newcomer.password)
    await form.getByRole('button', { name: 'Add person' }).click()
    await expect.poll(() => form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true')
    expect(await form.locator('.field-error').count()).toBe(1)

    await form.getByLabel('Email').fill(newcomer.email)
    expect(await form.getByLabel('Role').inputValue()).toBe('author')
    await form.getByRole('button', { name: 'Add person' }).click()
    await page.getByRole('status').filter({ hasText: `${newcomer.name} was added.` }).waitFor()
    await row(page, newcomer.name).getByText(newcomer.email).waitFor()
    expect(await row(page, newcomer.name).getByLabel(`Role of ${newcomer.name}`, { exact: true }).inputValue()).toBe('author')
    expect(await form.getByLabel('Name').inputValue()).toBe('')
    const [stored] = (await spa.quire.quire.find({ collection: 'users', where: { email: { equals: newcomer.email } }, depth: 0 })).docs
    expect(stored?.role).toBe('author')
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-people`)

    added = await spa.device()
    await signedInAt(added.page, '/posts', newcomer)
    await added.page.getByRole('heading', { name: 'Posts' }).waitFor()
    expect(await added.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).count()).toBe(0)
    expect([...admin.problems, ...added.problems]).toEqual([])
  })

  it('the admin makes them an editor, then deletes them; their session ends at its next request', async () => {
    const { page } = admin
    const person = row(page, newcomer.name)
    await person.getByLabel(`Role of ${newcomer.name}`, { exact: true }).selectOption('editor')
    await person.getByRole('button', { name: `Save role of ${newcomer.name}` }).click()
    await person.getByRole('status').filter({ hasText: 'Role saved: Editor.' }).waitFor()
    const [stored] = (await spa.quire.quire.find({ collection: 'users', where: { email: { equals: newcomer.email } }, depth: 0 })).docs
    expect(stored?.role).toBe('editor')

    const cookie = (await added.context.cookies()).find((candidate) => candidate.name.endsWith('-session'))
    expect(cookie).toBeDefined()
    // Cancel first: nothing happens.
    await person.getByRole('button', { name: `Delete ${newcomer.name}` }).click()
    const dialog = page.getByRole('alertdialog', { name: `Delete ${newcomer.name}?` })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await person.getByRole('button', { name: `Delete ${newcomer.name}` }).click()
    await dialog.getByRole('button', { name: 'Delete person' }).click()
    await page.getByRole('status').filter({ hasText: `${newcomer.name} was deleted.` }).waitFor()
    await person.waitFor({ state: 'detached' })
    expect((await spa.quire.quire.find({ collection: 'users', where: { email: { equals: newcomer.email } }, depth: 0 })).totalDocs).toBe(0)

    // The deleted person's old cookie no longer names anyone…
    const me = await fetch(`${spa.quire.url}/trpc/auth.me`, { headers: { cookie: `${cookie?.name}=${cookie?.value}` } })
    expect(((await me.json()) as { result: { data: { user: unknown } } }).result.data.user).toBeNull()
    // …so their tab lands on sign-in at its next request, and the old password opens nothing.
    added.allowStatus(401, 403)
    await added.page.getByRole('link', { name: 'Media' }).click()
    await added.page.waitForURL(/\/sign-in\?next=%2Fmedia$/)
    await fillSignIn(added.page, newcomer)
    await added.page.getByText('The email or password provided is incorrect.').waitFor()
    expect([...admin.problems, ...added.problems]).toEqual([])
  })

  it('a person locked out by wrong passwords is unlocked by the admin with one button', async () => {
    const locked = await spa.account({ role: 'author' })
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(spa.quire.quire.login({ collection: 'users', data: { email: locked.email, password: `guess-${attempt}` } })).rejects.toMatchObject({ status: 401 })
    }
    await expect(spa.quire.quire.login({ collection: 'users', data: locked })).rejects.toMatchObject({ status: 401 })
    const { page } = admin
    await page.goto('/people')
    const person = row(page, locked.name)
    await person.getByRole('button', { name: `Unlock sign-in of ${locked.name}` }).click()
    await person.getByRole('status').filter({ hasText: 'Sign-in unlocked: they can sign in again now.' }).waitFor()
    await expect(spa.quire.quire.login({ collection: 'users', data: locked })).resolves.toMatchObject({ user: { email: locked.email } })
    // The admin's own row has no such button: whoever is signed in is not locked out.
    expect(await row(page, adminAccount.name).getByRole('button', { name: /^Unlock sign-in/ }).count()).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(admin.problems).toEqual([])
  })

  it('an editor is offered no People, and /people says why without asking the server', async () => {
    const editor = await spa.device()
    const { page } = editor
    await signedInAt(page, '/posts', await spa.account({ role: 'editor' }))
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).count()).toBe(0)
    const userCalls: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('collections.') && request.url().includes('users')) userCalls.push(request.url())
    })
    await page.goto('/people')
    await page.getByRole('status').filter({ hasText: 'Only admins manage people.' }).waitFor()
    expect(await page.getByRole('region', { name: 'Add a person' }).count()).toBe(0)
    expect(await people(page).count()).toBe(0)
    expect(userCalls).toEqual([])
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(editor.problems).toEqual([])
  })

  it('on a phone, the admin’s own row can be neither demoted nor deleted', async () => {
    const phone = await spa.device({ width: 375, height: 812 })
    const { page } = phone
    await signedInAt(page, '/people', adminAccount)
    const own = row(page, adminAccount.name)
    await own.getByText('This is you: another admin must change your role or remove you.').waitFor()
    expect(await own.getByLabel(`Role of ${adminAccount.name}`, { exact: true }).isDisabled()).toBe(true)
    expect(await own.getByRole('button', { name: `Delete ${adminAccount.name}` }).isDisabled()).toBe(true)
    expect(await own.getByRole('button', { name: /^Save role/ }).count()).toBe(0)
    // Someone else's row keeps both.
    const other = people(page).getByRole('listitem').filter({ hasNotText: 'This is you' }).first()
    expect(await other.getByRole('button', { name: /^Delete / }).isDisabled()).toBe(false)
    expect(await horizontalOverflow(page)).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-people-375px`)
    expect(phone.problems).toEqual([])
  })
})
