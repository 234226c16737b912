// Adding a person (admins only): name, email, role and an initial password they can change on
// the Account page. Checked here where cheap; the API's refusals (a taken email address) show
// next to the field they concern. `onAdded` hears who was added, for the page's notice.
import { useState, type FormEvent } from 'react'
import { errorMessage, fieldErrorsOf } from '../../api/errors.ts'
import { trpc } from '../../api/trpc.ts'
import { SelectField } from '../../components/select-field.tsx'
import { TextField } from '../../components/text-field.tsx'
import { zodFieldErrors } from '../../forms/zod-field-errors.ts'
import { EMPTY_PERSON, newPersonSchema, ROLE_OPTIONS, type NewPersonValues } from './person-schema.ts'

const FIELDS = new Set<string>(['name', 'email', 'role', 'password'])

export function AddPersonForm({ onAdded }: { onAdded: (name: string) => void }) {
  const utils = trpc.useUtils()
  const create = trpc.collections.create.useMutation()
  const [values, setValues] = useState<NewPersonValues>(EMPTY_PERSON)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setProblem(null)
    const parsed = newPersonSchema.safeParse(values)
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error))
    if (!parsed.success) return
    const { confirm: _confirm, ...data } = parsed.data
    try {
      await create.mutateAsync({ collection: 'users', data, depth: 0 })
      setValues(EMPTY_PERSON)
      onAdded(data.name)
      await utils.collections.find.invalidate({ collection: 'users' })
    } catch (error) {
      const fields = fieldErrorsOf(error)
      setErrors(fields)
      if (!Object.keys(fields).some((name) => FIELDS.has(name))) setProblem(errorMessage(error))
    }
  }

  const field = (name: keyof NewPersonValues) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
    error: errors[name],
  })

  return (
    <section className="panel" aria-labelledby="add-person-heading">
      <h2 id="add-person-heading">Add a person</h2>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="person-fields">
          <TextField label="Name" autoComplete="off" required {...field('name')} />
          <TextField label="Email" type="email" autoComplete="off" required {...field('email')} />
          <TextField label="Initial password" type="password" autoComplete="new-password" hint="They can change it on their Account page." required {...field('password')} />
          <TextField label="Repeat the password" type="password" autoComplete="new-password" required {...field('confirm')} />
        </div>
        <SelectField label="Role" options={ROLE_OPTIONS} {...field('role')} />
        {problem && (
          <p className="error-message" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add person'}
        </button>
      </form>
    </section>
  )
}
