import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';

// Synthetic but realistic content for the build benchmark: copies of the haematological cancer group,
// which has two indications, so every synthetic group is as rich as a real one and stays valid.
const TEMPLATE_GROUP = 'haematologisk-cancer';
const TEMPLATE_INDICATIONS = [
  { file: 'HAEM-RR', suffix: 'RR' },
  { file: 'HAEM-MYEL', suffix: 'MYEL' },
];

/** "S" and three letters from the group number: SAAA, SAAB, … (17,576 groups). */
function prefixOf(i: number): string {
  const letters = [Math.floor(i / 676) % 26, Math.floor(i / 26) % 26, i % 26].map((n) =>
    String.fromCharCode(65 + n),
  );
  return `S${letters.join('')}`;
}

/** Writes ceil(N/2) synthetic groups with two indications each (N rounded up to even), valid under the real schemas. */
export function generateSynthetic(
  root: string,
  project: string,
  n: number,
): { groups: number; indications: number } {
  const groupText = readFileSync(join(root, 'content', 'grupper', `${TEMPLATE_GROUP}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(groupText);
  if (!match) throw new Error(`content/grupper/${TEMPLATE_GROUP}.mdx har ingen frontmatter.`);
  const [, frontmatter, body] = match as unknown as [string, string, string];
  const templates = TEMPLATE_INDICATIONS.map((t) => ({
    ...t,
    text: readFileSync(join(root, 'content', 'indikationer', `${t.file}.yaml`), 'utf8'),
  }));
  const groups = Math.ceil(n / 2);
  const patientText = readFileSync(join(root, 'content', 'patienter', `${TEMPLATE_GROUP}.mdx`), 'utf8');
  let indications = 0;
  for (let g = 0; g < groups; g++) {
    const prefix = prefixOf(g);
    const slug = `syntetisk-${prefix.toLowerCase()}`;
    const group = parseDocument(frontmatter);
    group.set('navn', `${String(group.get('navn'))} (syntetisk ${prefix})`);
    group.set(
      'beskrivelse',
      `${String(group.get('beskrivelse'))} Syntetisk gruppe ${g + 1} til måling af byggetiden.`,
    );
    writeFileSync(
      join(project, 'content', 'grupper', `${slug}.mdx`),
      `---\n${group.toString().trimEnd()}\n---\n${body}`,
    );
    // Every group gets both indications (and its patient page), so its stated totals still add up.
    writeFileSync(
      join(project, 'content', 'patienter', `${slug}.mdx`),
      patientText.replace(/^gruppe: .*$/m, `gruppe: ${slug}`),
    );
    for (const t of templates) {
      const doc = parseDocument(t.text);
      const code = `${prefix}-${t.suffix}`;
      doc.set('kode', code);
      doc.set('gruppe', slug);
      doc.set('navn', `${String(doc.get('navn'))} (${prefix})`);
      writeFileSync(join(project, 'content', 'indikationer', `${code}.yaml`), doc.toString());
      indications++;
    }
  }
  // The programme funds a fixed number of WGS, which a thousand copies of a group would exceed; the
  // synthetic programme funds the copies too, so the content stays valid under the programme check.
  const programmeFile = join(project, 'content', 'programmet', 'programmet.yaml');
  const programme = parseDocument(readFileSync(programmeFile, 'utf8'));
  const perGroup = Number(parseDocument(frontmatter).getIn(['wgsPrAar', 'iAlt', 'vaerdi']) ?? 0);
  const funded = ['omfang', 'helgenomsekventeringer', 'vaerdi'];
  programme.setIn(funded, Number(programme.getIn(funded)) + groups * perGroup);
  // The figure's note speaks of the real funding ("de 60.000 analyser") and would contradict the raised figure.
  programme.deleteIn(['omfang', 'helgenomsekventeringer', 'note']);
  writeFileSync(programmeFile, programme.toString());
  return { groups, indications };
}

/**
 * Gives the benchmark copy a git history, so the full build pays for its change log as a real checkout
 * does: the project as the first commit, then a commit that rewords every indication's description, one
 * that rewords every group's, and one that changes no content (each page then has two versions to
 * compare, and the code-only commit must give no entry). The dates are fixed and in the past.
 */
export function commitSyntheticHistory(project: string): { commits: number } {
  const git = (args: string[], date: string) => {
    const run = spawnSync('git', ['-C', project, ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Benchmark',
        GIT_AUTHOR_EMAIL: 'bench@example.invalid',
        GIT_COMMITTER_NAME: 'Benchmark',
        GIT_COMMITTER_EMAIL: 'bench@example.invalid',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')} fejlede: ${run.stderr}`);
  };
  const commitAll = (message: string, date: string) => {
    git(['add', '-A', '--', '.'], date);
    git(['commit', '-q', '--no-verify', '-m', message], date);
  };
  const reword = (folder: string, extension: string, edit: (doc: Document) => void) => {
    const dir = join(project, 'content', folder);
    for (const name of readdirSync(dir).filter((f) => f.endsWith(extension) && !f.startsWith('_'))) {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      if (extension === '.yaml') {
        const doc = parseDocument(text);
        edit(doc);
        writeFileSync(file, doc.toString());
      } else {
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
        if (!match) continue;
        const doc = parseDocument(match[1]!);
        edit(doc);
        writeFileSync(file, `---\n${doc.toString().trimEnd()}\n---\n${match[2]!}`);
      }
    }
  };
  const addSentence = (doc: Document) =>
    doc.set('beskrivelse', `${String(doc.get('beskrivelse'))} Teksten er gennemskrevet.`);

  git(['init', '-q', '-b', 'main'], '2026-01-05T10:00:00+01:00');
  commitAll('Add the content', '2026-01-05T10:00:00+01:00');
  reword('indikationer', '.yaml', addSentence);
  commitAll('Reword the indications', '2026-03-02T10:00:00+01:00');
  reword('grupper', '.mdx', addSentence);
  commitAll('Reword the groups', '2026-05-04T10:00:00+01:00');
  writeFileSync(join(project, 'BENCHMARK.md'), 'A change that touches no content.\n');
  commitAll('Change no content', '2026-06-01T10:00:00+01:00');
  return { commits: 4 };
}
