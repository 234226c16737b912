// `minRows`/`maxRows` of a list-valued field (hasMany relationship, select, text, number), with
// one wording for all of them. Empty optional lists never get here: the caller accepts them
// before counting, as Payload does (`minRows` binds only a list that has items, or `required`).
export function checkRowCount(count: number, minRows: number | undefined, maxRows: number | undefined): string | undefined {
  if (minRows !== undefined && count < minRows) return `This field requires at least ${minRows} item(s).`
  if (maxRows !== undefined && count > maxRows) return `This field requires no more than ${maxRows} item(s).`
  return undefined
}
