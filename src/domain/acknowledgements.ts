// Discrepancies that the sources themselves contain, acknowledged by editors, matched against the comparisons.
import type { ConsistencyCheckId, Discrepancy } from '../../schemas/discrepancy.ts';
import type { Comparison } from './comparison.ts';
import type { ContentModel, EntryRef, Item, ModelCollection } from './model.ts';

export interface AcknowledgementRef {
  where: EntryRef;
  index: number;
  ack: Discrepancy;
}

/** The acknowledged discrepancies of every entry that can hold them. */
export function acknowledgements(model: ContentModel): AcknowledgementRef[] {
  const list = <T extends { afvigelser?: Discrepancy[] }>(collection: ModelCollection, items: Item<T>[]) =>
    items.flatMap((i) =>
      (i.data.afvigelser ?? []).map((ack, index) => ({ where: { collection, id: i.id }, index, ack })),
    );
  return [
    ...list('grupper', model.groups),
    ...list('indikationer', model.indications),
    ...list('status', model.status),
  ];
}

const sameEntry = (a: EntryRef, b: EntryRef) => a.collection === b.collection && a.id === b.id;
const samePin = (a: number, b: number) => Math.abs(a - b) < 1e-4;

export interface Judgement {
  /** Discrepancies nobody has acknowledged: these fail. */
  unacknowledged: Comparison[];
  /** Discrepancies with a matching acknowledgement: these pass and the page shows the note. */
  acknowledged: { comparison: Comparison; ack: AcknowledgementRef }[];
  /** Acknowledgements that no longer match a discrepancy: these fail. `current` is the comparison they name, if any. */
  stale: { ack: AcknowledgementRef; current?: Comparison }[];
}

/** Matches the failing comparisons of one check against the acknowledgements that name that check. */
export function judge(
  tjek: ConsistencyCheckId,
  comparisons: readonly Comparison[],
  acks: readonly AcknowledgementRef[],
): Judgement {
  const mine = comparisons.filter((c) => c.tjek === tjek);
  const myAcks = acks.filter((a) => a.ack.tjek === tjek);
  const used = new Set<AcknowledgementRef>();
  const result: Judgement = { unacknowledged: [], acknowledged: [], stale: [] };
  for (const c of mine.filter((x) => !x.ok)) {
    const ack = myAcks.find(
      (a) =>
        !used.has(a) &&
        sameEntry(a.where, c.where) &&
        a.ack.emne === c.emne &&
        samePin(a.ack.angivet, c.stated) &&
        samePin(a.ack.beregnet, c.computed),
    );
    if (ack) {
      used.add(ack);
      result.acknowledged.push({ comparison: c, ack });
    } else result.unacknowledged.push(c);
  }
  for (const a of myAcks) {
    if (used.has(a)) continue;
    result.stale.push({
      ack: a,
      current: mine.find((c) => sameEntry(a.where, c.where) && a.ack.emne === c.emne),
    });
  }
  return result;
}
