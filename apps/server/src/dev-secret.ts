// The development secret: generated once per checkout and kept in the data folder (mode 0600,
// like an SSH key), so sessions survive restarts without anyone choosing a weak password.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export const MIN_SECRET_LENGTH = 32

export function readOrCreateSecret(file: string): string {
  const existing = readSecret(file)
  if (existing !== undefined) return existing
  mkdirSync(dirname(file), { recursive: true })
  try {
    // 'wx': never overwrite; a second process starting at the same moment reads the winner's.
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
  }
  const created = readSecret(file)
  if (created === undefined) throw new Error(`Could not create the development secret at ${file}`)
  return created
}

function readSecret(file: string): string | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined
    throw error
  }
  const secret = text.trim()
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`${file} holds a secret shorter than ${MIN_SECRET_LENGTH} characters: delete it to generate a new one`)
  return secret
}
