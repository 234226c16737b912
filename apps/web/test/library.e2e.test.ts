// The media library (several files at once, each with its progress; refusals in words;
// delete) and the header global's navigation editor (add, reorder by keyboard, remove,
// field errors, labels per language, unsaved edits guarded).
import { testProviders } from '@quire/core/testing'
import { describe, expect, it } from 'vitest'
import { screenshot, seriousA11yViolations } from './support/browser.ts'
import { blobPng, solidJpeg } from './support/images.ts'
import { signedInAt, spaFixture, type Device } from './support/spa-fixture.ts'
import { throttleUploads } from './support/throttle.ts'

describe.each(testProviders())('media and header on %s', (provider) => {
  const spa = spaFixture(provider)
  let editor: Device

  it('uploads several files with a progress bar each, refuses what it cannot take, deletes one', async () => {
    editor = await spa.device()
    const { page, context } = editor
    await signedInAt(page, '/media')
    await page.getByText('The media library is empty.').waitFor()

    const stopThrottling = await throttleUploads(context, page, 1024 * 1024)
    await page.getByLabel('Upload files').setInputFiles([
      { name: 'lake.png', mimeType: 'image/png', buffer: await blobPng(1200, 900) },
      { name: 'sunset.jpg', mimeType: 'image/jpeg', buffer: await solidJpeg(800, 600, '#e07a2f') },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') },
    ])
    const uploads = page.getByRole('list', { name: 'Uploads' })
    await uploads.getByText('notes.txt: only images and PDF files can be uploaded.').waitFor()
    // One file travels at a time: the second waits while the first one's bar moves.
    await uploads.getByRole('progressbar', { name: 'Uploading lake.png' }).waitFor()
    await uploads.getByText('Waiting').waitFor()
    await expect.poll(() => uploads.getByText('Uploaded', { exact: true }).count(), { timeout: 20_000 }).toBe(2)
    await stopThrottling()

    const grid = page.getByRole('list', { name: 'Media files' })
    for (const alt of ['lake', 'sunset']) {
      const image = grid.getByRole('img', { name: alt })
      await image.waitFor()
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(300)
    }
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-media`)

    page.once('dialog', (dialog) => void dialog.accept())
    await grid.getByRole('button', { name: 'Delete lake' }).click()
    await grid.getByRole('img', { name: 'lake' }).waitFor({ state: 'detached' })
    const stored = await spa.quire.quire.find({ collection: 'media', depth: 0 })
    expect(stored.docs.map((doc) => doc.alt)).toEqual(['sunset'])
    expect(editor.problems).toEqual([])
  })

  it('edits the header: adds, reorders by keyboard, removes links, and shows field errors', async () => {
    const { page } = editor
    await page.getByRole('link', { name: 'Header' }).click()
    await page.getByText('No links yet.').waitFor()

    for (const [label, url] of [
      ['Home', '/'],
      ['Blog', '/blog'],
      ['About', '/about'],
    ] as const) {
      await page.getByRole('button', { name: 'Add link' }).click()
      // Focus goes to the new row's label.
      await page.keyboard.type(label)
      await page.keyboard.press('Tab')
      await page.keyboard.type(url)
    }
    // Keyboard reordering: focus stays on the button as its row moves.
    await page.getByRole('button', { name: 'Move About up' }).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move About up')
    expect(await page.getByRole('button', { name: 'Move About up' }).getAttribute('aria-disabled')).toBe('true')
    await page.getByRole('button', { name: 'Remove Blog' }).click()

    // A link without a label: the API refuses it, and says so next to that field.
    editor.allowStatus(400)
    await page.getByRole('button', { name: 'Add link' }).click()
    await page.getByRole('button', { name: 'Save header' }).click()
    await page.getByText('This field is required.').first().waitFor()
    expect(await page.getByLabel('Label 3').getAttribute('aria-invalid')).toBe('true')
    await page.getByRole('button', { name: 'Remove link 3' }).click()

    await page.getByRole('button', { name: 'Save header' }).click()
    await page.getByText('Header saved.').waitFor()
    const header = await spa.quire.quire.findGlobal({ slug: 'header', depth: 0 })
    expect((header.nav ?? []).map((link) => [link.label, link.url])).toEqual([
      ['About', '/about'],
      ['Home', '/'],
    ])
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, `${provider}-header`)

    await page.reload()
    await expect.poll(() => page.getByLabel('Label 1').inputValue()).toBe('About')
    expect(editor.problems).toEqual([])
  })

  it('keeps navigation labels per language', async () => {
    const { page } = editor
    await page.getByLabel('Content language').selectOption('zh')
    await expect.poll(() => page.getByLabel('Label 1').inputValue()).toBe('')
    expect(await page.getByLabel('Address 1').inputValue()).toBe('/about')
    await page.getByLabel('Label 1').fill('关于')
    await page.getByLabel('Label 2').fill('首页')
    await page.getByRole('button', { name: 'Save header' }).click()
    await page.getByText('Header saved.').waitFor()

    const zh = await spa.quire.quire.findGlobal({ slug: 'header', depth: 0, locale: 'zh' })
    const en = await spa.quire.quire.findGlobal({ slug: 'header', depth: 0, locale: 'en' })
    expect((zh.nav ?? []).map((link) => link.label)).toEqual(['关于', '首页'])
    expect((en.nav ?? []).map((link) => link.label)).toEqual(['About', 'Home'])
    await page.getByLabel('Content language').selectOption('en')
    await expect.poll(() => page.getByLabel('Label 1').inputValue()).toBe('About')
    expect(editor.problems).toEqual([])
  })

  it('asks before leaving or switching language with unsaved header edits', async () => {
    const device = await spa.device()
    const { page } = device
    await signedInAt(page, '/header')
    const dialog = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' })
    await page.getByLabel('Tagline').fill('Not saved yet')
    await page.getByLabel('Content language').selectOption('zh')
    await dialog.getByRole('button', { name: 'Stay' }).click()
    expect([await page.getByLabel('Tagline').inputValue(), await page.getByLabel('Content language').inputValue()]).toEqual(['Not saved yet', 'en'])
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Posts' }).click()
    await dialog.getByRole('button', { name: 'Discard changes' }).click()
    await page.getByRole('heading', { name: 'Posts' }).waitFor()
    expect((await spa.quire.quire.findGlobal({ slug: 'header', depth: 0 })).tagline ?? '').not.toBe('Not saved yet')
    expect(device.problems).toEqual([])
  })
})
