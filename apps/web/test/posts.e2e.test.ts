// Posts: the list (filters, sort, pages, totals), creating a post with a hero image (field
// errors from the API, progress bar, preview), editing it, and writing it in Chinese; then,
// each on a post of its own: the publication date and links, and the unsaved-changes guard
// (language switch, Sign out, links and Back, closing the tab).
import { testProviders } from '@quire/core/testing'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, seriousA11yViolations } from './support/browser.ts'
import { blobPng } from './support/images.ts'
import { horizontalOverflow, signedInAt, spaFixture, type Device } from './support/spa-fixture.ts'
import { throttleUploads } from './support/throttle.ts'

describe.each(testProviders())('posts on %s', (provider) => {
  const spa = spaFixture(provider)
  let editor: Device
  let postId = 0

  it('signs in, comes back to the filtered list, and filters, sorts and pages it', async () => {
    editor = await spa.device()
    const { page } = editor
    await signedInAt(page, '/posts?status=draft')
    await page.getByText('Showing 1–6 of 6 posts').waitFor()
    expect(await page.getByLabel('Status').inputValue()).toBe('draft')

    await page.getByLabel('Status').selectOption('')
    await page.getByText('Showing 1–10 of 12 posts').waitFor()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByText('Showing 11–12 of 12 posts').waitFor()
    expect(new URL(page.url()).searchParams.get('page')).toBe('2')

    await page.getByLabel('Search titles').fill('archive')
    await page.getByText('Showing 1–9 of 9 posts').waitFor()
    await page.getByLabel('Sort by').selectOption('title')
    await expect.poll(async () => (await page.locator('.posts-table tbody td:first-child').allInnerTexts()).slice(0, 3)).toEqual(['Archive note 1', 'Archive note 2', 'Archive note 3'])

    await page.getByLabel('Search titles').fill('')
    await page.getByLabel('Category').selectOption({ label: 'Guides' })
    await page.getByText('Showing 1–2 of 2 posts').waitFor()
    await page.getByLabel('Search titles').fill('no such post')
    await page.getByText('No posts match these filters.').waitFor()
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.getByText('Showing 1–10 of 12 posts').waitFor()

    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-posts`)
    expect(editor.problems).toEqual([])
  })

  it('creates a post with a hero image: field errors, progress bar, preview', async () => {
    const { page, context } = editor
    await page.getByRole('link', { name: 'New post' }).click()
    await page.getByRole('heading', { name: 'New post' }).waitFor()

    // Nothing filled in: the API's validation error (a 400) appears next to the Title field.
    editor.allowStatus(400)
    await page.getByRole('button', { name: 'Create post' }).click()
    await page.getByText('This field is required.').waitFor()
    expect(await page.getByLabel('Title', { exact: true }).getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('Title', { exact: true }).getAttribute('aria-describedby')).toBe(await page.getByText('This field is required.').getAttribute('id'))

    await page.getByLabel('Title', { exact: true }).fill('Spring launch')
    await page.getByLabel('Excerpt').fill('Everything new this spring.')
    await page.getByLabel('Body').fill('First paragraph.\n\nSecond paragraph.')
    await page.getByLabel('Category').selectOption({ label: 'News' })
    await page.getByRole('checkbox', { name: 'Guides' }).check()

    // An ~800 KB image over a link throttled to 256 KB/s (about 3 s of upload): the bar is seen
    // part-way, strictly between 0 and 100, at some moment; however slow the machine, the
    // throttled link keeps the upload in flight long enough for several looks.
    const stopThrottling = await throttleUploads(context, page, 256 * 1024)
    await page.getByLabel('Upload image').setInputFiles({ name: 'spring.png', mimeType: 'image/png', buffer: await blobPng(1200, 900) })
    const bar = page.getByRole('progressbar', { name: 'Uploading the hero image' })
    await bar.waitFor()
    const partWay = async (): Promise<boolean> => {
      const value = Number(await bar.getAttribute('value', { timeout: 1_000 }).catch(() => null))
      return value > 0 && value < 100
    }
    await expect.poll(partWay, { timeout: 60_000, interval: 50 }).toBe(true)
    await bar.waitFor({ state: 'detached', timeout: 60_000 })
    await stopThrottling()
    const preview = page.getByRole('img', { name: 'Spring launch' })
    await preview.waitFor()
    expect(await preview.getAttribute('src')).toMatch(/^\/media\/media\/spring(-\d+)?-300x300\.png$/)
    expect(await preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(300)

    await page.getByRole('button', { name: 'Create post' }).click()
    await page.getByText('Post created.').waitFor()
    postId = Number(/\/posts\/(\d+)$/.exec(page.url())?.[1])
    expect(postId).toBeGreaterThan(0)

    const stored = await spa.quire.quire.findByID({ collection: 'posts', id: postId, depth: 1 })
    expect({ title: stored.title, excerpt: stored.excerpt, status: stored.status }).toEqual({ title: 'Spring launch', excerpt: 'Everything new this spring.', status: 'draft' })
    expect(typeof stored.category === 'object' && stored.category?.name).toBe('News')
    expect((stored.tags ?? []).map((tag) => (typeof tag === 'object' ? tag.name : tag))).toEqual(['Guides'])
    expect(typeof stored.heroImage === 'object' && stored.heroImage?.alt).toBe('Spring launch')
    expect(await page.getByLabel('Body').inputValue()).toBe('First paragraph.\n\nSecond paragraph.')

    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-post-editor`)
    expect(editor.problems).toEqual([])
  })

  it('edits the post', async () => {
    const { page } = editor
    await page.getByLabel('Title', { exact: true }).fill('Spring launch, updated')
    await page.getByLabel('Status').selectOption('published')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Post saved.').waitFor()
    const stored = await spa.quire.quire.findByID({ collection: 'posts', id: postId, depth: 0 })
    expect([stored.title, stored.status]).toEqual(['Spring launch, updated', 'published'])

    await page.getByRole('link', { name: 'Back to posts' }).click()
    await page.getByRole('link', { name: 'Spring launch, updated' }).waitFor()
    expect(editor.problems).toEqual([])
  })

  it('writes the post in Chinese without touching the English text', async () => {
    const { page } = editor
    await page.getByLabel('Content language').selectOption('zh')
    // The list falls back to English where there is no Chinese title yet.
    await page.getByRole('link', { name: 'Spring launch, updated' }).click()
    await page.getByText('Writing in').waitFor()
    // The editor shows the Chinese fields as they are: empty, no fallback.
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('')
    await page.getByLabel('Title', { exact: true }).fill('春季发布')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Post saved.').waitFor()
    await page.getByRole('link', { name: 'Back to posts' }).click()
    await page.getByRole('link', { name: '春季发布' }).waitFor()

    await page.getByLabel('Content language').selectOption('en')
    await page.getByRole('link', { name: 'Spring launch, updated' }).waitFor()
    const zh = await spa.quire.quire.findByID({ collection: 'posts', id: postId, depth: 0, locale: 'zh' })
    const en = await spa.quire.quire.findByID({ collection: 'posts', id: postId, depth: 0, locale: 'en' })
    expect([zh.title, en.title]).toEqual(['春季发布', 'Spring launch, updated'])
    expect(editor.problems).toEqual([])
  })

  it('fits a 375 px phone screen', async () => {
    const phone = await spa.device({ width: 375, height: 812 })
    await signedInAt(phone.page, '/posts')
    await phone.page.getByText('Showing 1–10 of 13 posts').waitFor()
    expect(await horizontalOverflow(phone.page)).toBe(0)
    await screenshot(phone.page, `${provider}-posts-375px`)
    await phone.page.goto(`/posts/${postId}`)
    await phone.page.getByLabel('Title', { exact: true }).waitFor()
    expect(await horizontalOverflow(phone.page)).toBe(0)
    expect(await seriousA11yViolations(phone.page)).toEqual([])
    expect(phone.problems).toEqual([])
  })

  /** A post of this test's own, and a fresh signed-in device; the editor opens from the list when `viaList`. */
  async function ownPost(title: string, options: { timezoneId?: string; viaList?: boolean } = {}): Promise<{ device: Device; id: number }> {
    const { id } = await spa.quire.quire.create({ collection: 'posts', data: { title, links: [{ label: 'Docs', url: '/docs', attributes: [{ name: 'rel', value: 'help' }] }] } })
    const device = await spa.device(options)
    if (options.viaList) {
      await signedInAt(device.page, '/posts')
      await device.page.getByRole('link', { name: title }).click()
    } else {
      await signedInAt(device.page, `/posts/${id}`)
    }
    await expect.poll(() => device.page.getByLabel('Title', { exact: true }).inputValue()).toBe(title)
    return { device, id }
  }
  const unsavedDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Discard unsaved changes?' })

  it('sets the publication date and links, keeps them over a reload, and shows the field error of a link next to it', async () => {
    const { device, id } = await ownPost('Dates and links', { timezoneId: 'Asia/Shanghai' })
    const { page } = device
    await page.getByLabel('Published on').fill('2026-03-05T14:30')
    for (const [label, url] of [
      ['Shop', 'https://shop.example'],
      ['Blog', '/blog'],
    ] as const) {
      await page.getByRole('button', { name: 'Add link' }).click()
      await page.keyboard.type(label)
      await page.keyboard.press('Tab')
      await page.keyboard.type(url)
    }
    await page.getByRole('button', { name: 'Move Blog up' }).click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Post saved.').waitFor()

    // 14:30 in Shanghai (UTC+8) is 06:30 UTC; the link the editor does not fully show keeps its attributes.
    const stored = await spa.quire.quire.findByID({ collection: 'posts', id, depth: 0 })
    expect(new Date(stored.publishedAt ?? '').toISOString()).toBe('2026-03-05T06:30:00.000Z')
    expect((stored.links ?? []).map((link) => [link.label, link.url, (link.attributes ?? []).map((attribute) => attribute.value)])).toEqual([
      ['Docs', '/docs', ['help']],
      ['Blog', '/blog', []],
      ['Shop', 'https://shop.example', []],
    ])

    await page.reload()
    await expect.poll(() => page.getByLabel('Published on').inputValue()).toBe('2026-03-05T14:30')
    expect(await Promise.all([1, 2, 3].map((row) => page.getByLabel(`Label ${row}`).inputValue()))).toEqual(['Docs', 'Blog', 'Shop'])
    expect(await page.getByLabel('Address 3').inputValue()).toBe('https://shop.example')

    // A link without an address: the API refuses it, and says so next to that row's field only.
    device.allowStatus(400)
    await page.getByRole('button', { name: 'Add link' }).click()
    await page.keyboard.type('Nowhere')
    await page.getByRole('button', { name: 'Save changes' }).click()
    const address = page.getByLabel('Address 4')
    await expect.poll(() => address.getAttribute('aria-invalid')).toBe('true')
    const error = page.getByRole('listitem').filter({ has: address }).locator('.field-error')
    expect(await error.innerText()).toBe('This field is required.')
    expect(await address.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'))
    expect(await page.getByLabel('Label 4').getAttribute('aria-invalid')).toBeNull()
    expect(await page.getByLabel('Address 3').getAttribute('aria-invalid')).toBeNull()
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(device.problems).toEqual([])
  })

  it('asks before a language switch would drop unsaved edits', async () => {
    const { device, id } = await ownPost('Before the switch')
    const { page } = device
    const title = page.getByLabel('Title', { exact: true })
    const language = page.getByLabel('Content language')
    const dialog = unsavedDialog(page)
    await title.fill('Edited, not saved')

    await language.selectOption('zh')
    await dialog.waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay')
    expect(await seriousA11yViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Stay' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect([await title.inputValue(), await language.inputValue()]).toEqual(['Edited, not saved', 'en'])

    // Escape also means Stay.
    await language.selectOption('zh')
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect([await title.inputValue(), await language.inputValue()]).toEqual(['Edited, not saved', 'en'])

    // Focused first, as when choosing with the keyboard (selectOption alone does not focus).
    await language.focus()
    await language.selectOption('zh')
    await dialog.getByRole('button', { name: 'Discard changes' }).click()
    await page.getByRole('strong').getByText('中文').waitFor()
    await expect.poll(() => title.inputValue()).toBe('')
    expect(await language.inputValue()).toBe('zh')
    // The form was replaced, dialog and all: focus is back on the language menu, not on <body>.
    expect(await language.evaluate((element) => element === document.activeElement)).toBe(true)
    // Nothing edited now: switching back asks nothing and shows the stored English title.
    await language.selectOption('en')
    await expect.poll(() => title.inputValue()).toBe('Before the switch')
    expect(await dialog.isVisible()).toBe(false)
    expect((await spa.quire.quire.findByID({ collection: 'posts', id, depth: 0 })).title).toBe('Before the switch')
    expect(device.problems).toEqual([])
  })

  it('asks before Sign out would drop unsaved edits: Stay keeps them and the session, Discard signs out', async () => {
    const { device, id } = await ownPost('Signing off')
    const { page } = device
    const title = page.getByLabel('Title', { exact: true })
    const dialog = unsavedDialog(page)
    const signOut = page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true })
    const storedTitle = async (): Promise<string> => (await spa.quire.quire.findByID({ collection: 'posts', id, depth: 0 })).title

    // Only the button signs out: the address typed in (or linked from another site) does not.
    await page.goto('/sign-out')
    await page.waitForURL(/\/posts$/)
    await page.goto(`/posts/${id}`)
    await expect.poll(() => title.inputValue()).toBe('Signing off')

    await title.fill('Signing off, edited')
    await signOut.click()
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Stay' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(new URL(page.url()).pathname).toBe(`/posts/${id}`)
    expect(await title.inputValue()).toBe('Signing off, edited')
    expect(await signOut.evaluate((element) => element === document.activeElement)).toBe(true)
    // Still signed in: the edits save.
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Post saved.').waitFor()
    expect(await storedTitle()).toBe('Signing off, edited')

    await title.fill('Signing off, edited again')
    await signOut.click()
    await dialog.getByRole('button', { name: 'Discard changes' }).click()
    await page.waitForURL(/\/sign-in$/)
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    expect(await storedTitle()).toBe('Signing off, edited')
    // The session ended: the editor's address now asks to sign in.
    await page.goto(`/posts/${id}`)
    await page.waitForURL(/\/sign-in\?next=/)
    expect(device.problems).toEqual([])
  })

  it('asks before a link or Back leaves unsaved edits, and the tab asks only while there are some', async () => {
    const { device, id } = await ownPost('Going places', { viaList: true })
    const { page } = device
    const title = page.getByLabel('Title', { exact: true })
    const dialog = unsavedDialog(page)
    await title.fill('Going places, edited')

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Media' }).click()
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Stay' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(new URL(page.url()).pathname).toBe(`/posts/${id}`)
    expect(await title.inputValue()).toBe('Going places, edited')

    // The browser's Back button: held back the same way; discarding goes on to the list.
    await page.evaluate(() => history.back())
    await dialog.waitFor()
    expect(new URL(page.url()).pathname).toBe(`/posts/${id}`)
    await dialog.getByRole('button', { name: 'Discard changes' }).click()
    await page.waitForURL(/\/posts$/)
    await page.getByRole('link', { name: 'Going places' }).click()
    await expect.poll(() => title.inputValue()).toBe('Going places')

    // Closing the tab: the browser asks while there are edits (dismissed: the tab stays), and not once they are undone.
    const questions: string[] = []
    page.on('dialog', (question) => {
      questions.push(question.type())
      void question.dismiss()
    })
    await title.fill('Going places, edited again')
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => questions).toEqual(['beforeunload'])
    await title.fill('Going places')
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => page.isClosed()).toBe(true)
    expect(questions).toEqual(['beforeunload'])
    expect(device.problems).toEqual([])
  })
})
