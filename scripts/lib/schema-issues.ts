import { z } from 'zod';
import { fieldPath, type Problem } from './problem.ts';
import type { ErrorKindId } from './error-kinds.ts';
import { closest } from './closest.ts';
import { objectKeys, schemaAt } from '../../src/domain/schema-at.ts';

// The few messages zod words itself (a kind of problem no case below knows) are then Danish too.
z.config(z.locales.da());

/**
 * Turns zod issues into Danish problems an editor can act on: what is wrong with which value,
 * and what to write instead. This is the one place where schema failures get their wording.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  schema: z.ZodType,
  where: {
    file: string;
    locate: (path: readonly PropertyKey[]) => { line?: number; column?: number };
    /** The value at `path` as written in the file, e.g. "1.450" where YAML read 1.45. */
    source?: (path: readonly PropertyKey[]) => string | undefined;
  },
): Problem[] {
  return issues.map((issue) => {
    const path = issue.path;
    const value = valueAt(input, path);
    const target = schemaAt(schema, path);
    const count = countProblem(issue, value, target, where.source?.(path));
    const { message, hint, kind } =
      count ?? describeIssue(issue, value, target, schemaAt(schema, path.slice(0, -1)));
    // An unknown key is reported on its parent; point the editor at the key itself.
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...path, issue.keys[0]] : path;
    return {
      check: 'skema',
      kind,
      file: where.file,
      ...where.locate(at),
      field: fieldPath(at) || undefined,
      message,
      hint,
    };
  });
}

// A Danish thousands separator: 1.450, 1,450 or 1 450.
const THOUSANDS = /^\d{1,3}(?:([.,\u00a0 ])\d{3})(?:\1\d{3})*$/;
const separatorName: Record<string, string> = {
  '.': 'punktum',
  ',': 'komma',
  ' ': 'mellemrum',
  '\u00a0': 'mellemrum',
};

/**
 * A count (an integer field) written the Danish way. YAML reads "1.450" as the decimal 1.45 and
 * "1,450" as text, so without this the editor would see "not an integer" or "expected a number"
 * and not know why; the message names the figure to write instead.
 */
