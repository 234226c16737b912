// Payload's test/fields config (3.88.0), the collections of the field types Quire has, adapted:
// blocks, tabs, rows, collapsibles, UI fields, rich text editors, custom ids, versions, select
// filterOptions and timezones are left out (../README.md); a row's fields sit in the collection.
import { buildConfig } from '../../../src/config/build-config.ts'
import type { CollectionConfig } from '../../../src/config/types.ts'

export const defaultText = 'default-text'
export const defaultNumber = 5
export const arrayDefaultValue = [{ text: 'row one' }, { text: 'row two' }]
export const groupDefaultValue = 'set from parent'
export const groupDefaultChild = 'child takes priority'
const options = (...values: string[]) => values.map((value) => ({ label: `Value ${value[0]!.toUpperCase()}${value.slice(1)}`, value }))
const SIX = options('one', 'two', 'three', 'four', 'five', 'six')

const textFields: CollectionConfig = {
  slug: 'text-fields',
  defaultSort: 'id',
  fields: [
    { name: 'text', type: 'text', required: true, hooks: { beforeDuplicate: [({ value }) => `${String(value)} - duplicate`] } },
    { name: 'hiddenTextField', type: 'text', hidden: true },
    { name: 'localizedText', type: 'text', localized: true },
    { name: 'localizedRequiredText', type: 'text', localized: true, required: true, defaultValue: 'default' },
    { name: 'defaultString', type: 'text', defaultValue: defaultText },
    { name: 'defaultEmptyString', type: 'text', defaultValue: '' },
    { name: 'defaultFunction', type: 'text', defaultValue: () => defaultText },
    { name: 'defaultAsync', type: 'text', defaultValue: async () => Promise.resolve(defaultText) },
    { name: 'overrideLength', type: 'text', maxLength: 50000 },
    // Payload's default resolves after a second; any promise shows the same thing (the default is awaited before hooks).
    { name: 'fieldWithDefaultValue', type: 'text', defaultValue: async () => new Promise<string>((resolve) => setImmediate(() => resolve('some-value'))) },
    { name: 'dependentOnFieldWithDefaultValue', type: 'text', hooks: { beforeChange: [({ data }) => data.fieldWithDefaultValue || ''] } },
    { name: 'hasMany', type: 'text', hasMany: true },
    { name: 'hasManySecond', type: 'text', hasMany: true },
    { name: 'validatesHasMany', type: 'text', hasMany: true, minLength: 3 },
    { name: 'localizedHasMany', type: 'text', hasMany: true, localized: true },
    { name: 'withMinRows', type: 'text', hasMany: true, minRows: 2 },
    { name: 'withMaxRows', type: 'text', hasMany: true, maxRows: 4 },
    { name: 'defaultValueFromReq', type: 'text', defaultValue: async ({ req }) => Promise.resolve(req?.context.defaultValue as string) },
    { name: 'array', type: 'array', fields: [{ name: 'texts', type: 'text', hasMany: true }] },
  ],
}

const numberFields: CollectionConfig = {
  slug: 'number-fields',
  fields: [
    { name: 'number', type: 'number' },
    { name: 'min', type: 'number', min: 10 },
    { name: 'max', type: 'number', max: 10 },
    { name: 'positiveNumber', type: 'number', min: 0 },
    { name: 'negativeNumber', type: 'number', max: 0 },
    { name: 'decimalMin', type: 'number', min: 0.5 },
    { name: 'decimalMax', type: 'number', max: 0.5 },
    { name: 'defaultNumber', type: 'number', defaultValue: defaultNumber },
    { name: 'hasMany', type: 'number', hasMany: true, min: 5, max: 100 },
    { name: 'validatesHasMany', type: 'number', hasMany: true, validate: (value) => (value && !Array.isArray(value) ? 'value should be an array' : true) },
    { name: 'localizedHasMany', type: 'number', hasMany: true, localized: true },
    { name: 'withMinRows', type: 'number', hasMany: true, minRows: 2 },
    { name: 'array', type: 'array', fields: [{ name: 'numbers', type: 'number', hasMany: true }] },
  ],
}

