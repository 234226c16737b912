// The product's config (@quire/cms) with what the HTTP tests need on top:
//   - posts readable by anyone when published (so "anonymous sees only what anonymous may"
//     has something to see), everything else as configured (default: signed-in users only);
//   - a hook that fails unexpectedly for one title, to check that internals never leak.
import cmsConfig from '@quire/cms/config'
import type { Access, BeforeChangeHook, SanitizedConfig } from '@quire/core'

export const EXPLODING_TITLE = 'explode with a secret'
export const SECRET_DETAIL = 'connection to 10.0.0.7 failed with password hunter2'

const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : { status: { equals: 'published' } })

const failUnexpectedly: BeforeChangeHook = ({ data }) => {
  if (data.title === EXPLODING_TITLE) throw new Error(SECRET_DETAIL)
  return data
}

export const testConfig: SanitizedConfig = {
  ...cmsConfig,
  collections: cmsConfig.collections.map((collection) =>
    collection.slug !== 'posts'
      ? collection
      : {
          ...collection,
          access: { ...collection.access, read: publishedOrSignedIn },
          hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), failUnexpectedly] },
        },
  ),
}
