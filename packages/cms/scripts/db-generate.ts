// pnpm db:generate — writes prisma/schema.{sqlite,postgresql}.prisma from the config and
// packages/cms/src/quire-types.ts, and generates both Prisma clients into
// packages/cms/generated/<provider>.
//   --check         write nothing; exit 1 naming each schema file that differs from the config
//   --clients-only  only generate the clients from the committed schema files
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { generateClient } from '@quire/core/toolchain'
import { parseArgs } from 'node:util'
import { COMMON_OPTIONS, PROVIDERS, dbPaths, display, generatedFiles, loadConfig, runScript, schemaFile, staleSchemaFiles, type DbPaths } from './db-shared.ts'

const { values } = parseArgs({ options: { ...COMMON_OPTIONS, check: { type: 'boolean' }, 'clients-only': { type: 'boolean' } } })
const paths = dbPaths(values)

runScript(async () => {
  if (values['clients-only']) return generateClients(paths)
  const config = await loadConfig(paths.configPath)
  if (values.check) {
    const stale = await staleSchemaFiles(paths, config)
    if (stale.length > 0) {
      throw new Error(`${stale.join(' and ')} ${stale.length > 1 ? 'do' : 'does'} not match ${display(paths, paths.configPath)}; run \`pnpm db:generate\` and commit the result.`)
    }
    console.log('✓ Prisma schemas and types match the config.')
    return
  }
  await mkdir(paths.prismaDir, { recursive: true })
  for (const { file, text } of generatedFiles(paths, config)) {
    const current = await readFile(file, 'utf8').catch(() => null)
    if (current === text) continue
    await writeFile(file, text)
    console.log(`✓ wrote ${display(paths, file)}`)
  }
  await generateClients(paths)
})

async function generateClients(paths: DbPaths): Promise<void> {
  await Promise.all(
    PROVIDERS.map(async (provider) => {
      const file = schemaFile(paths, provider)
      await readFile(file).catch(() => {
        throw new Error(`${display(paths, file)} is missing; run \`pnpm db:generate\` first.`)
      })
      await generateClient({ schemaPath: file, provider })
      console.log(`✓ generated the ${provider} client from ${display(paths, file)}`)
    }),
  )
}
