import { trpc } from '../api/trpc.ts'
import { asPage, type Category } from './content-types.ts'

/** Every category (the model has a handful; 100 is the API's page maximum), by name. */
export function useCategories() {
  const query = trpc.collections.find.useQuery({ collection: 'categories', limit: 100, sort: 'name', depth: 0 }, { staleTime: 60_000 })
  return { ...query, categories: query.data ? asPage<Category>(query.data).docs : [] }
}
