// Files over a document's life: unique names, overwriteExistingFiles, replace, delete,
// duplicate and focal-point recuts — and that no file outlives a failed write.
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testProviders } from '../src/testing/index.ts'
import { file, filesIn, png, splitImage } from './fixtures/upload-files.ts'
import { observed, setupUploads, type UploadsSetup } from './fixtures/uploads-config.ts'

describe.each(testProviders())('upload lifecycle on %s', (provider) => {
  let setup: UploadsSetup
  const mediaFiles = (): Promise<string[]> => filesIn(setup.dir('media'))
  const createMedia = async (name: string, width = 400, height = 400, extra: Record<string, unknown> = {}) =>
    setup.quire.create({ collection: 'media', data: { alt: name, ...extra }, file: file(await png(width, height), name) })

  beforeAll(async () => {
    setup = await setupUploads(provider)
  })
  afterAll(() => setup.cleanup())
  beforeEach(async () => {
    await setup.quire.delete({ collection: 'media', where: {} })
    observed.existedDuringTransaction = {}
  })

  it('names are unique: photo.png → photo-1.png → photo-2.png; a base ending in -N counts on', async () => {
    const names = []
    for (let index = 0; index < 3; index += 1) names.push((await createMedia('photo.png', 10, 10)).filename)
    names.push((await createMedia('photo-1.png', 10, 10)).filename)
    expect(names).toEqual(['photo.png', 'photo-1.png', 'photo-2.png', 'photo-3.png'])
  })

  it('a file in storage that no document names still takes its name', async () => {
    await writeFile(join(setup.dir('media'), 'stray.png'), 'not mine')
    expect((await createMedia('stray.png', 10, 10)).filename).toBe('stray-1.png')
    expect(await readFile(join(setup.dir('media'), 'stray.png'), 'utf8')).toBe('not mine')
    await rm(join(setup.dir('media'), 'stray.png'))
  })

  it("a size can never overwrite another document's original", async () => {
    await createMedia('shot-300x300.png', 10, 10)
    const big = await createMedia('shot.png', 400, 400)
    expect(big).toMatchObject({ filename: 'shot-1.png', sizes: { thumbnail: { filename: 'shot-1-300x300.png' } } })
  })

  it("a name held by another document's size is taken, even when its file went missing from storage", async () => {
    await createMedia('pic.png', 400, 400)
    await rm(join(setup.dir('media'), 'pic-300x300.png'))
    expect((await createMedia('pic-300x300.png', 10, 10)).filename).toBe('pic-300x300-1.png')
  })

  it('replacing the file: new names, old files kept until the commit and removed after it', async () => {
    const doc = await createMedia('before.png')
    const updated = await setup.quire.update({
      collection: 'media',
      id: doc.id,
      data: {},
      file: file(await png(500, 500), 'after.png'),
      context: { checkExists: ['before.png', 'before-300x300.png', 'after.png'] },
    })
    expect(updated).toMatchObject({ filename: 'after.png', width: 500, sizes: { thumbnail: { filename: 'after-300x300.png' } } })
    expect(observed.existedDuringTransaction).toEqual({ 'before.png': true, 'before-300x300.png': true, 'after.png': true })
    expect(await mediaFiles()).toEqual(['after-300x300.png', 'after.png'])
  })

  it('overwriteExistingFiles keeps the name and replaces the bytes; nothing in use is removed', async () => {
    const doc = await createMedia('same.png', 400, 400)
    const replacement = await png(400, 400, '#ff0000')
    const updated = await setup.quire.update({ collection: 'media', id: doc.id, data: {}, file: file(replacement, 'same.png'), overwriteExistingFiles: true })
    expect(updated.filename).toBe('same.png')
    expect(new Uint8Array(await readFile(join(setup.dir('media'), 'same.png')))).toEqual(replacement)
    expect(await mediaFiles()).toEqual(['same-300x300.png', 'same.png'])
  })

  it("overwriteExistingFiles never replaces another document's file (original or size): a free name is picked", async () => {
    await createMedia('mine.png', 400, 400)
    const thumbnail = await readFile(join(setup.dir('media'), 'mine-300x300.png'))
    const original = await readFile(join(setup.dir('media'), 'mine.png'))
    const other = await setup.quire.create({ collection: 'media', data: { alt: 'other' }, file: file(await png(10, 10, '#ff0000'), 'mine.png'), overwriteExistingFiles: true })
    const sized = await setup.quire.create({ collection: 'media', data: { alt: 'sized' }, file: file(await png(10, 10, '#ff0000'), 'mine-300x300.png'), overwriteExistingFiles: true })
    expect([other.filename, sized.filename]).toEqual(['mine-1.png', 'mine-300x300-1.png'])
    expect(await readFile(join(setup.dir('media'), 'mine.png'))).toEqual(original)
    expect(await readFile(join(setup.dir('media'), 'mine-300x300.png'))).toEqual(thumbnail)
  })

  it('a failed replace removes the new files and puts back what an overwrite replaced', async () => {
    const doc = await createMedia('keep.png')
    const original = await readFile(join(setup.dir('media'), 'keep.png'))
    await expect(setup.quire.update({ collection: 'media', id: doc.id, data: {}, file: file(await png(500, 500), 'new.png'), context: { failAfterChange: true } })).rejects.toThrow('afterChange failed')
    await expect(setup.quire.update({ collection: 'media', id: doc.id, data: {}, file: file(await png(450, 450, '#00ff00'), 'keep.png'), overwriteExistingFiles: true, context: { failAfterChange: true } })).rejects.toThrow('afterChange failed')
    expect(await mediaFiles()).toEqual(['keep-300x300.png', 'keep.png'])
    expect(await readFile(join(setup.dir('media'), 'keep.png'))).toEqual(original)
    expect(await setup.quire.findByID({ collection: 'media', id: doc.id })).toMatchObject({ filename: 'keep.png', width: 400 })
  })

  it('a failed create leaves no file and no row (hook throwing after the files were written)', async () => {
    await expect(
      setup.quire.create({ collection: 'media', data: { alt: 'doomed' }, file: file(await png(800, 600), 'doomed.png'), context: { failAfterChange: true, checkExists: ['doomed.png', 'doomed-768x576.png'] } }),
    ).rejects.toThrow('afterChange failed')
    expect(observed.existedDuringTransaction).toEqual({ 'doomed.png': true, 'doomed-768x576.png': true })
    expect(await mediaFiles()).toEqual([])
    expect((await setup.quire.count({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('a create failing validation writes no file at all', async () => {
    await expect(setup.quire.create({ collection: 'media', data: {}, file: file(await png(400, 400), 'invalid.png') })).rejects.toThrow('The following field is invalid: Alt')
    expect(await mediaFiles()).toEqual([])
  })

  it('a media create nested in a failing outer write (a hook of posts) leaves no file', async () => {
    const nestedFile = file(await png(400, 400), 'nested.png')
    await expect(setup.quire.create({ collection: 'posts', data: { title: 'outer' }, context: { nestedFile, failAfterNested: true } })).rejects.toThrow('outer failed')
    expect(await mediaFiles()).toEqual([])
    expect((await setup.quire.count({ collection: 'posts' })).totalDocs).toBe(0)
    await setup.quire.create({ collection: 'posts', data: { title: 'outer' }, context: { nestedFile } })
    expect(await mediaFiles()).toEqual(['nested-300x300.png', 'nested.png'])
    await setup.quire.delete({ collection: 'posts', where: {} })
  })

  it('delete: files stay until the commit, then go; a failed delete keeps row and files', async () => {
    const doc = await createMedia('gone.png')
    await expect(setup.quire.delete({ collection: 'media', id: doc.id, context: { failAfterDelete: true } })).rejects.toThrow('afterDelete failed')
    await expect(setup.quire.delete({ collection: 'media', id: doc.id, context: { failAfterOperation: true } })).rejects.toThrow('afterOperation failed')
    expect(await mediaFiles()).toEqual(['gone-300x300.png', 'gone.png'])
    expect((await setup.quire.findByID({ collection: 'media', id: doc.id })).filename).toBe('gone.png')
    await setup.quire.delete({ collection: 'media', id: doc.id, context: { checkExists: ['gone.png'] } })
    expect(observed.existedDuringTransaction).toEqual({ 'gone.png': true })
    expect(await mediaFiles()).toEqual([])
  })

  it('delete by where removes the files of every deleted document', async () => {
    await createMedia('one.png')
    await createMedia('two.png', 10, 10)
    const result = await setup.quire.delete({ collection: 'media', where: { alt: { like: 'o' } } })
    expect(result.errors).toEqual([])
    expect(await mediaFiles()).toEqual([])
  })

  it('update by where with a file gives each document its own copy and removes their old files', async () => {
    await createMedia('a.png', 10, 10, { caption: 'batch' })
    await createMedia('b.png', 10, 10, { caption: 'batch' })
    const result = await setup.quire.update({ collection: 'media', where: { caption: { equals: 'batch' } }, data: {}, file: file(await png(20, 20), 'shared.png') })
    expect(result.errors).toEqual([])
    expect(result.docs.map((doc) => doc.filename).sort()).toEqual(['shared-1.png', 'shared.png'])
    expect(await mediaFiles()).toEqual(['shared-1.png', 'shared.png'])
  })

  it('update by where: a document that fails keeps its old files and leaves no new ones', async () => {
    await createMedia('ok.png', 10, 10, { caption: 'mixed' })
    await createMedia('bad.png', 10, 10, { caption: 'mixed' })
    const result = await setup.quire.update({ collection: 'media', where: { caption: { equals: 'mixed' } }, data: {}, file: file(await png(20, 20), 'fresh.png'), context: { failForAlt: 'bad.png' } })
    expect(result.errors.map((error) => error.message)).toEqual(['afterChange failed'])
    const bad = await setup.quire.find({ collection: 'media', where: { alt: { equals: 'bad.png' } } })
    expect(bad.docs.map((doc) => doc.filename)).toEqual(['bad.png'])
    // The failed document's new file (written, then rolled back to its savepoint) is swept after the commit.
    const okName = result.docs[0]!.filename as string
    expect(okName).toMatch(/^fresh(-1)?\.png$/)
    expect(await mediaFiles()).toEqual(['bad.png', okName])
  })

  it('duplicate copies the files under new names; each document owns its own', async () => {
    const source = await createMedia('orig.png')
    const copy = await setup.quire.duplicate({ collection: 'media', id: source.id })
    expect(copy).toMatchObject({ alt: 'orig.png', filename: 'orig-1.png', width: 400, sizes: { thumbnail: { filename: 'orig-1-300x300.png', width: 300 } } })
    expect(await readFile(join(setup.dir('media'), 'orig-1.png'))).toEqual(await readFile(join(setup.dir('media'), 'orig.png')))
    await setup.quire.delete({ collection: 'media', id: copy.id })
    expect(await mediaFiles()).toEqual(['orig-300x300.png', 'orig.png'])
  })

  it('a failed duplicate leaves no copies', async () => {
    const source = await createMedia('src.png')
    await expect(setup.quire.duplicate({ collection: 'media', id: source.id, context: { failAfterChange: true } })).rejects.toThrow('afterChange failed')
    expect(await mediaFiles()).toEqual(['src-300x300.png', 'src.png'])
  })

  it('a new focal point recuts the sizes in place; a failed recut restores them', async () => {
    const doc = await setup.quire.create({ collection: 'media', data: { alt: 'split' }, file: file(await splitImage(900, 300), 'split.png') })
    const thumbnail = join(setup.dir('media'), 'split-300x300.png')
    const centred = await readFile(thumbnail)
    await expect(setup.quire.update({ collection: 'media', id: doc.id, data: { focalX: 0 }, context: { failAfterChange: true } })).rejects.toThrow('afterChange failed')
    expect(await readFile(thumbnail)).toEqual(centred)
    const updated = await setup.quire.update({ collection: 'media', id: doc.id, data: { focalX: 0 } })
    expect(updated).toMatchObject({ focalX: 0, filename: 'split.png', sizes: { thumbnail: { filename: 'split-300x300.png' } } })
    const left = await readFile(thumbnail)
    expect(left).not.toEqual(centred)
    expect(await mediaFiles()).toEqual(['split-300x300.png', 'split-768x256.png', 'split.png'])
  })

  it('disableTransaction: files stay with a row that stays; a storage failure undoes the row', async () => {
    await expect(setup.quire.create({ collection: 'media', data: { alt: 'kept' }, file: file(await png(10, 10), 'kept.png'), disableTransaction: true, context: { failAfterChange: true } })).rejects.toThrow('afterChange failed')
    expect(await mediaFiles()).toEqual(['kept.png'])
    expect((await setup.quire.count({ collection: 'media' })).totalDocs).toBe(1)

    setup.memory.failPuts = true
    try {
      await expect(setup.quire.create({ collection: 'memory', data: { title: 'lost' }, file: file(await png(40, 40), 'lost.png'), disableTransaction: true })).rejects.toThrow('storage unavailable')
      await expect(setup.quire.create({ collection: 'memory', data: { title: 'lost' }, file: file(await png(40, 40), 'lost.png') })).rejects.toThrow('storage unavailable')
    } finally {
      setup.memory.failPuts = false
    }
    expect((await setup.quire.count({ collection: 'memory', where: { title: { equals: 'lost' } } })).totalDocs).toBe(0)
    expect([...setup.memory.files.keys()].filter((key) => key.startsWith('lost'))).toEqual([])
  })
})
