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
  it('refuses hook names nothing runs, naming their path (collection, auth, global, field)', () => {
    const noop = () => undefined
    const posts = {
      slug: 'posts',
      hooks: { beforeChnage: [noop], afterError: [noop], beforeLogin: [noop], beforeChange: noop },
      fields: [{ name: 'title', type: 'text', hooks: { beforeChange: [noop], beforeOperation: [noop] } }],
    } as unknown as CollectionConfig
    const header = { slug: 'header', hooks: { beforeOperation: [noop], afterOperation: [noop], afterDelete: [noop] }, fields: [{ name: 'title', type: 'text' }] }
    expect(problemsOf({ collections: [users, posts], globals: [header] as Config['globals'] })).toEqual([
      expect.stringMatching(/^collections\.posts\.hooks\.beforeChnage: unknown hook \(known: beforeOperation, /),
      expect.stringMatching(/^collections\.posts\.hooks\.afterError: unknown hook \(known: /),
      'collections.posts.hooks.beforeLogin: unknown hook (runs only on auth collections)',
      'collections.posts.hooks.beforeChange: must be an array of functions',
      expect.stringMatching(/^posts\.fields\.title\.hooks\.beforeOperation: unknown hook \(known: beforeValidate, /),
      expect.stringMatching(/^globals\.header\.hooks\.afterDelete: unknown hook \(known: beforeOperation, /),
    ])
  })

  it('accepts every hook an operation runs', () => {
    const noop = () => undefined
    const accounts: CollectionConfig = { slug: 'accounts', auth: true, hooks: { beforeLogin: [noop], afterMe: [noop], beforeOperation: [noop], afterCommit: [noop] }, fields: [] }
    expect(() => buildConfig({ ...base, collections: [accounts], globals: [{ slug: 'site', hooks: { beforeOperation: [noop], afterOperation: [noop] }, fields: [{ name: 'x', type: 'text', hooks: { beforeDuplicate: [noop] } }] }] })).not.toThrow()
  })

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
        { name: 'tags', type: 'email', hasMany: true } as never,
        { name: 'x', type: 'colour' } as never,
      ],
    }
    expect(problemsOf({ collections: [bad, posts, { ...users, slug: 'posts' }], secret: 'short' })).toEqual([
      'secret: must be a string of at least 32 characters (generate one with `openssl rand -hex 32`)',
      'collections[0].slug: start with a lower-case letter, then use letters, digits, "-" or "_" (got "Bad Slug")',
      'posts.fields.title: duplicate field name "title"; each field in one list needs its own name',
      'posts.fields.title: minLength (5) is greater than maxLength (2)',
      'posts.fields.id: "id" is reserved by Quire; rename the field',
      'posts.fields.status.options: duplicate option value "draft"',
      'posts.fields.status.defaultValue: "live" is not one of the options (draft, draft)',
      'posts.fields.tags.hasMany: only select, text, number, relationship and upload fields support hasMany',
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

  it('accepts hasMany text and number fields', () => {
    const posts: CollectionConfig = {
      slug: 'posts',
      fields: [
        { name: 'keywords', type: 'text', hasMany: true, minRows: 1, maxRows: 3, maxLength: 10, defaultValue: ['a'], index: true },
        { name: 'scores', type: 'number', hasMany: true, min: 0, defaultValue: () => [1, 2] },
        { name: 'links', type: 'array', fields: [{ name: 'tags', type: 'text', hasMany: true }] },
      ],
    }
    expect(buildConfig({ ...base, collections: [posts] }).collections[0]!.fields).toHaveLength(3)
  })

  it('refuses unique on hasMany value fields, rows without hasMany and defaults that are not lists', () => {
    const posts: CollectionConfig = {
      slug: 'posts',
      fields: [
        { name: 'keywords', type: 'text', hasMany: true, unique: true } as never,
        { name: 'flavours', type: 'select', hasMany: true, unique: true, options: ['a'] },
        { name: 'title', type: 'text', minRows: 1 } as never,
        { name: 'scores', type: 'number', hasMany: true, maxRows: 1.5, defaultValue: 3 } as never,
        { name: 'labels', type: 'text', hasMany: true, defaultValue: ['a', 1] } as never,
        { name: 'flag', type: 'number', hasMany: 'yes' } as never,
        { name: 'tags', type: 'relationship', relationTo: 'posts', hasMany: true, unique: true },
      ],
    }
    expect(problemsOf({ collections: [posts] })).toEqual([
      'posts.fields.keywords.unique: unique cannot be enforced on a hasMany field; remove it',
      'posts.fields.flavours.unique: unique cannot be enforced on a hasMany field; remove it',
      'posts.fields.title.minRows: only applies to a list; add hasMany: true or remove minRows',
      'posts.fields.scores.maxRows: must be a whole number ≥ 0',
      "posts.fields.scores.defaultValue: a hasMany number field's default must be a list of numbers (got 3)",
      'posts.fields.labels.defaultValue: a hasMany text field\'s default must be a list of strings (got ["a",1])',
      'posts.fields.flag.hasMany: must be true or false',
      'posts.fields.tags.unique: unique is only supported on single, one-collection relationships',
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

describe('configs Payload accepts', () => {
  it('takes camelCase slugs; two slugs that map onto one table are caught', () => {
    expect(() => buildConfig({ ...base, collections: [{ slug: 'movieReviews', fields: [] }], globals: [{ slug: 'siteSettings', fields: [] }] })).not.toThrow()
    expect(problemsOf({ collections: [{ slug: 'movieReviews', fields: [] }, { slug: 'movie-reviews', fields: [] }] })).toEqual([
      'movie_reviews: its model name "MovieReviews" collides with movie_reviews; rename one of them',
      'movie_reviews: its table name "movie_reviews" collides with movie_reviews; rename one of them',
    ])
  })

  it('gives a required checkbox without a default the default false, in groups and arrays too', () => {
    const config = buildConfig({
      ...base,
      collections: [
        {
          slug: 'todos',
          fields: [
            { name: 'done', type: 'checkbox', required: true },
            { name: 'kept', type: 'checkbox', required: true, defaultValue: true },
            { name: 'optional', type: 'checkbox' },
            { name: 'steps', type: 'array', fields: [{ name: 'done', type: 'checkbox', required: true }] },
          ],
        },
      ],
    })
    const [done, kept, optional, steps] = config.collections[0]!.fields
    expect(done).toMatchObject({ defaultValue: false })
    expect(kept).toMatchObject({ defaultValue: true })
    expect(optional).not.toHaveProperty('defaultValue')
    expect(steps).toMatchObject({ fields: [{ name: 'done', defaultValue: false }] })
  })
})
