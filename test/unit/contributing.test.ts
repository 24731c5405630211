import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorKinds, templatePattern } from '../../scripts/lib/error-kinds.ts';
import { ERROR_CATALOGUE, formatProblem } from '../../scripts/lib/report.ts';
import { checks } from '../../scripts/lib/check.ts';
import { builtChecks } from '../../scripts/lib/built-checks.ts';
import { projectRoot } from '../helpers/temp-project.ts';

// CONTRIBUTING.md is the editors' guide and docs/fejlkatalog.md their manual for the error messages; these
// tests keep both in step with the code.
const guide = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
const catalogue = readFileSync(join(projectRoot, 'docs', 'fejlkatalog.md'), 'utf8');
const errorsPart = catalogue.slice(catalogue.indexOf('## Fejlbeskeder og hvordan du retter dem'));
const read = (dir: string) =>
  readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(projectRoot, dir, f), 'utf8') }));

/** The section of the error guide about one kind: from its heading to the next heading. */
function section(kind: string): string | undefined {
  const start = errorsPart
    .split('\n')
    .findIndex((l) => l.startsWith('### ') && l.trimEnd().endsWith(`(\`${kind}\`)`));
  if (start < 0) return undefined;
  const lines = errorsPart.split('\n').slice(start);
  const end = lines.findIndex((l, i) => i > 0 && l.startsWith('#'));
  return lines.slice(0, end < 0 ? undefined : end).join('\n');
}

describe('CONTRIBUTING.md and docs/fejlkatalog.md', () => {
  it.each(Object.entries(errorKinds))(
    'explains the error kind "%s" with its wording, an example and a fix',
    (kind, spec) => {
      const text = section(kind);
      expect(text, `docs/fejlkatalog.md has no heading ending in (\`${kind}\`)`).toBeDefined();
      if ('template' in spec) expect(text).toContain(`> ${spec.template}`);
      expect(text).toMatch(/^```\n✖ /m);
      // The example is what the check prints: its message line has the kind's wording.
      const example = /^```\n✖ [^\n]*\n {2}([^\n]*)/m.exec(text!)?.[1];
      if ('template' in spec) expect(example).toMatch(templatePattern(spec.template));
      if (kind !== 'regel') expect(text).toContain('**Sådan retter du det:**');
    },
  );

  it('lists every rule and every format message that the schemas state', () => {
    const messages = read('schemas').flatMap(({ text }) =>
      [...text.matchAll(/error: '([^']+)'/g)].map((m) => m[1]!),
    );
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expect(errorsPart, `docs/fejlkatalog.md does not mention: ${m}`).toContain(m);
  });

  it('covers every kind the code names, and every problem a check creates names its kind', () => {
    const code = [...read('scripts/checks'), ...read('scripts/lib')];
    for (const { file, text } of code) {
      for (const m of text.matchAll(/kind: '([a-z-]+)'/g))
        expect(Object.keys(errorKinds), `${file} uses an unknown kind`).toContain(m[1]);
    }
    for (const { file, text } of read('scripts/checks')) {
      // A property with a value (Prettier may put the value on the next line), not a type such as `message: string`.
      const messages = (text.match(/\bmessage:\s+(?!string\b)/g) ?? []).length;
      const kinds = (text.match(/\bkind:\s+(?!string\b)/g) ?? []).length;
      expect(kinds, `${file}: ${messages} messages but ${kinds} kinds`).toBe(messages);
    }
  });

  it('starts with a quick start whose contents are links, and leaves the catalogue to its own document', () => {
    const start = guide.slice(0, guide.indexOf('\n## '));
    const links = [...start.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    const anchors = new Set(
      guide
        .split('\n')
        .filter((l) => /^#{2,3} /.test(l))
        .map((l) =>
          l
            .replace(/^#+ /, '')
            .trim()
            .toLowerCase()
            .replace(/[^\p{L}\p{N}\- ]/gu, '')
            .replaceAll(' ', '-'),
        ),
    );
    for (const link of links) expect(anchors, `the contents link #${link} has no heading`).toContain(link);
    expect(guide).toContain('](docs/fejlkatalog.md)');
    expect(guide).not.toContain('## Fejlbeskeder');
  });

  it('every message tells the editor its kind, to look up in the catalogue', () => {
    expect(
      formatProblem({
        check: 'skema',
        file: 'content/x.yaml',
        line: 1,
        message: 'M.',
        hint: 'H.',
        kind: 'mangler',
      }),
    ).toContain(`Fejltype: mangler (se ${ERROR_CATALOGUE})`);
    expect(existsSync(join(projectRoot, ERROR_CATALOGUE))).toBe(true);
  });

  it('names every check by the id it has in the registry and in its problems', () => {
    const from = guide.indexOf('## Tjekkene');
    const next = guide.indexOf('\n## ', from + 1);
    const table = guide.slice(from, next < 0 ? undefined : next);
    const listed = [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/`([^`]+)`/g)].map((x) => x[1]!),
    );
    const ids = [...checks, ...builtChecks].map((c) => c.id);
    expect(new Set(ids).size, 'check ids are unique').toBe(ids.length);
    expect([...listed].sort()).toEqual([...ids].sort());
    for (const [kind, spec] of Object.entries(errorKinds)) {
      for (const check of [spec.check].flat())
        expect(ids, `error kind ${kind} names an unknown check`).toContain(check);
    }
  });

  it('only names commands and files that exist', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts);
    for (const m of guide.matchAll(/npm run ([a-z:-]+)/g)) expect(scripts).toContain(m[1]);
    expect(scripts).toEqual(expect.arrayContaining(['start', 'test', 'dev']));
    // Files the guide's own `npm run ny` examples are about to create are the exception.
    const scaffolded = [
      ...[...guide.matchAll(/npm run ny -- gruppe ([a-z0-9-]+)/g)].flatMap((m) => [
        `content/grupper/${m[1]}.mdx`,
        `content/patienter/${m[1]}.mdx`,
        `content/soegeord/${m[1]}.yaml`,
      ]),
      ...[...guide.matchAll(/npm run ny -- indikation ([A-Z0-9-]+)/g)].map(
        (m) => `content/indikationer/${m[1]}.yaml`,
      ),
    ];
    for (const m of `${guide}\n${catalogue}`.matchAll(
      /`((?:content|\.github\/workflows)\/[^`<>]+\.(?:ya?ml|mdx))`/g,
    )) {
      if (!scaffolded.includes(m[1]!)) expect(existsSync(join(projectRoot, m[1]!)), m[1]).toBe(true);
    }
  });
});
