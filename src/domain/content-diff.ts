// What changed between two versions of an indication or a patient group, in Danish, field by field.
// Plain TypeScript on parsed data (no files, no git): the versions come from content-history.ts.
// Only the meaning counts: key order, YAML style, comments, line breaks in a text and empty lists
// that a schema default would fill in make no difference, so a commit with only those has no lines.
import { formatFigure, formatNumber, formatPartialDate } from './format.ts';
import { groupLabels, indicationLabels, type FieldLabel } from './change-labels.ts';
import type { LabelledFigure } from '../../schemas/figure.ts';

export type PageKind = 'indikation' | 'gruppe';

type Path = readonly string[];
type Obj = Record<string, unknown>;
type Unit = LabelledFigure['enhed'] | undefined;

const labelMaps: Record<PageKind, Record<string, FieldLabel>> = {
  indikation: indicationLabels,
  gruppe: groupLabels,
};

/** Fields that are not facts of the guideline: the editor's notes are shown as they are, never diffed. */
const skipped = new Set(['aendringsnoter']);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFigure = (v: unknown): v is Obj & { vaerdi: number } => isObj(v) && typeof v.vaerdi === 'number';
const isSourced = (v: unknown): v is Obj & { tekst: string } => isObj(v) && typeof v.tekst === 'string';
/** A source reference ({ dokument, sted }): named as "kildehenvisningen", never quoted (its id is a file name). */
const isSourceRef = (v: unknown): v is Obj & { dokument: string; sted: string } =>
  isObj(v) && typeof v.dokument === 'string' && typeof v.sted === 'string';
const isLabelledFigure = (v: unknown): v is Obj & { betegnelse: string; tal: Obj } =>
  isObj(v) && typeof v.betegnelse === 'string' && isFigure(v.tal);

/** Text with its line breaks and runs of spaces folded: reflowing a paragraph is formatting. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// Keys identify list items that have no name; each object's key is computed once.
const keys = new WeakMap<object, string>();
const EMPTY = 'null';

/**
 * A value reduced to its meaning, as text that is equal for equal meanings: sorted keys, no empty fields,
 * folded whitespace, dates as their day.
 */
function key(v: unknown): string {
  if (v === undefined || v === null || v === '') return EMPTY;
  if (typeof v === 'string') {
    const text = squash(v);
    return text === '' ? EMPTY : JSON.stringify(text);
  }
  if (v instanceof Date) return JSON.stringify(v.toISOString().slice(0, 10));
  if (typeof v !== 'object') return JSON.stringify(v);
  const known = keys.get(v);
  if (known !== undefined) return known;
  let out: string;
  if (Array.isArray(v)) {
    out = v.length === 0 ? EMPTY : `[${v.map(key).join(',')}]`;
  } else {
    const o = v as Obj;
    const parts: string[] = [];
    for (const k of Object.keys(o).sort()) {
      const c = key(o[k]);
      if (c !== EMPTY) parts.push(`${JSON.stringify(k)}:${c}`);
    }
    out = parts.length === 0 ? EMPTY : `{${parts.join(',')}}`;
  }
  keys.set(v, out);
  return out;
}
/** Nothing there: no value, empty text, an empty list, or an object of nothing but such. */
function isBlank(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (isObj(v)) {
    for (const k in v) if (!isBlank(v[k])) return false;
    return true;
  }
  return false;
}

