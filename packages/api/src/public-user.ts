// The signed-in user as the network may see it. Auth adds bookkeeping to `req.user` for the
// server's own use (`_sid`: which session row, `_strategy`: how the user signed in); a
// leading underscore marks such internal fields, and none of them leaves the server.
// (Hidden fields — the password hash, reset tokens — are already left out by the Local API.)

export type PublicUser<T> = { [K in keyof T as K extends `_${string}` ? never : K]: T[K] }

export function publicUser<T extends object>(user: T): PublicUser<T>
export function publicUser<T extends object>(user: T | null): PublicUser<T> | null
export function publicUser<T extends object>(user: T | null): PublicUser<T> | null {
  if (user === null) return null
  return Object.fromEntries(Object.entries(user).filter(([key]) => !key.startsWith('_'))) as PublicUser<T>
}
