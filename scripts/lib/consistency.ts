import type { ConsistencyCheckId } from '../../schemas/discrepancy.ts';
import type { Comparison, ConsistencyRule } from '../../src/domain/comparison.ts';
import { acknowledgements, judge, type AcknowledgementRef } from '../../src/domain/acknowledgements.ts';
import { num, yamlNumber } from '../../src/domain/format.ts';
import type { ContentModel, EntryRef } from '../../src/domain/model.ts';
import { allComparisons, consistencyRules } from '../../src/domain/rules/index.ts';
import { locate } from './content.ts';
import { fieldPath, type Problem } from './problem.ts';
import { contextOf, forget, type Remember } from './entry-memo.ts';
import { contentModel, type Model } from './model.ts';
import type { CheckContext, Rule } from './rule.ts';

const unitText = (c: Comparison, n: number) => (c.unit === '%' ? `${num(n)} %` : `${num(n)} ${c.unit}`);

/** A consistency rule from the domain as a check: it runs only on valid content. */
export function consistencyCheck(rule: ConsistencyRule): Rule {
  return {
    id: rule.id,
    name: rule.name,
    run: (ctx) =>
      consistencyProblems(ctx, rule.id, (model) => talliesOf(model, ctx.remember).get(rule)!.comparisons),
    needsValidContent: true,
  };
}

/** A rule's comparisons that the check must word, and how many of all its comparisons agree and disagree. */
interface Tally {
  /**
   * Every comparison of a rule that reads across groups; for a rule per group or indication, those of
   * the groups (indications) that disagree somewhere or hold an acknowledgement of the rule, in order.
   * The others all agree and are acknowledged nowhere, so they add no problem.
   */
  comparisons: Comparison[];
  agree: number;
  disagree: number;
}

/** One group with its indications, or one indication: all that a rule per group or indication reads of it. */
interface Unit {
  ref: EntryRef;
  model: ContentModel;
  /** What the unit's comparisons read besides its own file: its indications, by the bytes read. */
  context?: () => string;
}

function unitsOf(model: Model, per: 'gruppe' | 'indikation'): Unit[] {
  const part = (groups: ContentModel['groups'], indications: ContentModel['indications']): ContentModel => ({
    groups,
    indications,
    status: [],
    programme: [],
  });
  if (per === 'indikation')
    return model.indications.map((i) => ({
      ref: { collection: 'indikationer', id: i.id },
      model: part([], [i]),
    }));
  const byGroup = Map.groupBy(model.indications, (i) => i.data.gruppe);
  return model.groups.map((g) => {
    const own = byGroup.get(g.id) ?? [];
    return {
      ref: { collection: 'grupper', id: g.id },
      model: part([g], own),
      context: () =>
        contextOf(own.map((i) => `${i.id}\0${model.version({ collection: 'indikationer', id: i.id })}`)),
    };
  });
}

const tallied = new WeakMap<Model, Map<ConsistencyRule, Tally>>();
const acknowledged = new WeakMap<Model, AcknowledgementRef[]>();

/** The model's acknowledgements, listed once per run for every rule. */
function acknowledgementsOf(model: Model): AcknowledgementRef[] {
  let acks = acknowledged.get(model);
  if (!acks) acknowledged.set(model, (acks = acknowledgements(model)));
  return acks;
}

/**
 * Every rule's tally in a model, worked out once per run: the checks and the summary line all read it.
 * With `npm run check`'s store, how many comparisons of a group (with its indications) or of an
 * indication agree and disagree is kept per file, so after an edit only the groups and indications
 * whose figures changed are compared again, and only those that disagree or hold an acknowledgement
 * are compared to be worded. A rule that reads across groups compares every time.
 */