/**
 * Equal in meaning (see key): compared directly, stopping at the first difference, since building the keys
 * of whole files cost more than everything else in a build's change log.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const blankA = isBlank(a);
  const blankB = isBlank(b);
  if (blankA || blankB) return blankA && blankB;
  if (typeof a === 'string' && typeof b === 'string') return squash(a) === squash(b);
  if (a instanceof Date || b instanceof Date) return key(a) === key(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (isObj(a) && isObj(b)) {
    for (const k in a) if (!same(a[k], b[k])) return false;
    for (const k in b) if (!(k in a) && !isBlank(b[k])) return false;
    return true;
  }
  return false;
}

const MAX_QUOTE = 160;
/** A text as the log quotes it: Danish quotation marks, shortened at a word boundary. */
function quote(text: string): string {
  const t = squash(text);
  if (t.length <= MAX_QUOTE) return `»${t}«`;
  const cut = t.slice(0, MAX_QUOTE);
  return `»${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : MAX_QUOTE)} …«`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The changes between two versions of an indication or a group, one Danish sentence each.
 * `before` undefined: the page is new; `after` undefined: the page was removed.
 */
export function describeChanges(kind: PageKind, before: unknown, after: unknown): string[] {
  const noun = kind === 'indikation' ? 'Indikationen' : 'Patientgruppen';
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [`${noun} er lagt på sitet.`];
  if (after === undefined) return [`${noun} er fjernet fra sitet.`];
  const out: string[] = [];
  new Differ(labelMaps[kind], out).walk([], before, after);
  return [...new Set(out)];
}

class Differ {
  private readonly labels: Record<string, FieldLabel>;
  private readonly out: string[];
  constructor(labels: Record<string, FieldLabel>, out: string[]) {
    this.labels = labels;
    this.out = out;
  }

  /** The field's Danish name: its own label, else that of the nearest field around it that has one. */
  private label(path: Path): { label: string; enhed: Unit } {
    for (let n = path.length; n > 0; n--) {
      const found = this.labels[path.slice(0, n).join('.')];
      if (found) return typeof found === 'string' ? { label: found, enhed: undefined } : found;
    }
    return { label: capitalize(path.join(' ')), enhed: undefined };
  }

  walk(path: Path, a: unknown, b: unknown): void {
    if (path.length === 1 && skipped.has(path[0]!)) return;
    if (same(a, b)) return;
    if (isSourceRef(a) || isSourceRef(b)) return this.sourceRef(path, a, b);
    if (isFigure(a) || isFigure(b)) return this.figure(this.label(path), a, b);
    if (path[0] === 'kriterier' && path.length === 2 && !Array.isArray(a ?? b))
      return this.criterion(path, this.label(path).label, a, b);
    if (isSourced(a) || isSourced(b)) return this.sourced(path, this.label(path).label, a, b);
    if (Array.isArray(a) || Array.isArray(b))
      return this.list(path, (a ?? []) as unknown[], (b ?? []) as unknown[]);
    if (isObj(a) || isObj(b)) {
      const x = (isObj(a) ? a : {}) as Obj;
      const y = (isObj(b) ? b : {}) as Obj;
      // The source of something added or removed as a whole is not news of its own.
      const whole = !isObj(a) || !isObj(b);
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)]))
        if (!(whole && k === 'kilde')) this.walk([...path, k], x[k], y[k]);
      return;
    }
    this.value(path, a, b);
  }

  /**
   * A source reference added, changed or removed: said in words, named after the field it belongs to.
   * The document id is a file name, which has no place in reading text (the notes name documents by title).
   */
  private sourceRef(path: Path, a: unknown, b: unknown, noun = 'kildehenvisningen'): void {
    const owner = path.at(-1) === 'kilde' ? path.slice(0, -1) : path;
    const label = owner.length ? this.label(owner).label : 'Kilder';
    const what = !isSourceRef(a) ? 'tilføjet' : !isSourceRef(b) ? 'fjernet' : 'ændret';
    this.out.push(`${label}: ${noun} er ${what}.`);
  }

  /** A figure: its value first ("400 → 410"), else what else about it changed. */
  private figure({ label, enhed }: { label: string; enhed: Unit }, a: unknown, b: unknown): void {
    const fa = isFigure(a) ? a : undefined;
    const fb = isFigure(b) ? b : undefined;
    const text = (f: Obj & { vaerdi: number }) =>
      formatFigure(f as Parameters<typeof formatFigure>[0], enhed);
    if (!fa) return void this.out.push(`${label}: nyt tal, ${text(fb!)}.`);
    if (!fb) return void this.out.push(`${label}: tallet (${text(fa)}) er fjernet.`);
    if (text(fa) !== text(fb)) return void this.out.push(`${label}: ${text(fa)} → ${text(fb)}.`);
    this.details(label, fa, fb, {
      note: 'noten ved tallet',
      kilde: 'kildehenvisningen',
      tolerance: 'den tilladte afvigelse',
    });
  }

  /** Notes and source references of a figure or a statement, named but not quoted. */
  private details(label: string, a: Obj, b: Obj, names: Record<string, string>): void {
    for (const [field, name] of Object.entries(names)) {
      if (same(a[field], b[field])) continue;
      const what = a[field] === undefined ? 'tilføjet' : b[field] === undefined ? 'fjernet' : 'ændret';
      this.out.push(`${label}: ${name} er ${what}.`);
    }
  }

  /** A named referral criterion (alder, mdt …): added, removed, reworded, required or not. */
  private criterion(path: Path, label: string, a: unknown, b: unknown): void {
    const ca = isSourced(a) ? a : undefined;
    const cb = isSourced(b) ? b : undefined;
    if (!ca && cb) return void this.out.push(`${label}: nyt kriterium ${quote(cb.tekst)}`);
    if (ca && !cb) return void this.out.push(`${label}: kriteriet er fjernet (var ${quote(ca.tekst)}).`);
    this.criterionBody(path, label, ca!, cb!);
  }

  private criterionBody(
    path: Path,
    label: string,
    a: Obj & { tekst: string },
    b: Obj & { tekst: string },
  ): void {
    if (squash(a.tekst) !== squash(b.tekst))
      this.out.push(`${label}: kriteriet er omformuleret. Før: ${quote(a.tekst)} Nu: ${quote(b.tekst)}`);
    if (a.kraeves !== b.kraeves) {
      this.out.push(
        `${label}: ${b.kraeves === true ? 'nu et krav' : b.kraeves === false ? 'ikke længere et krav' : 'siger ikke længere, om det er et krav'}.`,
      );
    }
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (['tekst', 'kraeves', 'kilde', 'note', 'tal'].includes(k)) continue;
      this.walk([...path, k], a[k], b[k]);
    }
    this.statementExtras(label, a, b);
  }

  /** The figures, note and source of a statement or criterion. */
  private statementExtras(label: string, a: Obj, b: Obj): void {
    this.labelledFigures(label, (a.tal ?? []) as unknown[], (b.tal ?? []) as unknown[]);
    this.details(label, a, b, { note: 'noten', kilde: 'kildehenvisningen' });
  }

  /** Key figures of a statement, matched by what they measure. */
  private labelledFigures(owner: string, a: unknown[], b: unknown[]): void {
    const byName = (list: unknown[]) =>
      new Map(list.filter(isLabelledFigure).map((f) => [squash(f.betegnelse), f]));
    const x = byName(a);
    const y = byName(b);
    for (const name of new Set([...x.keys(), ...y.keys()])) {
      const fa = x.get(name);
      const fb = y.get(name);
      if (same(fa, fb)) continue;
      const enhed = (fb ?? fa)!.enhed as Unit;
      this.figure({ label: `${owner}, ${capitalize(name)}`, enhed }, fa?.tal, fb?.tal);
    }
  }

  /** A statement in the site's own words (formål, strategi …) outside a list. */
  private sourced(path: Path, label: string, a: unknown, b: unknown): void {
    const sa = isSourced(a) ? a : undefined;
    const sb = isSourced(b) ? b : undefined;
    if (!sa) return void this.out.push(`${label}: tilføjet ${quote(sb!.tekst)}`);
    if (!sb) return void this.out.push(`${label}: fjernet ${quote(sa.tekst)}`);
    if (squash(sa.tekst) !== squash(sb.tekst)) this.out.push(`${label} er omformuleret: ${quote(sb.tekst)}`);
    for (const k of new Set([...Object.keys(sa), ...Object.keys(sb)])) {
      if (['tekst', 'kilde', 'note', 'tal'].includes(k)) continue;
      this.walk([...path, k], sa[k], sb[k]);
    }
    this.statementExtras(label, sa, sb);
  }

  /**
   * A list: items are matched by what identifies them (a name, a disease, an approval step) or, for
   * statements, by their text; what is left over pairs up in order as reworded, the rest is added or removed.
   */
  private list(path: Path, a: unknown[], b: unknown[]): void {
    const { label, enhed } = this.label(path);
    if ([...a, ...b].every((v) => !isObj(v))) {
      const text = (l: unknown[]) =>
        l.length ? l.map((v) => this.plain(v, enhed, path)).join(', ') : 'ingen';
      return void this.out.push(`${label}: ${text(a)} → ${text(b)}.`);
    }
    const id = (v: unknown): string => {
      if (!isObj(v)) return key(v);
      const named = v.omraade ?? v.sygdom ?? v.betegnelse ?? v.navn ?? v.dokument;
      if (typeof named === 'string') return squash(named);
      if (typeof v.trin === 'string') return `${v.trin} ${squash(String(v.af))}`;
      if (typeof v.tekst === 'string') return squash(v.tekst);
      return key(v);
    };
    const left = new Map(a.map((v) => [id(v), v]));
    const right = new Map(b.map((v) => [id(v), v]));
    const removed = [...left.keys()].filter((k) => !right.has(k));
    const added = [...right.keys()].filter((k) => !left.has(k));
    const isCriteria = path[0] === 'kriterier';
    // Unmatched items at the same place are one item changed rather than one removed and one added.
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++)
      this.item(path, label, isCriteria, left.get(removed[i]!), right.get(added[i]!));
    for (const k of removed.slice(pairs)) this.item(path, label, isCriteria, left.get(k), undefined);
    for (const k of added.slice(pairs)) this.item(path, label, isCriteria, undefined, right.get(k));
    for (const [k, v] of left) if (right.has(k)) this.item(path, label, isCriteria, v, right.get(k), k);
  }

  private item(path: Path, label: string, isCriteria: boolean, a: unknown, b: unknown, name?: string): void {
    if (same(a, b)) return;
    const v = (b ?? a) as Obj;
    if (isSourceRef(v)) return this.sourceRef(path, a, b, 'en kildehenvisning');
    if (isCriteria && isSourced(v)) {
      const what = typeof v.omraade === 'string' ? `${label} (${squash(v.omraade)})` : label;
      if (!a)
        return void this.out.push(`${what}: nyt kriterium ${quote((b as Obj & { tekst: string }).tekst)}`);
      if (!b)
        return void this.out.push(
          `${what}: kriteriet er fjernet (var ${quote((a as Obj & { tekst: string }).tekst)}).`,
        );
      return this.criterionBody(path, what, a as Obj & { tekst: string }, b as Obj & { tekst: string });
    }
    if (isSourced(v) && !name) {
      if (!a) return void this.out.push(`${label}: nyt punkt ${quote(v.tekst)}`);
      if (!b) return void this.out.push(`${label}: punktet ${quote(v.tekst)} er fjernet.`);
      return this.sourced(path, label, a, b);
    }
    if (isSourced(v)) return this.sourced(path, label, a, b);
    if (isLabelledFigure(v))
      return this.figure(
        { label: `${label}, ${capitalize(squash(v.betegnelse))}`, enhed: v.enhed as Unit },
        (a as Obj | undefined)?.tal,
        (b as Obj | undefined)?.tal,
      );
    if (typeof v.trin === 'string') return this.approval(label, a as Obj | undefined, b as Obj | undefined);
    const title = this.summary(v);
    if (!a) return void this.out.push(`${label}: tilføjet ${title}.`);
    if (!b) return void this.out.push(`${label}: fjernet ${title}.`);
    const short = this.name(v) ?? title;
    const x = a as Obj;
    const y = b as Obj;
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const sub = [...path, k];
      const own = this.labels[sub.join('.')];
      if (own) this.walk(sub, x[k], y[k]);
      else if (!same(x[k], y[k])) this.nested(`${label} (${short})`, k, x[k], y[k], sub);
    }
  }

  /** A field inside a list item without a label of its own, named by the item ("Sygdomme og tilstande (AML): …"). */
  private nested(owner: string, field: string, a: unknown, b: unknown, path: Path): void {
    if (isFigure(a) || isFigure(b)) return this.figure({ label: owner, enhed: undefined }, a, b);
    if (Array.isArray(a) || Array.isArray(b)) {
      const text = (l: unknown) =>
        Array.isArray(l) && l.length ? l.map((v) => this.plain(v, undefined, path)).join(', ') : 'ingen';
      return void this.out.push(`${owner}: ${text(a)} → ${text(b)}.`);
    }
    if (field === 'kilde' || field === 'note')
      return this.details(
        owner,
        { [field]: a },
        { [field]: b },
        { kilde: 'kildehenvisningen', note: 'noten' },
      );
    this.value([...path], a, b, owner);
  }

  /** An approval step: added, removed, or its date changed. */
  private approval(label: string, a: Obj | undefined, b: Obj | undefined): void {
    const step = (s: Obj) => `${s.trin} af ${squash(String(s.af))}`;
    const when = (s: Obj) => this.plain(s.dato, undefined, ['dato']);
    if (!a) return void this.out.push(`${label}: ${step(b!)}, ${when(b!)}.`);
    if (!b) return void this.out.push(`${label}: trinnet »${step(a)}« er fjernet.`);
    if (!same(a.dato, b.dato) || !same(a.fra, b.fra)) {
      const span = (s: Obj) => (s.fra ? `${this.plain(s.fra, undefined, ['fra'])} – ${when(s)}` : when(s));
      this.out.push(`${label}, ${step(b)}: ${span(a)} → ${span(b)}.`);
    }
    if (!same(a.note, b.note))
      this.out.push(
        `${label}, ${step(b)}: noten er ${a.note === undefined ? 'tilføjet' : b.note === undefined ? 'fjernet' : 'ændret'}.`,
      );
    if (!same(a.kilde, b.kilde)) this.out.push(`${label}, ${step(b)}: kildehenvisningen er ændret.`);
  }

  /** What names an item to a reader (never a source's document id, which is a file name). */
  private name(v: Obj): string | undefined {
    const named = v.sygdom ?? v.navn ?? v.omraade;
    return typeof named === 'string' ? squash(named) : undefined;
  }

  private summary(v: Obj): string {
    const named = this.name(v) ?? v.tekst;
    return typeof named === 'string' ? quote(named) : 'et punkt';
  }

  /** A single value as the reader would write it: numbers the Danish way, dates in words, yes/no. */
  private plain(v: unknown, enhed: Unit, path: Path): string {
    if (typeof v === 'number') {
      const n = formatNumber(v);
      return enhed ? `${n} ${enhed}` : n;
    }
    if (typeof v === 'boolean') return v ? 'ja' : 'nej';
    if (v instanceof Date) return formatPartialDate(v.toISOString().slice(0, 10));
    if (typeof v === 'string') {
      const field = path.at(-1);
      if ((field === 'dato' || field === 'fra' || field === 'til') && /^\d{4}(-\d\d){0,2}$/.test(v))
        return formatPartialDate(v);
      return squash(v);
    }
    return isObj(v) ? this.summary(v) : String(v);
  }

  /** A plain field: a short text or a number is shown before and after; a long text is quoted as it is now. */
  private value(path: Path, a: unknown, b: unknown, owner?: string): void {
    const { label, enhed } = owner ? { label: owner, enhed: undefined } : this.label(path);
    if (isBlank(a)) return void this.out.push(`${label}: tilføjet ${this.shown(b, enhed, path)}.`);
    if (isBlank(b)) return void this.out.push(`${label}: fjernet (var ${this.shown(a, enhed, path)}).`);
    if (typeof a === 'string' && typeof b === 'string' && squash(a).length + squash(b).length > 120) {
      // A text too long to quote whole (an introduction) is only named: its beginning may be what did not change.
      return void this.out.push(
        squash(b).length > MAX_QUOTE ? `${label} er omformuleret.` : `${label} er omformuleret: ${quote(b)}`,
      );
    }
    const x = this.shown(a, enhed, path);
    const y = this.shown(b, enhed, path);
    if (x !== y) this.out.push(`${label}: ${x} → ${y}.`);
  }

  private shown(v: unknown, enhed: Unit, path: Path): string {
    const text = this.plain(v, enhed, path);
    return typeof v === 'string' && !/^\d{4}/.test(v) ? quote(text) : text;
  }
}
