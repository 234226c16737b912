// The part of a config a browser may see: what an admin screen needs to draw lists and forms
// (collections, globals, fields, admin hints, locales, auth and upload flags) and nothing else.
// Built by copying an allow-list of plain values, never by deleting from the config: hooks,
// access functions, validators, default functions, storage options, secrets and `hidden`
// fields cannot leak, because nothing that is not named here is copied.
import type { Field, SelectOption } from './fields.ts'
import type { GlobalConfig, SanitizedCollectionConfig, SanitizedConfig } from './types.ts'

export type ClientFieldPosition = 'sidebar'

export interface ClientFieldAdmin {
  description?: string
  position?: ClientFieldPosition
  readOnly?: boolean
  /** Kept out of forms and columns; the API still returns it (Payload's `admin.hidden`). */
  hidden?: boolean
  placeholder?: string
}

export interface ClientField {
  name: string
  type: Field['type']
  label: string
  required: boolean
  localized: boolean
  unique: boolean
  hasMany: boolean
  admin: ClientFieldAdmin
  /** A static default; a default computed on the server is shown as none. */
  defaultValue?: unknown
  options?: SelectOption[]
  relationTo?: string | string[]
  min?: number
  max?: number
  minLength?: number
  maxLength?: number
  minRows?: number
  maxRows?: number
  /** Group and array fields. */
  fields?: ClientField[]
}

export interface ClientCollection {
  slug: string
  labels: { singular: string; plural: string }
  fields: ClientField[]
  timestamps: boolean
  admin: { useAsTitle: string; defaultColumns: string[]; group?: string; description?: string; hidden?: boolean }
  /** Present on collections whose documents can log in. */
  auth?: { loginWithUsername: boolean; useAPIKey: boolean; verify: boolean }
  /** Present on collections that hold files. */
  upload?: { mimeTypes: string[]; filesizeLimit?: number; imageSizes: string[] }
}

export interface ClientGlobal {
  slug: string
  label: string
  fields: ClientField[]
  admin: { group?: string; description?: string; hidden?: boolean }
}

export interface ClientConfig {
  collections: ClientCollection[]
  globals: ClientGlobal[]
  localization: { locales: Array<{ code: string; label: string; rtl: boolean }>; defaultLocale: string } | null
}

/** The serialisable, browser-safe description of a sanitized config. */
export function toClientConfig(config: SanitizedConfig): ClientConfig {
  return {
    collections: config.collections.map(clientCollection),
    globals: config.globals.map(clientGlobal),
    localization: config.localization
      ? {
          defaultLocale: config.localization.defaultLocale,
          locales: config.localization.locales.map((locale) =>
            typeof locale === 'string' ? { code: locale, label: locale, rtl: false } : { code: locale.code, label: locale.label ?? locale.code, rtl: locale.rtl === true },
          ),
        }
      : null,
  }
}

function clientCollection(collection: SanitizedCollectionConfig): ClientCollection {
  const fields = clientFields(collection.fields)
  const admin = adminRecord(collection.admin)
  const useAsTitle = stringOf(admin.useAsTitle) ?? 'id'
  const defaultColumns = stringsOf(admin.defaultColumns) ?? [useAsTitle, ...fields.filter((field) => field.name !== useAsTitle && !field.admin.hidden).slice(0, 3).map((field) => field.name)]
  const plural = collection.labels?.plural ?? toWords(collection.slug)
  return {
    slug: collection.slug,
    labels: { singular: collection.labels?.singular ?? singularOf(plural), plural },
    fields,
    timestamps: collection.timestamps,
    admin: withoutUndefined({ useAsTitle, defaultColumns, group: stringOf(admin.group), description: stringOf(admin.description), hidden: admin.hidden === true ? true : undefined }),
    ...(collection.auth ? { auth: clientAuth(collection.auth) } : {}),
    ...(collection.upload ? { upload: clientUpload(collection.upload) } : {}),
  }
}