function talliesOf(model: Model, remember: Remember = forget): Map<ConsistencyRule, Tally> {
  const known = tallied.get(model);
  if (known) return known;
  const result = new Map<ConsistencyRule, Tally>();
  // Which rules each group or indication acknowledges a discrepancy of.
  const acked = new Map<string, Set<string>>();
  for (const a of acknowledgementsOf(model)) {
    const key = `${a.where.collection}/${a.where.id}`;
    let rules = acked.get(key);
    if (!rules) acked.set(key, (rules = new Set()));
    rules.add(a.ack.tjek);
  }
  for (const per of ['gruppe', 'indikation'] as const) {
    const rules = consistencyRules.filter((r) => r.per === per);
    if (!rules.length) continue;
    for (const rule of rules) result.set(rule, { comparisons: [], agree: 0, disagree: 0 });
    for (const unit of unitsOf(model, per)) {
      const entry = model.raw(unit.ref);
      // Compared in this run (no stored counts): the comparisons are at hand for the wording too.
      const compared = new Map<ConsistencyRule, Comparison[]>();
      const work = () => {
        for (const rule of rules) compared.set(rule, rule.compare(unit.model));
        return Object.fromEntries(
          [...compared].map(([rule, cs]) => [
            rule.id,
            [cs.filter((c) => c.ok).length, cs.filter((c) => !c.ok).length],
          ]),
        ) as Record<string, [number, number]>;
      };
      const counts =
        entry && remember !== forget ? remember('summer', entry, work, unit.context?.()) : work();
      const acks = acked.get(`${unit.ref.collection}/${unit.ref.id}`);
      for (const rule of rules) {
        const [agree, disagree] = counts[rule.id] ?? [0, 0];
        const tally = result.get(rule)!;
        tally.agree += agree;
        tally.disagree += disagree;
        if (disagree || acks?.has(rule.id))
          tally.comparisons.push(...(compared.get(rule) ?? rule.compare(unit.model)));
      }
    }
  }
  for (const rule of consistencyRules) {
    if (rule.per) continue;
    const comparisons = rule.compare(model);
    const disagree = comparisons.filter((c) => !c.ok).length;
    result.set(rule, { comparisons, agree: comparisons.length - disagree, disagree });
  }
  tallied.set(model, result);
  return result;
}

/**
 * Runs one consistency check: compares, matches the failures with the editors' acknowledgements,
 * and words what is left as problems: file and line, the figures, the arithmetic and the fix.
 */
