// Population of relationship and upload fields by `depth` (docs/population.md#depth, docs/population.md#select).
export { populateDocuments } from './populate-documents.ts'
export { defaultFetchDocuments } from './default-fetch-documents.ts'
export { populateSelectFor } from './populate-select.ts'
export type { FetchDocuments, PopulateArgs } from './types.ts'
