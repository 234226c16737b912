// @quire/cms: this product's content model and its generated types.
export { default as config } from './config.ts'
export type * from './quire-types.ts'
export { databaseIdentity, mediaRootFor } from './database-identity.ts'
