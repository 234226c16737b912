// The SPA imports only types and client-safe modules from the server packages. If a server
// module slipped in (a value import from @quire/api's root, from @quire/core…), the build would
// carry its code, or fail on `node:` imports: this checks what the browser actually downloads.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WEB_DIST } from './support/paths.ts'

const SERVER_ONLY = [/PrismaClient/, /@prisma\//, /better-sqlite3/, /\bsharp\b/, /nodemailer/, /iron-session/, /node:(fs|crypto|path|http)/, /scryptSync|createHash\(/]

describe('the built SPA', () => {
  it('ships no server code', async () => {
    const assets = join(WEB_DIST, 'assets')
    const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    for (const name of scripts) {
      const code = await readFile(join(assets, name), 'utf8')
      expect(SERVER_ONLY.filter((pattern) => pattern.test(code)).map(String), name).toEqual([])
    }
  })

  it('has an index.html that loads the app', async () => {
    const html = await readFile(join(WEB_DIST, 'index.html'), 'utf8')
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/)
    expect(html).toContain('<div id="root"></div>')
  })
})