const collections: CollectionConfig[] = [
  textFields,
  numberFields,
  { slug: 'row-fields', fields: [{ name: 'title', type: 'text', required: true, label: 'Title within a row' }] },
  {
    slug: 'relationship-fields',
    fields: [
      { name: 'text', type: 'text' },
      { name: 'relationship', type: 'relationship', relationTo: ['text-fields', 'array-fields'], required: true },
      { name: 'relationToSelf', type: 'relationship', relationTo: 'relationship-fields' },
      { name: 'array', type: 'array', fields: [{ name: 'relationship', type: 'relationship', relationTo: 'text-fields' }] },
      { name: 'relationToRow', type: 'relationship', relationTo: 'row-fields' },
      { name: 'relationToRowMany', type: 'relationship', relationTo: 'row-fields', hasMany: true },
      { name: 'relationHasManyPolymorphic', type: 'relationship', relationTo: ['text-fields', 'array-fields'], hasMany: true },
      { name: 'relationshipHasMany', type: 'relationship', relationTo: 'text-fields', hasMany: true },
      { name: 'relationshipDrawer', type: 'relationship', relationTo: 'text-fields' },
    ],
  },
  {
    slug: 'date-fields',
    fields: [
      { name: 'default', type: 'date', required: true },
      ...['timeOnly', 'dayOnly', 'dayAndTime', 'monthOnly'].map((name) => ({ name, type: 'date' as const })),
      { name: 'array', type: 'array', fields: [{ name: 'date', type: 'date' }] },
    ],
  },
  {
    slug: 'select-fields',
    fields: [
      { name: 'select', type: 'select', options: options('one', 'two', 'three') },
      { name: 'selectHasMany', type: 'select', hasMany: true, options: SIX },
      { name: 'array', type: 'array', fields: [{ name: 'selectHasMany', type: 'select', hasMany: true, options: SIX }, { name: 'group', type: 'group', fields: [{ name: 'selectHasMany', type: 'select', hasMany: true, options: SIX }] }] },
      { name: 'selectHasManyLocalized', type: 'select', hasMany: true, localized: true, options: options('one', 'two') },
    ],
  },
  {
    slug: 'point-fields',
    fields: [
      { name: 'point', type: 'point', label: 'Location', required: true },
      { name: 'camelCasePoint', type: 'point' },
      { name: 'localized', type: 'point', label: 'Localized Point', unique: true, localized: true },
      { name: 'group', type: 'group', fields: [{ name: 'point', type: 'point' }] },
    ],
  },
  { slug: 'checkbox-fields', fields: [{ name: 'checkbox', type: 'checkbox', required: true }, { name: 'checkboxNotRequired', type: 'checkbox' }] },
  {
    slug: 'indexed-fields',
    fields: [
      { name: 'text', type: 'text', index: true, required: true },
      { name: 'uniqueText', type: 'text', unique: true },
      { name: 'uniqueRelationship', type: 'relationship', relationTo: 'text-fields', unique: true },
      { name: 'uniqueRequiredText', type: 'text', defaultValue: 'uniqueRequired', required: true, unique: true },
      { name: 'localizedUniqueRequiredText', type: 'text', defaultValue: 'localizedUniqueRequired', localized: true, required: true, unique: true },
      { name: 'group', type: 'group', fields: [{ name: 'localizedUnique', type: 'text', localized: true, unique: true }, { name: 'unique', type: 'text', unique: true }] },
    ],
  },
  {
    slug: 'array-fields',
    fields: [
      { name: 'title', type: 'text' },
      {
        name: 'items',
        type: 'array',
        required: true,
        defaultValue: arrayDefaultValue,
        fields: [
          { name: 'text', type: 'text', required: true },
          { name: 'anotherText', type: 'text' },
          { name: 'localizedText', type: 'text', localized: true },
          {
            name: 'subArray',
            type: 'array',
            fields: [
              { name: 'text', type: 'text' },
              { name: 'textTwo', label: 'Second text field', type: 'text', required: true, defaultValue: 'default' },
              // Payload puts this one in a row, which is layout only.
              { name: 'textInRow', type: 'text', required: true, defaultValue: 'default' },
            ],
          },
        ],
      },
      { name: 'localized', type: 'array', localized: true, required: true, defaultValue: arrayDefaultValue, fields: [{ name: 'text', type: 'text', required: true }] },
      { name: 'nestedArrayLocalized', type: 'array', localized: true, fields: [{ name: 'array', type: 'array', fields: [{ name: 'text', type: 'text' }] }] },
    ],
  },
  {
    slug: 'group-fields',
    fields: [
      {
        label: 'Group Field',
        name: 'group',
        type: 'group',
        defaultValue: { defaultParent: groupDefaultValue },
        fields: [
          { name: 'text', type: 'text', required: true, defaultValue: groupDefaultValue },
          { name: 'defaultParent', type: 'text', defaultValue: groupDefaultChild },
          { name: 'defaultChild', type: 'text', defaultValue: groupDefaultChild },
          { name: 'subGroup', type: 'group', fields: [{ name: 'textWithinGroup', type: 'text' }, { name: 'arrayWithinGroup', type: 'array', fields: [{ name: 'textWithinArray', type: 'text' }] }] },
        ],
      },
      { name: 'arrayOfGroups', type: 'array', defaultValue: [{ groupItem: { text: 'Hello world' } }], fields: [{ name: 'groupItem', type: 'group', fields: [{ name: 'text', type: 'text' }] }] },
      { name: 'localizedGroup', type: 'group', localized: true, fields: [{ name: 'text', type: 'text' }] },
      { name: 'camelCaseGroup', type: 'group', fields: [{ name: 'array', type: 'array', fields: [{ name: 'text', type: 'text', localized: true }, { name: 'array', type: 'array', fields: [{ name: 'text', type: 'text' }] }] }] },
      { name: 'localizedGroupArr', type: 'group', localized: true, fields: [{ name: 'array', type: 'array', fields: [{ name: 'text', type: 'text' }] }] },
      { name: 'localizedGroupSelect', type: 'group', localized: true, fields: [{ name: 'select', type: 'select', hasMany: true, options: ['one', 'two'] }] },
      { name: 'localizedGroupRel', type: 'group', localized: true, fields: [{ name: 'email', type: 'relationship', relationTo: 'email-fields' }] },
      { name: 'localizedGroupManyRel', type: 'group', localized: true, fields: [{ name: 'email', type: 'relationship', relationTo: 'email-fields', hasMany: true }] },
      { name: 'localizedGroupPolyRel', type: 'group', localized: true, fields: [{ name: 'email', type: 'relationship', relationTo: ['email-fields'] }] },
      { name: 'localizedGroupPolyHasManyRel', type: 'group', localized: true, fields: [{ name: 'email', type: 'relationship', relationTo: ['email-fields'], hasMany: true }] },
    ],
  },
  { slug: 'json-fields', fields: [{ name: 'json', type: 'json' }] },
  { slug: 'email-fields', fields: [{ name: 'email', type: 'email' }] },
]

export const fieldsConfig = buildConfig({
  secret: 'parity-fields-secret-0123456789abcdef',
  db: { url: 'file:./unused.db' },
  localization: { locales: ['en', 'es'], defaultLocale: 'en', fallback: true },
  collections,
})
