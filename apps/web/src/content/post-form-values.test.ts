import { describe, expect, it } from 'vitest'
import type { Media, Post } from './content-types.ts'
import { EMPTY_POST, postToValues, valuesToPostData } from './post-form-values.ts'

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
    })
  })

  it('clears the category and hero image with null', () => {
    expect(valuesToPostData(EMPTY_POST)).toMatchObject({ category: null, heroImage: null, content: null, tags: [] })
  })
})