export function consistencyProblems(
  ctx: CheckContext,
  tjek: ConsistencyCheckId,
  compare: (model: Model) => Comparison[],
): Problem[] {
  const model = contentModel(ctx.raw, ctx.remember);
  const comparisons = compare(model);
  const { unacknowledged, stale } = judge(tjek, comparisons, acknowledgementsOf(model));
  const fileOf = (ref: EntryRef) => model.raw(ref)?.file ?? `content/${ref.collection}/${ref.id}`;
  const at = (ref: EntryRef, path: (string | number)[]) => {
    const entry = model.raw(ref);
    return { file: fileOf(ref), ...(entry ? locate(entry, path) : {}), field: fieldPath(path) };
  };

  const problems: Problem[] = unacknowledged.map((c): Problem => {
    const staleSame = stale.find((s) => s.current === c);
    const file = fileOf(c.where);
    const others = [
      ...new Set(
        c.parts.filter((p) => p.collection !== c.where.collection || p.id !== c.where.id).map(fileOf),
      ),
    ];
    const where = at(c.where, c.path);
    if (c.hiddenPart) {
      return {
        check: tjek,
        ...where,
        kind: 'tolerance-skjuler-del',
        message:
          `Feltet tolerance skjuler en hel del (${c.label}): kilden angiver ${unitText(c, c.stated)}, men ${c.arithmetic}. ` +
          `Forskellen er ${num(Math.abs(c.stated - c.computed))}, lige så meget som hele ${c.hiddenPart.name} (${unitText(c, c.hiddenPart.value)}).`,
        hint:
          `En tolerance dækker kun kildens afrunding, aldrig en hel indikation. Fjern tolerance, og ${writeText(model, c, where.line)}` +
          `${others.length ? ` Delene står i ${others.join(', ')}.` : ''}`,
      };
    }
    return {
      check: tjek,
      ...where,
      kind: 'tal-gaar-ikke-op',
      message: `Tallene går ikke op (${c.label}): kilden angiver ${unitText(c, c.stated)}, men ${c.arithmetic}. ${relationText(c)}`,
      hint:
        (writable(c) ? `Hører alle delene med, så ${writeText(model, c, where.line)} Ellers: ` : '') +
        `${c.fix}${others.length ? ` Delene står i ${others.join(', ')}.` : ''}` +
        (c.where.collection === 'programmet'
          ? ''
          : staleSame
            ? ` Afvigelsen er anerkendt med andre tal (angivet ${yamlNumber(staleSame.ack.ack.angivet)}, beregnet ${yamlNumber(staleSame.ack.ack.beregnet)}); har du ændret et tal med vilje, så opdater angivet og beregnet og tjek, at forklaringen stadig passer.`
            : ` Står tallene sådan i kilden, så anerkend afvigelsen i ${file} under afvigelser: ` +
              `{ tjek: ${tjek}, emne: ${c.emne}, angivet: ${yamlNumber(c.stated)}, beregnet: ${yamlNumber(c.computed)}, forklaring: "…", kilde: { dokument: …, sted: "…" } }.`),
    };
  });

  for (const { ack, current } of stale) {
    const where = at(ack.where, ['afvigelser', ack.index]);
    const name = `Den anerkendte afvigelse (tjek ${tjek}, emne ${ack.ack.emne})`;
    if (current?.ok) {
      problems.push({
        check: tjek,
        ...where,
        kind: 'afvigelse-forsvundet',
        message: `${name} findes ikke længere: tallene går nu op (${current.arithmetic}).`,
        hint: `Fjern punktet afvigelser[${ack.index}], så siden ikke længere viser forklaringen.`,
      });
    } else if (current) {
      problems.push({
        check: tjek,
        ...where,
        kind: 'afvigelse-aendret',
        message:
          `${name} passer ikke længere: den er anerkendt med angivet ${yamlNumber(ack.ack.angivet)} og beregnet ${yamlNumber(ack.ack.beregnet)}, ` +
          `men nu er tallene angivet ${yamlNumber(current.stated)} og beregnet ${yamlNumber(current.computed)}.`,
        hint: 'Har du ændret et tal med vilje, så opdater angivet og beregnet og tjek, at forklaringen stadig passer; ellers ret tallet tilbage.',
      });
    } else {
      const emner = [...new Set(compareEmner(model, tjek, ack.where, compare))];
      problems.push({
        check: tjek,
        ...where,
        kind: 'afvigelse-ukendt-emne',
        message: `${name} svarer ikke til nogen sammenligning i ${fileOf(ack.where)}.`,
        hint: emner.length
          ? `Tjek stavningen af emne (emner for dette tjek her: ${emner.join(', ')}), eller fjern punktet.`
          : `Tjekket ${tjek} sammenligner ingen tal i denne fil. Fjern punktet, eller flyt det til den fil, som fejlbeskeden nævnte.`,
      });
    }
  }
  return problems;
}

/**
 * "skriv 540 i patienterPrAar.nyhenviste.vaerdi", followed by every other figure that the same change
 * breaks (a maximum or total that adds up the figure), so the editor fixes them all in one go rather
 * than meeting them one build at a time.
 */
function writeText(model: Model, c: Comparison, line: number | undefined): string {
  const first = `skriv ${yamlNumber(c.computed)} i ${fieldPath(c.path)}${line ? ` (linje ${line})` : ''}.`;
  const next = followOns(model, c).map((f) => {
    const entry = model.raw(f.where);
    const at = entry ? locate(entry, f.path) : {};
    const file =
      entry && f.where.id !== c.where.id
        ? `${entry.file}:${at.line ?? ''}`
        : at.line
          ? `linje ${at.line}`
          : '';
    return `${yamlNumber(f.computed)} i ${fieldPath(f.path)}${file ? ` (${file})` : ''}`;
  });
  return next.length
    ? `${first} Skriv så også ${next.join(' og ')}: de tal bygger på det første og går ellers ikke op bagefter.`
    : first;
}

