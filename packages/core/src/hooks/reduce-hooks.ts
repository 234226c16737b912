// Runs hooks in order; each may return a replacement value (undefined keeps the current one).
// This is the return contract of every Payload collection hook that returns data or a doc.
export async function reduceHooks<TValue, TArgs>(
  hooks: readonly ((args: TArgs) => unknown)[] | undefined,
  initial: TValue,
  argsFor: (value: TValue) => TArgs,
): Promise<TValue> {
  let value = initial
  for (const hook of hooks ?? []) {
    const result = await hook(argsFor(value))
    if (result !== undefined) value = result as TValue
  }
  return value
}
