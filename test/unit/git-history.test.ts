import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changesOf, parseGitLog, readGitHistory } from '../../src/lib/git-history.ts';
import { projectRoot, tempProject } from '../helpers/temp-project.ts';
import { astroBuild } from '../helpers/build.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { git, tempDir } from '../helpers/temp-git.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** A repository with two commits: the first adds two files, the second changes one of them. */
function repoWithHistory(): string {
  const dir = tempDir(cleanups);
  git(dir, ['init', '-q']);
  mkdirSync(join(dir, 'content/grupper'), { recursive: true });
  writeFileSync(join(dir, 'content/grupper/a.mdx'), 'a\n');
  writeFileSync(join(dir, 'content/grupper/b.mdx'), 'b\n');
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', 'Add groups a and b'], '2024-01-10T12:00:00+01:00');
  writeFileSync(join(dir, 'content/grupper/a.mdx'), 'a, changed\n');
  git(dir, ['commit', '-qam', 'Change group a: new quota'], '2024-03-05T23:30:00+01:00');
  return dir;
}

describe('parseGitLog', () => {
  it('maps every file to the commits that touched it, newest first', () => {
    const log =
      '\x1eaaa\x1f2024-03-05T23:30:00+01:00\x1fChange a\n\ncontent/a.mdx\n\x1ebbb\x1f2024-01-10T12:00:00+01:00\x1fAdd a and b\n\ncontent/a.mdx\ncontent/b.mdx\n';
    const map = parseGitLog(log);
    expect(map.get('content/a.mdx')?.map((c) => c.hash)).toEqual(['aaa', 'bbb']);
    expect(map.get('content/b.mdx')).toEqual([
      { hash: 'bbb', date: '2024-01-10T12:00:00+01:00', summary: 'Add a and b' },
    ]);
  });
});

describe('readGitHistory', () => {
  it('reads the history of each file from a full clone', () => {
    const history = readGitHistory(repoWithHistory());
    expect(history.available).toBe(true);
    const a = changesOf(history, ['content/grupper/a.mdx']);
    expect(a.map((c) => c.summary)).toEqual(['Change group a: new quota', 'Add groups a and b']);
    expect(Date.parse(a[0]!.date)).toBe(Date.parse('2024-03-05T23:30:00+01:00'));
    expect(changesOf(history, ['content/grupper/b.mdx']).map((c) => c.summary)).toEqual([
      'Add groups a and b',
    ]);
    // A folder covers every file under it, and a commit counts once.
    expect(changesOf(history, ['content/grupper/', 'content/grupper/a.mdx'])).toHaveLength(2);
  });

  it('reports a shallow clone as having no history instead of dating every file to its one commit', () => {
    const source = repoWithHistory();
    const clone = join(tempDir(cleanups), 'clone');
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
    const history = readGitHistory(clone);
    expect(history).toMatchObject({ available: false, reason: 'shallow' });
    expect(changesOf(history, ['content/grupper/b.mdx'])).toEqual([]);
  });

  it('reports a folder outside git as having no history', () => {
    expect(readGitHistory(tempDir(cleanups))).toMatchObject({ available: false, reason: 'no-git' });
  });
});

