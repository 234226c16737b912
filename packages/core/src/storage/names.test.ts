import { describe, expect, it } from 'vitest'
import { childTableName, columnNameForPath, fitIdentifier, localizedColumn, modelNameForSlug, tableNameForSlug } from './names.ts'

describe('names', () => {
  it('snake_cases camelCase slugs into table names, as Payload does', () => {
    expect(tableNameForSlug('movieReviews')).toBe('movie_reviews')
    expect(tableNameForSlug('blog-posts')).toBe('blog_posts')
    expect(tableNameForSlug('v2Items')).toBe('v2_items')
    expect(modelNameForSlug('movieReviews')).toBe('MovieReviews')
  })

  it('shortens names over 63 characters to a readable head and a hash of the whole name', () => {
    const long = `${'a'.repeat(60)}_first`
    const fitted = fitIdentifier(long)
    expect(fitted).toHaveLength(63)
    expect(fitted).toMatch(/^a{54}_[0-9a-f]{8}$/)
    // The same on every run (a fixed digest), different for a name that differs only at the end.
    expect(fitted).toBe('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_c053d6d6')
    expect(fitIdentifier(`${'a'.repeat(60)}_other`)).not.toBe(fitted)
    expect(fitIdentifier('a'.repeat(63))).toBe('a'.repeat(63))
  })

  it('fits every derived table and column name', () => {
    const path = ['aVeryLongGroupNameThatKeepsGoing', 'anotherRatherLongNestedFieldName']
    expect(columnNameForPath(path).length).toBeLessThanOrEqual(63)
    expect(localizedColumn(columnNameForPath(path), 'pt-BR').length).toBeLessThanOrEqual(63)
    expect(childTableName('some_collection_with_a_long_slug', path).length).toBeLessThanOrEqual(63)
    expect(tableNameForSlug(`x${'Long'.repeat(20)}`).length).toBeLessThanOrEqual(63)
  })
})
