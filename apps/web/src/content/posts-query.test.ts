import { describe, expect, it } from 'vitest'
import { parsePostsQuery, postsFindInput, postsQueryToParams } from './posts-query.ts'

describe('posts query ↔ URL', () => {
  it('reads defaults from an empty URL and writes them back as nothing', () => {
    const query = parsePostsQuery(new URLSearchParams())
    expect(query).toEqual({ q: '', category: '', status: '', sort: '-createdAt', page: 1 })
    expect(postsQueryToParams(query).toString()).toBe('')
  })

  it('round-trips every setting', () => {
    const params = new URLSearchParams('q=quire&category=3&status=draft&sort=title&page=2')
    expect(postsQueryToParams(parsePostsQuery(params)).toString()).toBe('q=quire&category=3&status=draft&sort=title&page=2')
  })

  it('ignores values a person (or an old link) made up', () => {
    expect(parsePostsQuery(new URLSearchParams('category=abc&status=deleted&sort=-password&page=-4'))).toEqual({ q: '', category: '', status: '', sort: '-createdAt', page: 1 })
  })
})

describe('postsFindInput', () => {
  it('combines search, category and status with and', () => {
    const input = postsFindInput({ q: ' hello ', category: '3', status: 'published', sort: 'title', page: 2 }, 'zh')
    expect(input).toMatchObject({
      collection: 'posts',
      where: { and: [{ title: { like: 'hello' } }, { category: { equals: 3 } }, { status: { equals: 'published' } }] },
      sort: 'title',
      limit: 10,
      page: 2,
      locale: 'zh',
    })
  })

  it('asks only for the columns the table shows, with categories as ids (no populated documents)', () => {
    expect(postsFindInput({ q: '', category: '', status: '', sort: '-createdAt', page: 1 }, 'en')).toMatchObject({
      depth: 0,
      select: { title: true, status: true, category: true, updatedAt: true },
    })
  })

  it('sends no where without filters and a bare condition with one', () => {
    expect('where' in postsFindInput({ q: '', category: '', status: '', sort: '-createdAt', page: 1 }, 'en')).toBe(false)
    expect(postsFindInput({ q: '', category: '', status: 'draft', sort: '-createdAt', page: 1 }, 'en').where).toEqual({ status: { equals: 'draft' } })
  })
})
