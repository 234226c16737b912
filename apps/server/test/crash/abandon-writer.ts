// A process killed at the one moment the orphan sweep exists for: an upload's files are on disk
// and its transaction has not committed. It creates (or, with `update <id>`, replaces the file
// of) an upload document; a hook after the upload's own afterChange prints the file names the
// write produced and then waits for the SIGKILL the parent sends.
// Usage: abandon-writer.ts <provider> <database url> <root dir> create|update [id]
import { writeSync } from 'node:fs'
import { getQuire, type Provider } from '@quire/core'
// The generated client of this config, as the test harness caches it (not exported by @quire/core/testing).
import { cachedClient } from '../../../../packages/core/src/testing/client-cache.ts'
import { crashConfig, seededPng } from './crash-config.ts'

const [providerArg, url, root, mode, idArg] = process.argv.slice(2)
if (!providerArg || !url || !root || (mode !== 'create' && mode !== 'update')) throw new Error('usage: abandon-writer.ts <provider> <url> <root> create|update [id]')
const provider = providerArg as Provider
const base = crashConfig(root, {
  filesAfterChange: async ({ doc }) => {
    const sizes = doc.sizes as { thumb?: { filename?: string | null } } | undefined
    writeSync(1, `${JSON.stringify({ t: 'files-written', filename: doc.filename, thumb: sizes?.thumb?.filename ?? null })}\n`)
    await new Promise(() => undefined)
  },
})
const config = { ...base, db: { url, clients: { [provider]: async () => (await cachedClient(base, provider)).PrismaClient } } }
const quire = await getQuire({ config })
const bytes = seededPng(9000 + Number(idArg ?? 0))
const file = { data: bytes, mimetype: 'image/png', name: 'abandoned.png', size: bytes.length }
if (mode === 'create') await quire.create({ collection: 'files', data: { seq: 9000 }, file })
else await quire.update({ collection: 'files', id: Number(idArg), data: {}, file })
