// Storage-level name checks: model, table and column names derived from the config must be
// unique. (Names too long for PostgreSQL are shortened with a hash by names.ts, so they fit and
// stay distinct.) Quire's system tables (document locks) are in every schema, so their names
// are reserved: a slug or field that maps onto one is an error.
import type { FieldStorage, ModelStorage, StorageSchema } from '../storage/storage-model.ts'
import { walkStorage } from '../storage/storage-model.ts'
import { physicalColumns } from '../storage/localized-storage.ts'

export function checkStorageNames(schema: StorageSchema, problems: string[]): void {
  const models = new Map<string, string>()
  const tables = new Map<string, string>()
  const systemModels = schema.models.filter((model) => model.kind === 'system')
  for (const model of systemModels) {
    models.set(model.name, systemOwner(model))
    tables.set(model.table, systemOwner(model))
  }
  for (const model of schema.models) {
    if (model.kind === 'system') continue
    const owner = describe(model)
    claim(models, model.name, owner, 'model', problems)
    claim(tables, model.table, owner, 'table', problems)
    checkColumns(model, problems)
  }
}

function checkColumns(model: ModelStorage, problems: string[]): void {
  const columns = new Map<string, string>()
  for (const storage of walkStorage(model.fields)) {
    for (const name of namesOf(storage)) claim(columns, name, `${describe(model)}.${storage.path.join('.')}`, 'column', problems)
  }
}

function namesOf(storage: FieldStorage): string[] {
  switch (storage.kind) {
    case 'column':
    case 'foreignKey':
      // Localized: every locale's column (and relation field), so `title_en` the field and
      // `title` localized in `en` are caught as the collision they are.
      return physicalColumns(storage).flatMap(({ column, relation }) => (relation ? [column, relation] : [column]))
    case 'group':
      return []
    default:
      return [storage.relation]
  }
}

function claim(seen: Map<string, string>, name: string, owner: string, what: string, problems: string[]): void {
  const previous = seen.get(name)
  if (previous !== undefined) {
    const fix = previous.startsWith(SYSTEM_OWNER) ? 'that name is reserved; rename the collection, global or field' : 'rename one of them'
    problems.push(`${owner}: its ${what} name "${name}" collides with ${previous}; ${fix}`)
    return
  }
  seen.set(name, owner)
}

function describe(model: ModelStorage): string {
  return model.table
}

const SYSTEM_OWNER = "Quire's system table"

function systemOwner(model: ModelStorage): string {
  return `${SYSTEM_OWNER} "${model.table}"`
}
