import { describe, expect, it } from 'vitest'
import { zodFieldErrors } from '../../forms/zod-field-errors.ts'
import { EMPTY_PERSON, isRole, newPersonSchema, roleLabel } from './person-schema.ts'

const errorsOf = (values: typeof EMPTY_PERSON): Record<string, string> => {
  const parsed = newPersonSchema.safeParse(values)
  return parsed.success ? {} : zodFieldErrors(parsed.error)
}

describe('newPersonSchema', () => {
  it('asks for every field of an empty form', () => {
    expect(errorsOf(EMPTY_PERSON)).toEqual({ name: 'Enter a name.', email: 'Enter an email address.', password: 'Use at least 8 characters.' })
  })

  it('checks the email format and that the password was repeated', () => {
    expect(errorsOf({ ...EMPTY_PERSON, name: 'Ada', email: 'not-an-address', password: 'secret-pw', confirm: 'secret-px' })).toEqual({
      email: 'Enter a valid email address.',
      confirm: 'The two passwords are not the same.',
    })
  })

  it('trims the name and email of a valid person', () => {
    const parsed = newPersonSchema.parse({ name: ' Ada ', email: ' ada@quire.test ', role: 'editor', password: 'secret-pw', confirm: 'secret-pw' })
    expect(parsed).toEqual({ name: 'Ada', email: 'ada@quire.test', role: 'editor', password: 'secret-pw', confirm: 'secret-pw' })
  })
})

describe('roles', () => {
  it('names each role and tells a role from anything else', () => {
    expect(roleLabel('admin')).toBe('Admin')
    expect(roleLabel(null)).toBe('Author')
    expect(isRole('editor')).toBe(true)
    expect(isRole('owner')).toBe(false)
  })
})
