import { describe, expect, it } from 'vitest'
import { buildConfig } from './build-config.ts'
import { toClientConfig, toWords } from './client-config.ts'
import type { Config } from './types.ts'

const secret = 'a-secret-that-must-never-reach-a-browser-0123456789'

const config: Config = {
  secret,
  db: { url: 'file:./client-config.db' },
  localization: { locales: ['en', { code: 'ar', label: 'العربية', rtl: true }], defaultLocale: 'en' },
  collections: [
    { slug: 'users', auth: true, fields: [{ name: 'name', type: 'text', access: { read: () => true } }] },
    {
      slug: 'categories',
      admin: { useAsTitle: 'name', group: 'Content' },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 60 }],
    },
    {
      slug: 'events',
      labels: { singular: 'Event', plural: 'Events' },
      admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt'], description: 'Things that happen', group: 'Content' },
      hooks: { beforeChange: [({ data }) => data] },
      access: { read: () => true },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, minLength: 2, admin: { placeholder: 'A title' } },
        { name: 'startsAt', type: 'date', admin: { position: 'sidebar' } },
        { name: 'seats', type: 'number', min: 1, max: 500, defaultValue: 10 },
        { name: 'slugText', type: 'text', defaultValue: () => 'computed-on-the-server' },
        { name: 'internalNotes', type: 'textarea', hidden: true },
        { name: 'status', type: 'select', options: ['draft', { label: 'Live', value: 'live' }], hasMany: true, validate: () => true },
        { name: 'category', type: 'relationship', relationTo: 'categories', admin: { readOnly: true } },
        {
          name: 'sessions',
          type: 'array',
          minRows: 1,
          maxRows: 5,
          fields: [
            { name: 'topic', type: 'text' },
            { name: 'secretRoom', type: 'text', hidden: true },
          ],
        },
      ],
    },
  ],
  globals: [{ slug: 'site-settings', admin: { group: 'Settings' }, fields: [{ name: 'tagline', type: 'text' }] }],
}

describe('toClientConfig', () => {
  const client = toClientConfig(buildConfig(config))
  const json = JSON.stringify(client)

  it('survives JSON unchanged: nothing in it is a function, a class or undefined', () => {
    expect(JSON.parse(json)).toEqual(client)
  })

  it('carries no secret, no hidden field, no hook, access rule, validator or server-computed default', () => {
    expect(json).not.toContain(secret)
    for (const name of ['passwordHash', 'resetPasswordTokenHash', 'loginAttempts', 'lockUntil', 'internalNotes', 'secretRoom', 'computed-on-the-server', 'client-config.db']) {
      expect(json).not.toContain(name)
    }
    for (const key of ['"hooks"', '"access"', '"validate"', '"secret"', '"db"']) expect(json).not.toContain(key)
  })

  it('describes fields with what a form needs', () => {
    const events = client.collections.find((collection) => collection.slug === 'events')
    expect(events?.admin).toEqual({ useAsTitle: 'title', defaultColumns: ['title', 'startsAt'], description: 'Things that happen', group: 'Content' })
    expect(events?.labels).toEqual({ singular: 'Event', plural: 'Events' })
    expect(events?.fields.map((field) => field.name)).toEqual(['title', 'startsAt', 'seats', 'slugText', 'status', 'category', 'sessions'])
    const field = (name: string) => events?.fields.find((candidate) => candidate.name === name)
    expect(field('title')).toEqual({ name: 'title', type: 'text', label: 'Title', required: true, localized: true, unique: false, hasMany: false, minLength: 2, admin: { placeholder: 'A title' } })
    expect(field('startsAt')?.admin).toEqual({ position: 'sidebar' })
    expect(field('seats')).toMatchObject({ min: 1, max: 500, defaultValue: 10 })
    expect(field('slugText')).not.toHaveProperty('defaultValue')
    expect(field('status')).toMatchObject({ hasMany: true, options: [{ label: 'draft', value: 'draft' }, { label: 'Live', value: 'live' }] })
    expect(field('category')).toMatchObject({ relationTo: 'categories', admin: { readOnly: true } })
    expect(field('sessions')).toMatchObject({ minRows: 1, maxRows: 5, fields: [{ name: 'topic', type: 'text', label: 'Topic' }] })
    expect(field('sessions')?.fields).toHaveLength(1)
  })

  it('fills labels and list columns Payload-style when the config has none', () => {
    const categories = client.collections.find((collection) => collection.slug === 'categories')
    expect(categories?.labels).toEqual({ singular: 'Category', plural: 'Categories' })
    expect(categories?.admin.defaultColumns[0]).toBe('name')
    const users = client.collections.find((collection) => collection.slug === 'users')
    expect(users?.admin.useAsTitle).toBe('id')
    expect(users?.auth).toEqual({ loginWithUsername: false, useAPIKey: false, verify: false })
    expect(users?.fields.map((field) => field.name)).toContain('email')
    expect(client.globals).toEqual([
      { slug: 'site-settings', label: 'Site Settings', admin: { group: 'Settings' }, fields: [expect.objectContaining({ name: 'tagline', type: 'text' })] },
    ])
  })

  it('lists the locales with their direction', () => {
    expect(client.localization).toEqual({ defaultLocale: 'en', locales: [{ code: 'en', label: 'en', rtl: false }, { code: 'ar', label: 'العربية', rtl: true }] })
  })

  it('turns names into words', () => {
    expect(toWords('publishedAt')).toBe('Published At')
    expect(toWords('hero-image')).toBe('Hero Image')
    expect(toWords('site_settings')).toBe('Site Settings')
  })
})
