// Population of relationship and upload fields by `depth` (reference §4.1, §4.3).
export { populateDocuments } from './populate-documents.ts'
export { defaultFetchDocuments } from './default-fetch-documents.ts'
export { populateSelectFor } from './populate-select.ts'
export type { FetchDocuments, PopulateArgs } from './types.ts'