/** A count that must equal its parts: the figure to write is their sum. A share or a rounded average is left to the editor. */
const writable = (c: Comparison) =>
  c.relation === 'lig' &&
  c.unit !== '%' &&
  Number.isInteger(c.computed) &&
  c.where.collection !== 'programmet';

const fieldKey = (c: Comparison) => `${c.where.collection}/${c.where.id}|${c.path.join('.')}`;
const comparisonKey = (c: Comparison) => `${c.tjek}|${c.where.collection}/${c.where.id}|${c.path.join('.')}`;

/** The comparisons that pass now but fail once `first`'s stated figure is set to what its parts give, repeated until nothing more breaks. */
function followOns(model: Model, first: Comparison): Comparison[] {
  const failingNow = new Set(
    allComparisons(model)
      .filter((c) => !c.ok)
      .map(comparisonKey),
  );
  const found = new Map<string, Comparison>();
  let current = withStated(model, first);
  for (let round = 0; round < 5 && current; round++) {
    // One figure per field: a field the editor is already told to change (or the first one) is not repeated.
    const fields = new Set([fieldKey(first), ...[...found.values()].map(fieldKey)]);
    const broken = allComparisons(current).filter(
      (c) =>
        !c.ok &&
        writable(c) &&
        !failingNow.has(comparisonKey(c)) &&
        !fields.has(fieldKey(c)) &&
        !found.has(comparisonKey(c)),
    );
    if (!broken.length) break;
    for (const c of broken) {
      if ([...found.values()].some((f) => fieldKey(f) === fieldKey(c))) continue;
      found.set(comparisonKey(c), c);
      current = current && withStated(current, c);
    }
  }
  return [...found.values()];
}

const modelKey = { grupper: 'groups', indikationer: 'indications', status: 'status' } as const;

/** A copy of the model in which the comparison's stated figure is what its parts give. */
function withStated(model: ContentModel, c: Comparison): ContentModel | undefined {
  if (c.where.collection === 'programmet') return undefined;
  const key = modelKey[c.where.collection];
  const items = model[key] as { id: string; data: unknown }[];
  const copy = {
    ...model,
    [key]: items.map((item) => {
      if (item.id !== c.where.id) return item;
      const data = structuredClone(item.data) as Record<string | number, unknown>;
      let node: Record<string | number, unknown> = data;
      for (const step of c.path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
      node[c.path.at(-1)!] = c.computed;
      return { ...item, data };
    }),
  };
  return copy as ContentModel;
}

function compareEmner(
  model: Model,
  tjek: ConsistencyCheckId,
  where: EntryRef,
  compare: (m: Model) => Comparison[],
): string[] {
  return compare(model)
    .filter((c) => c.tjek === tjek && c.where.collection === where.collection && c.where.id === where.id)
    .map((c) => c.emne);
}

function relationText(c: Comparison): string {
  if (c.relation === 'hoejst') return `Tallet kan derfor højst være ${unitText(c, c.computed)}.`;
  if (c.relation === 'mindst') return `Tallet skal derfor være mindst ${unitText(c, c.computed)}.`;
  const diff = Math.abs(c.stated - c.computed);
  return c.tolerance
    ? `Forskellen er ${num(diff)}, og der er kun tilladt ${num(c.tolerance)} (feltet tolerance).`
    : `Forskellen er ${num(diff)}.`;
}

/** How many comparisons agree and how many discrepancies editors have acknowledged, for the summary line. */
export function figureSummary(
  raw: CheckContext['raw'],
  remember?: CheckContext['remember'],
): { agree: number; acknowledged: number } {
  const tallies = [...talliesOf(contentModel(raw, remember), remember).values()];
  return {
    agree: tallies.reduce((n, t) => n + t.agree, 0),
    acknowledged: tallies.reduce((n, t) => n + t.disagree, 0),
  };
}
