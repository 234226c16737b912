// Roles in the SPA (cms/src/access/roles.ts): an author reads other people's posts read-only,
// writes and edits their own, uploads media without being offered Delete, and reads the header
// without being offered Save; an editor is still offered everything. The SPA asks the server
// first (auth.permissions, collections.docAccess), so none of this costs a 403: no test here
// allows one, and every console error counts as a problem.
import { testProviders } from '@quire/core/testing'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, seriousA11yViolations } from './support/browser.ts'
import { solidJpeg } from './support/images.ts'
import { horizontalOverflow, signedInAt, spaFixture, type Account, type Device } from './support/spa-fixture.ts'

const READ_ONLY_POST = 'You can read this post, but only its author or an editor can change it.'
const READ_ONLY_HEADER = 'You can read the header, but only an editor can change it.'
const MEDIA_FOR_AUTHORS = 'You can upload files here; only an editor can delete them.'

describe.each(testProviders())('roles on %s', (provider) => {
  const spa = spaFixture(provider)
  let author: Device
  let authorAccount: Account & { id: number; name: string }

  const title = (page: Page) => page.getByLabel('Title', { exact: true })
  const saveButtons = (page: Page) => page.getByRole('button', { name: /^(Save|Create)/ })

  it('an author reads someone else’s post read-only: a notice, disabled fields, no Save, nothing held back', async () => {
    authorAccount = await spa.account({ role: 'author' })
    author = await spa.device()
    const { page } = author
    await signedInAt(page, '/posts', authorAccount)
    // The demo's first post, by its editor (Edith Editor).
    await page.getByLabel('Search titles').fill('Welcome')
    await page.getByRole('link', { name: 'Welcome to Quire' }).click()

    await page.getByRole('status').filter({ hasText: READ_ONLY_POST }).waitFor()
    await page.getByRole('heading', { name: 'Post', exact: true }).waitFor()
    // Everything stays there to read…
    expect(await title(page).inputValue()).toBe('Welcome to Quire')
    expect(await page.getByLabel('Label 1').inputValue()).toBe('Quire on GitHub')
    expect(await page.locator('.page-intro').innerText()).toContain('Author: Edith Editor.')
    // …and nothing can be changed or saved.
    for (const field of [title(page), page.getByLabel('Body'), page.getByLabel('Status'), page.getByRole('checkbox', { name: 'Featured post' }), page.getByLabel('Label 1')]) {
      expect(await field.isDisabled()).toBe(true)
    }
    expect(await page.getByRole('button', { name: 'Add link' }).isDisabled()).toBe(true)
    expect(await page.getByLabel('Upload image').isDisabled()).toBe(true)
    expect(await saveButtons(page).count()).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-post-read-only`)

    // With nothing to save there is nothing to lose: switching language and leaving ask nothing.
    await page.getByLabel('Content language').selectOption('zh')
    await page.getByRole('strong').getByText('中文').waitFor()
    await page.getByLabel('Content language').selectOption('en')
    await page.getByRole('link', { name: 'Back to posts' }).click()
    await page.waitForURL(/\/posts$/)
    expect(await page.getByRole('alertdialog').count()).toBe(0)
    expect(author.problems).toEqual([])
  })

  it('an author writes a post of their own and edits it as usual', async () => {
    const { page } = author
    await page.goto('/posts')
    await page.getByRole('link', { name: 'New post' }).click()
    await page.getByRole('heading', { name: 'New post' }).waitFor()
    await title(page).fill('An author’s own post')
    await page.getByRole('button', { name: 'Create post' }).click()
    await page.getByText('Post created.').waitFor()
    const ownPostId = Number(/\/posts\/(\d+)$/.exec(page.url())?.[1])
    expect(ownPostId).toBeGreaterThan(0)
    expect((await spa.quire.quire.findByID({ collection: 'posts', id: ownPostId, depth: 0 })).author).toBe(authorAccount.id)

    await page.getByRole('heading', { name: 'Edit post' }).waitFor()
    expect(await page.locator('.page-intro').innerText()).toContain(`Author: ${authorAccount.name}.`)
    expect(await page.getByText(READ_ONLY_POST).count()).toBe(0)
    await title(page).fill('An author’s own post, edited')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Post saved.').waitFor()
    expect((await spa.quire.quire.findByID({ collection: 'posts', id: ownPostId, depth: 0 })).title).toBe('An author’s own post, edited')
    expect(author.problems).toEqual([])
  })

  it('on a phone, an author uploads media but is offered no Delete, and reads the header read-only', async () => {
    const picture = await solidJpeg(64, 48, '#3a7d44')
    await spa.quire.quire.create({ collection: 'media', data: { alt: 'Shared picture' }, file: { data: picture, mimetype: 'image/jpeg', name: 'shared.jpg', size: picture.byteLength } })
    await spa.quire.quire.updateGlobal({ slug: 'header', data: { nav: [{ label: 'Home', url: '/' }], tagline: 'Written by an editor' } })
    const phone = await spa.device({ width: 375, height: 812 })
    const { page } = phone
    await signedInAt(page, '/media', authorAccount)

    const grid = page.getByRole('list', { name: 'Media files' })
    await grid.getByRole('img', { name: 'Shared picture' }).waitFor()
    await page.getByText(MEDIA_FOR_AUTHORS).waitFor()
    await page.getByLabel('Upload files').setInputFiles({ name: 'by-an-author.jpg', mimeType: 'image/jpeg', buffer: await solidJpeg(320, 240, '#e07a2f') })
    await grid.getByRole('img', { name: 'by an author' }).waitFor()
    expect(await page.getByRole('button', { name: /^Delete/ }).count()).toBe(0)
    expect(await horizontalOverflow(page)).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-media-author-375px`)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Header' }).click()
    await page.getByRole('status').filter({ hasText: READ_ONLY_HEADER }).waitFor()
    expect(await page.getByLabel('Tagline').inputValue()).toBe('Written by an editor')
    expect(await page.getByLabel('Tagline').isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: 'Remove Home' }).isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: 'Save header' }).count()).toBe(0)
    expect(await horizontalOverflow(page)).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-header-read-only-375px`)
    expect(phone.problems).toEqual([])
  })

  it('an editor is still offered everything, on an author’s post too', async () => {
    // The demo's draft, by its author (Arthur Author).
    const [draft] = (await spa.quire.quire.find({ collection: 'posts', where: { slug: { equals: 'drafts' } }, depth: 0 })).docs
    expect(draft?.title).toBe('Drafts stay private')
    const editor = await spa.device()
    const { page } = editor
    await signedInAt(page, '/media', await spa.account())
    await page.getByRole('button', { name: 'Delete Shared picture' }).waitFor()
    expect(await page.getByText(MEDIA_FOR_AUTHORS).count()).toBe(0)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Header' }).click()
    await page.getByRole('button', { name: 'Save header' }).waitFor()
    expect(await page.getByLabel('Tagline').isDisabled()).toBe(false)
    expect(await page.getByText(READ_ONLY_HEADER).count()).toBe(0)

    await page.goto(`/posts/${draft?.id}`)
    await page.getByRole('button', { name: 'Save changes' }).waitFor()
    expect(await title(page).isDisabled()).toBe(false)
    expect(await page.getByText(READ_ONLY_POST).count()).toBe(0)
    await page.getByRole('link', { name: 'Back to posts' }).click()
    await page.getByRole('link', { name: 'New post' }).waitFor()
    expect(editor.problems).toEqual([])
  })
})
