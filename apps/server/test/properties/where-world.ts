// The small schema the `where` property test queries — every kind of path the translator
// knows: text, number, checkbox, date, select, hasMany select (value rows), relationship
// (foreign key, and through it), hasMany relationship (link rows, and through them), group,
// array (rows, and fields in them) — and random documents for it.
import { buildConfig, type SanitizedConfig } from '@quire/core'
import fc from 'fast-check'

export const whereConfig: SanitizedConfig = buildConfig({
  secret: 'where-property-secret-of-32-characters!',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'people', fields: [{ name: 'name', type: 'text' }, { name: 'rank', type: 'number' }] },
    { slug: 'topics', fields: [{ name: 'name', type: 'text' }] },
    {
      slug: 'things',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'score', type: 'number' },
        { name: 'active', type: 'checkbox' },
        { name: 'when', type: 'date' },
        { name: 'status', type: 'select', options: ['draft', 'review', 'live'] },
        { name: 'colours', type: 'select', hasMany: true, options: ['red', 'green', 'blue'] },
        { name: 'owner', type: 'relationship', relationTo: 'people' },
        { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
        { name: 'meta', type: 'group', fields: [{ name: 'note', type: 'text' }, { name: 'level', type: 'number' }] },
        { name: 'rows', type: 'array', fields: [{ name: 'label', type: 'text' }, { name: 'qty', type: 'number' }] },
      ],
    },
  ],
})

/**
 * Characters whose case folding agrees between JavaScript's Unicode regexps (SQLite's like(),
 * sqlite-like.ts) and PostgreSQL's ILIKE — plus the LIKE metacharacters and a space (word
 * splitting). Not every character does: `ſ` (long s) matches `s` on SQLite but not on PostgreSQL.
 */
export const ALPHABET = ['a', 'b', 'A', 'B', 'é', 'É', ' ', '%', '_', '\\', '1'] as const
export const text = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 4 })
export const NUMBERS = [-2, -1, 0, 0.5, 1, 2.5] as const
export const number = fc.constantFrom(...NUMBERS)
export const DATES = ['2024-01-01T00:00:00.000Z', '2024-06-15T12:30:00.000Z', '2025-01-01T00:00:00.000Z'] as const
export const date = fc.constantFrom(...DATES)
export const STATUSES = ['draft', 'review', 'live'] as const
export const COLOURS = ['red', 'green', 'blue'] as const
export const REFS = 3

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 3 })

/** Related documents are referred to by index; ids exist only once created. */
export interface ThingSpec {
  title: string | null
  score: number | null
  active: boolean | null
  when: string | null
  status: string | null
  colours: string[]
  owner: number | null
  topics: number[]
  meta: { note: string | null; level: number | null }
  rows: Array<{ label: string | null; qty: number | null }>
}

export interface WorldSpec {
  people: Array<{ name: string | null; rank: number | null }>
  topics: Array<{ name: string | null }>
  things: ThingSpec[]
}

const thing: fc.Arbitrary<ThingSpec> = fc.record({
  title: optional(text),
  score: optional(number),
  active: optional(fc.boolean()),
  when: optional(date),
  status: optional(fc.constantFrom(...STATUSES)),
  colours: fc.subarray([...COLOURS]),
  owner: optional(fc.nat(REFS - 1)),
  topics: fc.uniqueArray(fc.nat(REFS - 1), { maxLength: 3 }),
  meta: fc.record({ note: optional(text), level: optional(number) }),
  rows: fc.array(fc.record({ label: optional(text), qty: optional(number) }), { maxLength: 3 }),
})

export const world: fc.Arbitrary<WorldSpec> = fc.record({
  people: fc.array(fc.record({ name: optional(text), rank: optional(number) }), { minLength: REFS, maxLength: REFS }),
  topics: fc.array(fc.record({ name: optional(text) }), { minLength: REFS, maxLength: REFS }),
  things: fc.array(thing, { maxLength: 12 }),
})
