// Auth hooks whose return value is ignored run one after another, in order.
export async function runAuthHooks<TArgs>(hooks: readonly ((args: TArgs) => unknown)[] | undefined, args: TArgs): Promise<void> {
  for (const hook of hooks ?? []) await hook(args)
}
