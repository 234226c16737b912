import { describe, expect, it } from 'vitest'
import { publicUser } from './public-user.ts'

describe('publicUser', () => {
  it('drops every field auth marks internal with a leading underscore, and nothing else', () => {
    const user = { id: 7, collection: 'users', email: 'edith@example.com', name: 'Edith', _sid: 42, _strategy: 'session', _anythingElse: true, under_score: 'kept' }
    expect(publicUser(user)).toEqual({ id: 7, collection: 'users', email: 'edith@example.com', name: 'Edith', under_score: 'kept' })
  })

  it('keeps null as null', () => {
    expect(publicUser(null)).toBeNull()
  })
})
