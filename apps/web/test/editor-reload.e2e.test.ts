// After a save, the editors fetch the stored document again. Typing done while that reload is
// on its way must survive it: the reload brings the version this page just saved, which must
// not rebuild the form (forms/use-form-version.ts). The reload is held back here until the
// second edit is typed, which is what a slow network or a busy server does by itself.
import { testProviders } from '@quire/core/testing'
import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { signedInAt, spaFixture } from './support/spa-fixture.ts'

/** Holds every request matching `procedure` from now on until `release()`. */
async function holdReloads(page: Page, procedure: string): Promise<{ release: () => void; seen: () => number }> {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  let seen = 0
  await page.route(
    (url) => url.pathname.includes(procedure),
    async (route: Route) => {
      seen += 1
      await held
      await route.continue()
    },
  )
  return { release, seen: () => seen }
}

describe.each(testProviders())('edits typed while a saved document reloads on %s', (provider) => {
  const spa = spaFixture(provider)

  it('the post editor keeps them', async () => {
    const post = await spa.quire.quire.create({ collection: 'posts', data: { title: 'Reloading post' } })
    const device = await spa.device()
    const { page } = device
    await signedInAt(page, `/posts/${post.id}`, await spa.account())
    const title = page.getByLabel('Title', { exact: true })
    await title.fill('Saved once')
    const reloads = await holdReloads(page, 'collections.findByID')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Post saved.').waitFor()
    await expect.poll(reloads.seen).toBeGreaterThan(0)
    await title.fill('Saved once, then more')
    const reloaded = page.waitForResponse((response) => response.url().includes('collections.findByID'))
    reloads.release()
    await reloaded
    await page.waitForTimeout(200) // let React apply the reloaded data
    expect(await title.inputValue()).toBe('Saved once, then more')
    expect(device.problems).toEqual([])
  })

  it('the header editor keeps them', async () => {
    const device = await spa.device()
    const { page } = device
    await signedInAt(page, '/header', await spa.account())
    const tagline = page.getByLabel('Tagline')
    await tagline.fill('First tagline')
    const reloads = await holdReloads(page, 'globals.find')
    await page.getByRole('button', { name: 'Save header' }).click()
    await page.getByText('Header saved.').waitFor()
    await expect.poll(reloads.seen).toBeGreaterThan(0)
    await tagline.fill('First tagline, edited again')
    const reloaded = page.waitForResponse((response) => response.url().includes('globals.find'))
    reloads.release()
    await reloaded
    await page.waitForTimeout(200)
    expect(await tagline.inputValue()).toBe('First tagline, edited again')
    expect(device.problems).toEqual([])
  })
})
