import { describe, expect, it } from 'vitest'
import { InvalidConfigError } from '../errors/api-error.ts'
import { buildConfig } from './build-config.ts'
import type { CollectionConfig, Config } from './types.ts'

const base = { secret: 'x'.repeat(32), db: { url: 'file:./test.db' } }

function problemsOf(config: Partial<Config>): string[] {
  try {
    buildConfig({ ...base, collections: [], ...config } as Config)
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfigError)
    return (error as InvalidConfigError).problems
  }
  throw new Error('expected buildConfig to throw')
}

const users: CollectionConfig = { slug: 'users', fields: [{ name: 'name', type: 'text' }] }
const media: CollectionConfig = { slug: 'media', fields: [{ name: 'alt', type: 'text' }] }

describe('buildConfig', () => {
  it('names an unknown relationTo with the known slugs', () => {
    const posts: CollectionConfig = { slug: 'posts', fields: [{ name: 'author', type: 'relationship', relationTo: 'user' }] }
    expect(problemsOf({ collections: [users, media, posts] })).toEqual([
      'posts.fields.author.relationTo: unknown collection "user" (known: users, media, posts)',
    ])
  })

  it('reports every problem at once', () => {
    const bad: CollectionConfig = {
      slug: 'Bad Slug',
      fields: [],
    }
    const posts: CollectionConfig = {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'title', type: 'text', minLength: 5, maxLength: 2 },
        { name: 'id', type: 'number' },
        { name: 'status', type: 'select', options: ['draft', 'draft'], defaultValue: 'live' },
        { name: 'tags', type: 'text', hasMany: true } as never,
        { name: 'x', type: 'colour' } as never,
      ],
    }
    expect(problemsOf({ collections: [bad, posts, { ...users, slug: 'posts' }], secret: 'short' })).toEqual([
      'secret: must be a string of at least 32 characters (generate one with `openssl rand -hex 32`)',
      'collections[0].slug: use lower-case letters, digits, "-" or "_" (got "Bad Slug")',
      'posts.fields.title: duplicate field name "title"; each field in one list needs its own name',
      'posts.fields.title: minLength (5) is greater than maxLength (2)',
      'posts.fields.id: "id" is reserved by Quire; rename the field',
      'posts.fields.status.options: duplicate option value "draft"',
      'posts.fields.status.defaultValue: "live" is not one of the options (draft, draft)',
      'posts.fields.tags.hasMany: only select, relationship and upload fields support hasMany',
      'posts.fields.x.type: unknown field type "colour" (known: text, textarea, email, code, number, checkbox, date, select, radio, json, richText, point, group, array, relationship, upload)',
      'posts: duplicate slug; collections and globals need distinct slugs',
    ])
  })

  it('catches column names that collide after groups are flattened', () => {
    const posts: CollectionConfig = {
      slug: 'posts',
      fields: [
        { name: 'meta', type: 'group', fields: [{ name: 'title', type: 'text' }] },
        { name: 'meta_title', type: 'text' },
      ],
    }
    expect(problemsOf({ collections: [posts] })).toEqual([
      'posts.meta_title: its column name "meta_title" collides with posts.meta.title; rename one of them',
    ])
  })

  it('rejects a database url of an unknown kind and unique inside arrays', () => {
    const posts: CollectionConfig = {
      slug: 'posts',
      fields: [{ name: 'links', type: 'array', fields: [{ name: 'url', type: 'text', unique: true }] }],
    }
    expect(problemsOf({ collections: [posts], db: { url: 'mysql://x' } })).toEqual([
      'db.url: DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "mysql:…"',
      'posts.fields.links.fields.url.unique: unique cannot be enforced inside an array; remove it or move the field out of the array',
    ])
  })

  it('fills defaults and freezes the result', () => {
    const config = buildConfig({ ...base, collections: [users] })
    expect(config.collections[0]).toMatchObject({ timestamps: true, defaultSort: '-createdAt' })
    expect(config.defaultDepth).toBe(2)
    expect(config.maxDepth).toBe(10)
    expect(config.globals).toEqual([])
    expect(Object.isFrozen(config.collections[0]!.fields)).toBe(true)
    expect(buildConfig({ ...base, collections: [{ ...users, timestamps: false }] }).collections[0]!.defaultSort).toBe('-id')
  })
})