function clientGlobal(global: GlobalConfig): ClientGlobal {
  const admin = adminRecord(global.admin)
  return {
    slug: global.slug,
    label: global.label ?? toWords(global.slug),
    fields: clientFields(global.fields),
    admin: withoutUndefined({ group: stringOf(admin.group), description: stringOf(admin.description), hidden: admin.hidden === true ? true : undefined }),
  }
}

function clientAuth(auth: NonNullable<SanitizedCollectionConfig['auth']>): NonNullable<ClientCollection['auth']> {
  const options = auth === true ? {} : auth
  return { loginWithUsername: Boolean(options.loginWithUsername), useAPIKey: options.useAPIKey === true, verify: Boolean(options.verify) }
}

function clientUpload(upload: NonNullable<SanitizedCollectionConfig['upload']>): NonNullable<ClientCollection['upload']> {
  const options = upload === true ? {} : upload
  return withoutUndefined({ mimeTypes: [...(options.mimeTypes ?? [])], filesizeLimit: options.filesizeLimit, imageSizes: (options.imageSizes ?? []).map((size) => size.name) })
}

/** Fields a browser may know of: `hidden` ones (secrets such as password hashes) are left out entirely. */
export function clientFields(fields: readonly Field[]): ClientField[] {
  return fields.filter((field) => field.hidden !== true).map(clientField)
}

function clientField(field: Field): ClientField {
  const limits = field as Partial<Record<'min' | 'max' | 'minLength' | 'maxLength' | 'minRows' | 'maxRows', unknown>>
  const admin = adminRecord(field.admin)
  return withoutUndefined({
    name: field.name,
    type: field.type,
    label: field.label ?? toWords(field.name),
    required: field.required === true,
    localized: field.localized === true,
    unique: 'unique' in field && field.unique === true,
    hasMany: field.hasMany === true,
    admin: withoutUndefined({
      description: stringOf(admin.description),
      position: admin.position === 'sidebar' ? ('sidebar' as const) : undefined,
      readOnly: admin.readOnly === true ? true : undefined,
      hidden: admin.hidden === true ? true : undefined,
      placeholder: stringOf(admin.placeholder),
    }),
    defaultValue: typeof field.defaultValue === 'function' ? undefined : plainJson(field.defaultValue),
    options: field.type === 'select' || field.type === 'radio' ? field.options.map((option) => (typeof option === 'string' ? { label: option, value: option } : { label: option.label, value: option.value })) : undefined,
    relationTo: field.type === 'relationship' || field.type === 'upload' ? field.relationTo : undefined,
    min: numberOf(limits.min),
    max: numberOf(limits.max),
    minLength: numberOf(limits.minLength),
    maxLength: numberOf(limits.maxLength),
    minRows: numberOf(limits.minRows),
    maxRows: numberOf(limits.maxRows),
    fields: field.type === 'group' || field.type === 'array' ? clientFields(field.fields) : undefined,
  })
}

/** `publishedAt` → "Published At", `hero-image` → "Hero Image" (how Payload labels an unlabelled field). */
export function toWords(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[-_\s]+/)
    .filter((word) => word.length > 0)
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
}

/** "Categories" → "Category", "Posts" → "Post": English plurals only; set `labels` for anything else. */
function singularOf(plural: string): string {
  if (/ies$/.test(plural)) return plural.slice(0, -3) + 'y'
  if (/[^s]s$/.test(plural)) return plural.slice(0, -1)
  return plural
}

function adminRecord(admin: unknown): Record<string, unknown> {
  return admin !== null && typeof admin === 'object' ? (admin as Record<string, unknown>) : {}
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function stringsOf(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item): item is string => typeof item === 'string') ? [...value] : undefined
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** A default as JSON carries it (a Date becomes its ISO text); one JSON cannot carry is left out. */
function plainJson(value: unknown): unknown {
  if (value === undefined) return undefined
  try {
    const text = JSON.stringify(value)
    return text === undefined ? undefined : (JSON.parse(text) as unknown)
  } catch {
    return undefined
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}
