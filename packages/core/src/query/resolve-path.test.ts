import { describe, expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import { queryTestConfig } from './query-test-config.ts'
import { collectionModel, resolvePath } from './resolve-path.ts'

const schema = buildStorageSchema(buildConfig(queryTestConfig))
const postsModel = collectionModel(schema, 'posts')

/** Steps as `kind:relation` and the leaf without model objects, to compare exactly. */
function shape(path: string) {
  const resolved = resolvePath(schema, postsModel, path)
  if (!resolved) return undefined
  const { leaf } = resolved
  return {
    steps: resolved.steps.map((step) => `${step.kind}:${step.relation}:${step.model.name}`),
    leaf: leaf.kind === 'column' ? leaf : { kind: leaf.kind, relation: leaf.relation, model: leaf.model.name, element: leaf.element },
  }
}

describe('resolvePath', () => {
  it('ends on columns: own, grouped, system, foreign keys', () => {
    expect(shape('meta.title')).toEqual({ steps: [], leaf: { kind: 'column', column: 'meta_title', value: 'text', nullable: true } })
    expect(shape('id')).toEqual({ steps: [], leaf: { kind: 'column', column: 'id', value: 'id', nullable: false } })
    expect(shape('updatedAt')).toEqual({ steps: [], leaf: { kind: 'column', column: 'updatedAt', value: 'date', nullable: false } })
    expect(shape('author.id')).toEqual({ steps: [], leaf: { kind: 'column', column: 'author', value: 'id', nullable: true } })
  })

  it('crosses to-one and to-many steps', () => {
    expect(shape('author.team.title')?.steps).toEqual(['toOne:author__rel:Users', 'toOne:team__rel:Teams'])
    expect(shape('tags.name')?.steps).toEqual(['toMany:tags:Posts_tags', 'toOne:tags__rel:Tags'])
    expect(shape('links.sub.id')).toEqual({
      steps: ['toMany:links:Posts_links', 'toMany:sub:Posts_links_sub'],
      leaf: { kind: 'column', column: 'id', value: 'rowId', nullable: false },
    })
  })

  it('ends on lists for hasMany, polymorphic and select hasMany fields', () => {
    expect(shape('tags.id')?.leaf).toEqual({ kind: 'list', relation: 'tags', model: 'Posts_tags', element: { kind: 'column', column: 'tags', value: 'id' } })
    expect(shape('categories')?.leaf).toEqual({ kind: 'list', relation: 'categories', model: 'Posts_categories', element: { kind: 'column', column: 'value', value: 'text' } })
    expect(shape('keywords')?.leaf).toEqual({ kind: 'list', relation: 'keywords', model: 'Posts_keywords', element: { kind: 'column', column: 'value', value: 'text', partial: true } })
    expect(shape('ratings')?.leaf).toEqual({ kind: 'list', relation: 'ratings', model: 'Posts_ratings', element: { kind: 'column', column: 'value', value: 'number' } })
    expect(shape('related.relationTo')?.leaf).toMatchObject({ kind: 'list', relation: 'related', element: { kind: 'relationTo' } })
    expect(shape('links')?.leaf).toEqual({ kind: 'list', relation: 'links', model: 'Posts_links', element: { kind: 'rows' } })
  })

  it('returns undefined for what cannot be queried', () => {
    for (const path of ['nope', 'meta', 'title.x', 'related.name', 'categories.value', 'ratings.0', 'links.', '', 'author.nope', 'createdAt.x']) {
      expect(shape(path), path).toBeUndefined()
    }
  })
})
