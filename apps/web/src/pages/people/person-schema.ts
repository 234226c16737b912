// The "Add a person" form's client-side checks: only what is cheap to know here (a name, an
// email's format, core's minimum password length, the repeated password). The API stays the
// judge of the rest (a taken email address comes back as a field error).
import { emailInput, passwordInput } from '@quire/api/client'
import { z } from 'zod'
import { PASSWORD_MIN_LENGTH } from '../../forms/auth-schemas.ts'

/** The product's roles (cms/src/access/roles.ts), as the users collection labels them. */
export const ROLES = ['admin', 'editor', 'author'] as const
export type PersonRole = (typeof ROLES)[number]
export const ROLE_OPTIONS = [
  { value: 'admin', label: 'Admin' },
  { value: 'editor', label: 'Editor' },
  { value: 'author', label: 'Author' },
] as const satisfies readonly { value: PersonRole; label: string }[]

export function roleLabel(role: string | null | undefined): string {
  return ROLE_OPTIONS.find((option) => option.value === role)?.label ?? 'Author'
}

export function isRole(value: string): value is PersonRole {
  return (ROLES as readonly string[]).includes(value)
}

export const newPersonSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a name.').max(200, 'That name is too long.'),
    email: z.string().trim().min(1, 'Enter an email address.').pipe(emailInput).pipe(z.email('Enter a valid email address.')),
    role: z.enum(ROLES, 'Choose a role.'),
    password: z.string().min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`).pipe(passwordInput),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'The two passwords are not the same.' })

export type NewPersonValues = z.input<typeof newPersonSchema>
export const EMPTY_PERSON: NewPersonValues = { name: '', email: '', role: 'author', password: '', confirm: '' }
