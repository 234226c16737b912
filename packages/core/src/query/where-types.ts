// The `where` language of Payload's Local API (docs/queries.md#the-where-language), minus the geo operators and
// Mongo-only `all`.
export const whereOperators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
] as const

export type WhereOperator = (typeof whereOperators)[number]

export type WhereField = { [operator in WhereOperator]?: unknown }

export interface Where {
  and?: Where[]
  or?: Where[]
  [path: string]: WhereField | Where[] | undefined
}

export type Sort = string | string[]
