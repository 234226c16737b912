import { resolve } from 'node:path'

/** The built SPA the server serves. */
export const WEB_DIST = resolve(import.meta.dirname, '../../dist')
/** Screenshots (git-ignored; two are copied to docs/screenshots for the README). */
export const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results')
