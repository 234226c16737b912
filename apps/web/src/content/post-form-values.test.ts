import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Media, Post } from './content-types.ts'
import { addRow, updateRow } from './link-rows.ts'
import { EMPTY_POST, isoFromLocalInput, localInputFromIso, postToValues, valuesToPostData } from './post-form-values.ts'

// A time zone eight hours from UTC, so local time and UTC differ visibly (Node reads TZ anew when it changes).
const originalTz = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai'
})
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

const hero = { id: 9, alt: 'A lake', url: '/media/media/lake.png', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' } satisfies Media

const post: Post = {
  id: 4,
  title: 'Hello',
  slug: 'hello',
  excerpt: 'Short',
  content: { root: { children: [{ children: [{ text: 'Body text' }] }] } },
  status: 'published',
  featured: true,
  category: { id: 2, name: 'News', createdAt: '', updatedAt: '' },
  tags: [{ id: 2, name: 'News', createdAt: '', updatedAt: '' }, 3],
  heroImage: hero,
  meta: { title: 'Meta', description: null },
  publishedAt: '2026-03-05T06:30:00.000Z',
  links: [
    { id: 'l1', label: 'Docs', url: '/docs', attributes: [{ id: 'a1', name: 'rel', value: 'help' }] },
    { id: 'l2', label: 'Shop', url: 'https://shop.example', attributes: null },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

describe('post form values', () => {
  it('reads a populated post', () => {
    expect(postToValues(post)).toEqual({
      title: 'Hello',
      slug: 'hello',
      excerpt: 'Short',
      body: 'Body text',
      status: 'published',
      featured: true,
      category: '2',
      tags: ['2', '3'],
      heroImage: hero,
      metaTitle: 'Meta',
      metaDescription: '',
      publishedAt: '2026-03-05T14:30',
      links: [
        { key: expect.any(String), id: 'l1', label: 'Docs', url: '/docs', extra: { attributes: [{ id: 'a1', name: 'rel', value: 'help' }] } },
        { key: expect.any(String), id: 'l2', label: 'Shop', url: 'https://shop.example', extra: { attributes: null } },
      ],
    })
  })

  it('writes ids, rich text and nulls for empty optional values', () => {
    expect(valuesToPostData({ ...EMPTY_POST, title: ' New ', category: '5', tags: ['1', '7'], heroImage: hero, body: 'One\n\nTwo' })).toEqual({
      title: 'New',
      slug: null,
      excerpt: '',
      content: {
        root: {
          type: 'root',
          version: 1,
          children: [
            { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'One' }] },
            { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Two' }] },
          ],
        },
      },
      status: 'draft',
      featured: false,
      category: 5,
      tags: [1, 7],
      heroImage: 9,
      meta: { title: '', description: '' },
      publishedAt: null,
      links: [],
    })
  })

  it('clears the category and hero image with null', () => {
    expect(valuesToPostData(EMPTY_POST)).toMatchObject({ category: null, heroImage: null, content: null, tags: [] })
  })

  it('sends the links back with their ids and attributes, new rows without', () => {
    const values = postToValues(post)
    const edited = addRow(updateRow(values.links, values.links[1]!.key, { label: ' Store ' }))
    expect(valuesToPostData({ ...values, links: updateRow(edited, edited[2]!.key, { label: 'New', url: '/new' }) }).links).toEqual([
      { id: 'l1', label: 'Docs', url: '/docs', attributes: [{ id: 'a1', name: 'rel', value: 'help' }] },
      { id: 'l2', label: 'Store', url: 'https://shop.example', attributes: null },
      { label: 'New', url: '/new' },
    ])
  })

  it('writes the picked local date and time as an ISO instant, and none as null', () => {
    expect(valuesToPostData({ ...EMPTY_POST, publishedAt: '2026-03-05T14:30' }).publishedAt).toBe('2026-03-05T06:30:00.000Z')
    expect(isoFromLocalInput('2026-01-01T03:15:20')).toBe('2025-12-31T19:15:20.000Z')
    expect(isoFromLocalInput('')).toBeNull()
    expect(isoFromLocalInput('soon')).toBe('soon')
  })

  it('reads an instant as local date and time, keeping seconds only when there are some', () => {
    expect(localInputFromIso('2025-12-31T19:15:00.000Z')).toBe('2026-01-01T03:15')
    expect(localInputFromIso('2025-12-31T19:15:20.000Z')).toBe('2026-01-01T03:15:20')
    expect(localInputFromIso(null)).toBe('')
    expect(localInputFromIso('not a date')).toBe('')
    expect(isoFromLocalInput(localInputFromIso('2026-07-09T23:59:00.000Z'))).toBe('2026-07-09T23:59:00.000Z')
  })
})