function countProblem(
  issue: z.core.$ZodIssue,
  value: unknown,
  target: z.ZodType | undefined,
  source: string | undefined,
): { message: string; hint: string; kind: ErrorKindId } | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const isCount =
    issue.expected === 'int' ||
    (issue.expected === 'number' && (target as { isInt?: boolean } | undefined)?.isInt === true);
  if (!isCount || (typeof value !== 'number' && typeof value !== 'string')) return undefined;
  const written = (source ?? String(value)).trim();
  const match = THOUSANDS.exec(written);
  const hint =
    'Et antal skrives som et helt tal med cifre og uden punktum, komma eller mellemrum mellem tusinderne, fx 1450.';
  if (match) {
    const digits = written.replace(/\D/g, '');
    const read =
      typeof value === 'number' ? `kommatallet ${String(value).replace('.', ',')}` : `teksten "${value}"`;
    return {
      kind: 'tusindtalsskilletegn',
      message: `Antallet "${written}" bliver læst som ${read}. Skriv ${digits} uden ${separatorName[match[1]!]}.`,
      hint,
    };
  }
  if (typeof value === 'number') {
    return {
      kind: 'ikke-heltal',
      message: `Antallet ${String(value).replace('.', ',')} er ikke et helt tal.`,
      hint,
    };
  }
  return undefined;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  value: unknown,
  target: z.ZodType | undefined,
  parent: z.ZodType | undefined,
): { message: string; hint: string; kind: ErrorKindId } {
  const about = target?.description ? ` Feltet er ${target.description}.` : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        return {
          kind: 'mangler',
          message: `Feltet mangler, men det er påkrævet.`,
          hint: `Tilføj feltet med ${typeName(issue.expected)}.${about}`,
        };
      }
      return {
        kind: 'forkert-type',
        message: `Forkert type: forventede ${typeName(issue.expected)}, men fik ${describeValue(value)}.`,
        hint: hintForType(issue.expected) + about,
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = limitText(
        issue.origin,
        small ? 'mindst' : 'højst',
        small ? issue.minimum : issue.maximum,
      );
      if (issue.origin === 'string') {
        return {
          kind: small ? 'for-kort-tekst' : 'for-lang-tekst',
          message: `${capital(describeValue(value))} er for ${small ? 'kort' : 'lang'}: ${limit}.`,
          hint: `${small ? 'Skriv en længere tekst' : 'Forkort teksten'}.${about}`,
        };
      }
      if (issue.origin === 'array') {
        return {
          kind: small ? 'for-faa-punkter' : 'for-mange-punkter',
          message: `Listen har for ${small ? 'få' : 'mange'} punkter: ${limit}.`,
          hint: `${small ? 'Tilføj' : 'Fjern'} punkter, så listen opfylder grænsen.${about}`,
        };
      }
      return {
        kind: small ? 'for-lille-tal' : 'for-stort-tal',
        message: `${capital(describeValue(value))} er for ${small ? 'lille' : 'stort'}: ${limit}.`,
        hint: `Ret tallet, så det ligger inden for grænsen.${about}`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const near = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      return {
        kind: 'ugyldig-vaerdi',
        message: `Værdien ${JSON.stringify(value)} er ikke tilladt her.`,
        hint: `Brug en af: ${allowed.join(', ')}.${near ? ` Mente du "${near}"?` : ''}`,
      };
    }
    case 'unrecognized_keys': {
      const known = objectKeys(target);
      const suggestions = issue.keys.map((k) => closest(k, known)).filter(Boolean);
      return {
        kind: 'ukendt-felt',
        message: `Ukendt felt: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
        hint:
          (suggestions.length ? `Mente du ${suggestions.map((s) => `"${s}"`).join(', ')}? ` : '') +
          `Ret stavningen eller fjern feltet.${known.length ? ` Felter der kan stå her: ${known.join(', ')}.` : ''}`,
      };
    }
    case 'invalid_format':
      return {
        kind: 'forkert-form',
        message: `${capital(describeValue(value))} har ikke den rigtige form.`,
        hint: issue.message,
      };
    case 'invalid_union':
      // A field that may take several forms (a number or "ikke angivet") and is left out is simply missing.
      if (value === undefined)
        return {
          kind: 'mangler',
          message: 'Feltet mangler, men det er påkrævet.',
          hint: `Tilføj feltet.${about}`,
        };
      return {
        kind: 'ingen-tilladt-form',
        message: `${capital(describeValue(value))} passer ikke til nogen af de tilladte former.`,
        hint: `Se eksemplerne i CONTRIBUTING.md for feltet.${about}`,
      };
    case 'custom': {
      // A refinement can carry its own fix in params.hint; the message then says only what is wrong.
      const hint =
        typeof issue.params?.hint === 'string'
          ? issue.params.hint
          : `Ret værdien eller feltet, så kravet er opfyldt.${about}`;
      return { kind: 'regel', message: issue.message, hint };
    }
    default:
      void parent;
      return { kind: 'andet', message: issue.message, hint: `Ret værdien.${about}` };
  }
}

const typeNames: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  object: 'en gruppe af felter',
  array: 'en liste',
  date: 'en dato',
};

function typeName(expected: string): string {
  return typeNames[expected] ?? expected;
}

function hintForType(expected: string): string {
  switch (expected) {
    case 'number':
      return 'Skriv tallet med cifre og uden enhed, anførselstegn eller "ca." (brug feltet kvalifikator til "ca."), fx 100.';
    case 'string':
      return 'Skriv en tekst; sæt den i anførselstegn, hvis den indeholder kolon eller starter med et tal.';
    case 'array':
      return 'Skriv en liste med én linje pr. punkt, der starter med "- ".';
    case 'object':
      return 'Skriv felterne indrykket på linjerne under feltnavnet.';
    case 'boolean':
      return 'Skriv true (ja) eller false (nej).';
    default:
      return `Skriv ${typeName(expected)}.`;
  }
}

function limitText(origin: string, word: string, limit: number | bigint): string {
  if (origin === 'string') return `teksten skal have ${word} ${limit} tegn`;
  if (origin === 'array') return `listen skal have ${word} ${limit} punkt${Number(limit) === 1 ? '' : 'er'}`;
  return `værdien skal være ${word} ${limit}`;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'ingen værdi';
  if (value === null) return 'en tom værdi';
  if (typeof value === 'string') return `teksten "${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === 'number') return `tallet ${value}`;
  if (typeof value === 'boolean') return `værdien ${value}`;
  if (Array.isArray(value)) return `en liste med ${value.length} punkt${value.length === 1 ? '' : 'er'}`;
  return 'en gruppe af felter';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
