// The `upload` collection feature: at buildConfig time an upload collection gets its file
// fields, its storage and the built-in hooks that do the work (upload-hooks.ts). Hooks are
// placed so user hooks see Payload's order: file data is ready before user beforeValidate
// hooks run, and files are on storage before user afterChange hooks run.
import { registerCollectionFeature } from '../config/collection-features.ts'
import type { CollectionHooks } from '../config/hooks-and-access.ts'
import type { CollectionConfig } from '../config/types.ts'
import { createLocalDiskStorage } from './local-disk-storage.ts'
import { checkUploadOptions, resolveUploadOptions } from './resolve-upload-options.ts'
import { registerUploadStorage, uploadStorageFor } from './storage-registry.ts'
import { reserveUpload } from './reserve-upload.ts'
import type { ResolvedUploadOptions } from './types.ts'
import { uploadFieldNames, uploadFields } from './upload-fields.ts'
import { uploadHooks } from './upload-hooks.ts'

registerCollectionFeature({
  name: 'upload',
  appliesTo: (collection) => Boolean(collection.upload),
  check(collection) {
    const problems = checkUploadOptions(collection)
    if (problems.length > 0) return problems
    const taken = new Set((collection.fields ?? []).map((field) => field?.name))
    for (const name of uploadFieldNames(resolveUploadOptions(collection))) {
      if (taken.has(name)) problems.push(`${collection.slug}.fields.${name}: the upload feature adds "${name}" itself; remove this field`)
    }
    return problems
  },
  extend(collection) {
    const options = resolveUploadOptions(collection)
    const context = { slug: collection.slug, staticDir: options.staticDir, urlPrefix: options.urlPrefix }
    const storage = options.storage ? options.storage(context) : createLocalDiskStorage({ root: options.staticDir, urlPrefix: options.urlPrefix })
    registerUploadStorage(options, storage)
    const hooks = uploadHooks(collection.slug, options, storage)
    const own = collection.hooks ?? {}
    const merged: CollectionHooks = {
      ...own,
      beforeOperation: [...(own.beforeOperation ?? []), hooks.beforeOperation],
      beforeValidate: [hooks.beforeValidate, ...(own.beforeValidate ?? [])],
      beforeChange: [...(own.beforeChange ?? []), hooks.beforeChange],
      afterChange: [hooks.afterChange, ...(own.afterChange ?? [])],
      beforeDelete: [...(own.beforeDelete ?? []), hooks.beforeDelete],
      afterDelete: [...(own.afterDelete ?? []), hooks.afterDelete],
    }
    const extended: CollectionConfig = {
      ...collection,
      upload: options,
      fields: [...collection.fields, ...uploadFields(options, (key) => storage.url(key))],
      hooks: merged,
    }
    return extended
  },
  async beforeTransaction(args) {
    const storage = uploadStorageFor(args.collection)
    if (!storage) return
    const options = args.collection.upload as ResolvedUploadOptions
    const sizeNames = options.imageSizes.map((size) => size.name)
    await reserveUpload({ quire: args.req.quire, slug: args.collection.slug, storage, options, sizeNames }, args)
  },
})
