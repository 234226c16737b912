// The signed-in user as the SPA shows it. The API returns the user document untyped (the
// router is generic over collections), so the fields the SPA relies on are read with checks.
export interface SessionUser {
  id: number | string
  email: string
  name: string
  collection: string
}

export function toSessionUser(user: unknown): SessionUser | null {
  if (typeof user !== 'object' || user === null) return null
  const record = user as Record<string, unknown>
  const id = record.id
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const email = typeof record.email === 'string' ? record.email : ''
  return {
    id,
    email,
    name: typeof record.name === 'string' && record.name !== '' ? record.name : email,
    collection: typeof record.collection === 'string' ? record.collection : 'users',
  }
}
