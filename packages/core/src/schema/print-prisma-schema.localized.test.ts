// The printer's localized storage (one column per locale, `locale__code` rows), exact text.
import { expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import { printPrismaSchema } from './print-prisma-schema.ts'

const config = buildConfig({
  secret: 'printer-test-secret-of-at-least-32-chars',
  db: { url: 'file:./unused.db' },
  localization: { locales: ['en', 'zh'], defaultLocale: 'en' },
  collections: [
    { slug: 'users', fields: [{ name: 'name', type: 'text' }] },
    {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text', localized: true, unique: true },
        { name: 'author', type: 'relationship', relationTo: 'users', localized: true },
        { name: 'flavours', type: 'select', hasMany: true, options: ['sweet', 'sour'], localized: true },
        { name: 'scores', type: 'number', hasMany: true, localized: true },
        { name: 'rows', type: 'array', fields: [{ name: 'label', type: 'text', localized: true }, { name: 'tags', type: 'text', hasMany: true }] },
        { name: 'meta', type: 'group', localized: true, fields: [{ name: 'note', type: 'text', localized: true }] },
      ],
    },
  ],
})

const MODELS = `model Users {
  id Int @id @default(autoincrement())
  createdAt DateTime @default(now())
  updatedAt DateTime @default(now())
  name String?
  posts_author_en__back Posts[] @relation("Posts_author_en")
  posts_author_zh__back Posts[] @relation("Posts_author_zh")

  @@index([createdAt])
  @@map("users")
}

model Posts {
  id Int @id @default(autoincrement())
  createdAt DateTime @default(now())
  updatedAt DateTime @default(now())
  title_en String? @unique
  title_zh String? @unique
  author_en Int?
  author_en__rel Users? @relation("Posts_author_en", fields: [author_en], references: [id], onDelete: SetNull)
  author_zh Int?
  author_zh__rel Users? @relation("Posts_author_zh", fields: [author_zh], references: [id], onDelete: SetNull)
  flavours Posts_flavours[] @relation("Posts_flavours_parent__id")
  scores Posts_scores[] @relation("Posts_scores_parent__id")
  rows Posts_rows[] @relation("Posts_rows_parent__id")
  meta_note_en String?
  meta_note_zh String?

  @@index([createdAt])
  @@index([author_en])
  @@index([author_zh])
  @@map("posts")
}

model Posts_flavours {
  id Int @id @default(autoincrement())
  parent__id Int
  parent__id__rel Posts @relation("Posts_flavours_parent__id", fields: [parent__id], references: [id], onDelete: Cascade)
  order__index Int
  locale__code String
  value String

  @@index([parent__id, locale__code, order__index])
  @@map("posts_flavours")
}

model Posts_scores {
  id Int @id @default(autoincrement())
  parent__id Int
  parent__id__rel Posts @relation("Posts_scores_parent__id", fields: [parent__id], references: [id], onDelete: Cascade)
  order__index Int
  locale__code String
  value Float

  @@index([parent__id, locale__code, order__index])
  @@map("posts_scores")
}

model Posts_rows {
  id String @id
  parent__id Int
  parent__id__rel Posts @relation("Posts_rows_parent__id", fields: [parent__id], references: [id], onDelete: Cascade)
  order__index Int
  label_en String?
  label_zh String?
  tags Posts_rows_tags[] @relation("Posts_rows_tags_parent__id")

  @@index([parent__id, order__index])
  @@map("posts_rows")
}

model Posts_rows_tags {
  id Int @id @default(autoincrement())
  parent__id String
  parent__id__rel Posts_rows @relation("Posts_rows_tags_parent__id", fields: [parent__id], references: [id], onDelete: Cascade)
  order__index Int
  value String

  @@index([parent__id, order__index])
  @@map("posts_rows_tags")
}

`

it('prints one column per locale, locale-tagged child rows, and per-locale unique and foreign keys', () => {
  const text = printPrismaSchema(buildStorageSchema(config), { provider: 'sqlite', output: '../generated/sqlite' })
  // A localized field inside a localized group is not localized again: one column per locale.
  expect(text.slice(text.indexOf('model Users'), text.indexOf('model QuireLocks'))).toBe(MODELS)
})
