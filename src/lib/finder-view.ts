// What the finder page and its stylesheet need from the content, computed once from the domain rule.
import type { Indication } from '../../schemas/indication.ts';
import { ageBands, filterTokens, type AgeBand } from '../domain/finder.ts';

export interface FinderView {
  bands: AgeBand[];
  tokens: Map<string, ReturnType<typeof filterTokens>>;
}

export function finderView(indications: readonly { data: Indication }[]): FinderView {
  const data = indications.map((i) => i.data);
  const bands = ageBands(data);
  return { bands, tokens: new Map(data.map((i) => [i.kode, filterTokens(i, bands)])) };
}
