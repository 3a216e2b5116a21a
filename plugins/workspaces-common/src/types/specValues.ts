/**
 * Returns a list of values unchanged, after checking at compile time that it names
 * every member of an enum of the OpenAPI spec and nothing else: the runtime lists
 * (for menus, labels and zod enums) then cannot drift from the contract.
 *
 * @example
 * export const jobStatuses = specValues<Schemas['JobStatus']>()(['queued', ...]);
 */
export function specValues<TSpecValue extends string>() {
  return <const TList extends readonly TSpecValue[]>(
    list: TList &
      ([Exclude<TSpecValue, TList[number]>] extends [never]
        ? unknown
        : { missingSpecValues: Exclude<TSpecValue, TList[number]> }),
  ): TList => list;
}
