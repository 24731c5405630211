import { collections } from '../../schemas/collections.ts';
import type { RawEntry } from './content.ts';

type Parsed = ReturnType<(typeof collections)[RawEntry['collection']]['schema']['safeParse']>;
const parsed = new WeakMap<RawEntry, Parsed>();

/**
 * An entry checked against its collection's schema, once per run: the schema check reports the
 * failures and the content model reads the successes, and at 2,000 indications parsing twice cost
 * a fifth of all the checks' time.
 */
export function parseEntry(entry: RawEntry): Parsed {
  let result = parsed.get(entry);
  if (!result)
    parsed.set(entry, (result = collections[entry.collection].schema.safeParse(entry.data) as Parsed));
  return result;
}
