// Every procedure of the app router, found by walking the router itself (so a procedure added
// later is fuzzed without anyone remembering to list it), with the keys its input object
// accepts, read from its zod schema; and the request that calls one with raw JSON input.
import { appRouter } from '@quire/api'

export interface ProcedureInfo {
  path: string
  type: 'query' | 'mutation'
  /** Keys of the input object; undefined when the input is not an object schema (free-form, FormData, none). */
  keys: readonly string[] | undefined
  takesInput: boolean
}

interface ZodLike {
  shape?: Record<string, unknown>
  _zod?: { def: { type: string; innerType?: ZodLike } }
}

function objectKeys(schema: ZodLike | undefined): string[] | undefined {
  if (!schema) return undefined
  if (schema.shape) return Object.keys(schema.shape)
  const inner = schema._zod?.def.innerType
  return inner ? objectKeys(inner) : undefined
}

export function listProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>
  return Object.entries(procedures).map(([path, procedure]) => ({
    path,
    type: procedure._def.type === 'query' ? 'query' : 'mutation',
    keys: objectKeys(procedure._def.inputs[0] as ZodLike | undefined),
    takesInput: procedure._def.inputs.length > 0,
  }))
}

/** Field templates: `HOLE` is replaced by the hostile JSON; the other values are valid. */
export interface Template {
  /** The field the hostile value goes into. */
  field: string
  keys: readonly string[]
  json: string
}

export const HOLE = '"__HOLE__"'

export function fieldTemplates(ids: { postId: number | string }): Template[] {
  return [
    { field: 'collection', keys: ['collection'], json: `{"collection":${HOLE}}` },
    { field: 'where', keys: ['collection', 'where'], json: `{"collection":"posts","where":${HOLE}}` },
    { field: 'data', keys: ['collection', 'data'], json: `{"collection":"posts","data":${HOLE}}` },
    { field: 'data', keys: ['collection', 'id', 'data'], json: `{"collection":"posts","id":${JSON.stringify(ids.postId)},"data":${HOLE}}` },
    { field: 'id', keys: ['collection', 'id'], json: `{"collection":"posts","id":${HOLE}}` },
    { field: 'sort', keys: ['collection', 'sort'], json: `{"collection":"posts","sort":${HOLE}}` },
    { field: 'select', keys: ['collection', 'select'], json: `{"collection":"posts","select":${HOLE}}` },
    { field: 'depth', keys: ['collection', 'depth'], json: `{"collection":"posts","depth":${HOLE}}` },
    { field: 'limit', keys: ['collection', 'limit'], json: `{"collection":"posts","limit":${HOLE}}` },
    { field: 'page', keys: ['collection', 'page'], json: `{"collection":"posts","page":${HOLE}}` },
    { field: 'locale', keys: ['collection', 'locale'], json: `{"collection":"posts","locale":${HOLE}}` },
    { field: 'slug', keys: ['slug'], json: `{"slug":${HOLE}}` },
    { field: 'data', keys: ['slug', 'data'], json: `{"slug":"header","data":${HOLE}}` },
    // An unknown account: a wrong password for a real one would lock it (maxLoginAttempts).
    { field: 'email', keys: ['email', 'password'], json: `{"email":${HOLE},"password":"wrong-password"}` },
    { field: 'password', keys: ['email', 'password'], json: `{"email":"nobody@example.com","password":${HOLE}}` },
    { field: 'email', keys: ['email'], json: `{"email":${HOLE}}` },
    { field: 'token', keys: ['token', 'password'], json: `{"token":${HOLE},"password":"a-new-password"}` },
    { field: 'token', keys: ['token'], json: `{"token":${HOLE}}` },
    { field: 'id', keys: ['id'], json: `{"id":${HOLE}}` },
    { field: 'data', keys: ['id', 'data'], json: `{"id":${JSON.stringify(ids.postId)},"data":${HOLE}}` },
    { field: 'allSessions', keys: ['allSessions'], json: `{"allSessions":${HOLE}}` },
  ]
}

export function fill(template: Template, hostileJson: string): string {
  return template.json.replace(HOLE, () => hostileJson)
}

export function appliesTo(template: Template, procedure: ProcedureInfo): boolean {
  return procedure.keys !== undefined && template.keys.every((key) => procedure.keys!.includes(key))
}

export interface Reply {
  status: number
  text: string
  ms: number
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

/** Calls a procedure as the SPA would: queries over GET `?input=`, mutations as a POST body. */
export async function callProcedure(base: string, procedure: ProcedureInfo, inputJson: string | undefined, fetchFn: FetchLike): Promise<Reply> {
  const started = performance.now()
  const url = procedure.type === 'query' && inputJson !== undefined ? `${base}/trpc/${procedure.path}?input=${encodeURIComponent(inputJson)}` : `${base}/trpc/${procedure.path}`
  // A hang guard (it names the input that hung), not a speed check: far beyond any loaded reply.
  const signal = AbortSignal.timeout(120_000)
  const init: RequestInit = procedure.type === 'query' ? { signal } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: inputJson ?? '', signal }
  const response = await fetchFn(url, init)
  const text = await response.text()
  return { status: response.status, text, ms: performance.now() - started }
}