// Each test builds the whole site; on a busy machine that takes longer than the default test timeout.
describe('history on the built pages', { timeout: 300_000 }, () => {
  /** The project as a git repository of its own, with two commits at known dates. */
  function projectRepo(): string {
    const project = tempProject();
    cleanups.push(project.cleanup);
    const root = project.root;
    writeFileSync(join(root, '.gitignore'), 'node_modules\ndist\n.astro\n');
    git(root, ['init', '-q']);
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'Import the site'], '2024-01-10T12:00:00+01:00');
    project.edit('content/grupper/haematologisk-cancer.mdx', (t) =>
      t.replace('Patientgruppen dækker', 'Gruppen dækker'),
    );
    git(root, ['commit', '-qam', 'Reword the haematology introduction'], '2024-03-05T23:30:00+01:00');
    return root;
  }

  function build(root: string) {
    const trace = join(tempDir(cleanups), 'git-trace.log');
    const { status, output } = astroBuild(root, {
      GIT_TRACE: trace,
      REPO_URL: 'https://github.com/eksempel/genomvejledninger',
      REPO_BRANCH: 'main',
    });
    let gitCommands: string[] = [];
    try {
      gitCommands = readFileSync(trace, 'utf8')
        .split('\n')
        .filter((l) => l.includes('built-in: git'));
    } catch {
      // No trace file: git was never called.
    }
    const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
    return { status, output, gitCommands, page };
  }

  it('a full clone: pages show content changes in Danish, from one git log for the whole build', () => {
    const root = projectRepo();
    const { status, output, gitCommands, page } = build(root);
    expect(status, output).toBe(0);
    expect(gitCommands.filter((c) => c.includes(' log '))).toHaveLength(1);
    const group = page('grupper/haematologisk-cancer');
    expect(group).toMatch(/Senest ændret <time datetime="2024-03-05">5\. marts 2024<\/time>/);
    expect(group).toContain('Gruppens introduktion er omformuleret.');
    // Commit subjects are for developers: none is on the page.
    expect(group).not.toContain('Reword the haematology introduction');
    expect(group).not.toContain('Import the site');
    expect(group).toContain(
      'href="https://github.com/eksempel/genomvejledninger/edit/main/content/grupper/haematologisk-cancer.mdx"',
    );
    // The indication's file was not touched by the second commit: it only came onto the site.
    const indication = page('indikationer/HAEM-RR');
    expect(indication).toMatch(/Senest ændret <time datetime="2024-01-10">10\. januar 2024<\/time>/);
    expect(indication).toContain('Indikationen er lagt på sitet.');
    const feed = readFileSync(join(root, 'dist', 'aendringer.xml'), 'utf8');
    expect(feed).toContain('Gruppens introduktion er omformuleret.');
  });

  it('a shallow clone builds and shows no dates rather than wrong ones', () => {
    const source = projectRepo();
    const clone = join(tempDir(cleanups), 'clone');
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
    symlinkSync(join(projectRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const { status, output, page } = build(clone);
    expect(status, output).toBe(0);
    expect(output).toContain('Git-klonen er shallow');
    const group = page('grupper/haematologisk-cancer');
    expect(group).not.toContain('Senest ændret');
    expect(group).toContain('Ændringshistorikken er ikke med i denne udgave af siden');
    expect(group).toContain('Redigér denne side');
    expect(group).toContain('class="trail"');
  });

  // The fixture site (built once for every unit test that reads a valid build) is a copy outside git, and
  // its PID-IEI carries an editor's change note.
  it('a copy without git builds; the changes page says so and the feed holds only the editors’ notes', async () => {
    const { status, output, dist } = await fixtureSite();
    const note = 'Kvoten er gennemgået uden ændringer efter styregruppens møde.';
    const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
    expect(status, output).toBe(0);
    expect(output).toContain('Projektet er ikke i git');
    expect(page('aendringer')).toContain('Ændringshistorikken er ikke med i denne udgave af siden');
    const indication = page('indikationer/PID-IEI');
    expect(indication).toContain(note);
    expect(indication).toMatch(/Senest ændret <time datetime="2024-02-01">1\. februar 2024<\/time>/);
    const feed = readFileSync(join(dist, 'aendringer.xml'), 'utf8');
    expect([...feed.matchAll(/<entry>/g)]).toHaveLength(1);
    expect(feed).toContain(note);
    const data = JSON.parse(readFileSync(join(dist, 'data', 'aendringer.json'), 'utf8'));
    expect(data).toMatchObject({
      historikMedtaget: false,
      aendringer: [{ type: 'note', aendringer: [note] }],
    });
  });
});
