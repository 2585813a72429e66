import type { InvalidParam } from "./types";

/** "typ=foo, till=99999": the ignored parameters, for the notice above the results. */
export function describeInvalidParams(invalid: InvalidParam[]): string {
  return invalid.map((i) => `${i.param}=${i.value.slice(0, 40)}`).join(", ");
}

/** URLSearchParams as Next passes `searchParams` to pages: repeated keys become arrays. */
export function searchParamsToRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}
