import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { generateSynthetic } from '../../scripts/lib/synthetic-content.ts';
import { fixtureRoot, tempProject } from '../helpers/temp-project.ts';

// npm run bench is only meaningful while its synthetic content passes the real checks.
const project = tempProject({ nodeModules: false });
const large = tempProject({ nodeModules: false });
afterAll(() => [project, large].forEach((p) => p.cleanup()));

describe('synthetic content for the benchmark', () => {
  it('makes N indications (rounded up to even) in N/2 groups that pass every content check', () => {
    expect(generateSynthetic(fixtureRoot, project.root, 7)).toEqual({ groups: 4, indications: 8 });
    const synthetic = readdirSync(join(project.root, 'content', 'indikationer')).filter((f) =>
      f.startsWith('S'),
    );
    expect(synthetic.sort()).toEqual([
      'SAAA-MYEL.yaml',
      'SAAA-RR.yaml',
      'SAAB-MYEL.yaml',
      'SAAB-RR.yaml',
      'SAAC-MYEL.yaml',
      'SAAC-RR.yaml',
      'SAAD-MYEL.yaml',
      'SAAD-RR.yaml',
    ]);
    const { problems } = runChecks(project.root);
    expect(formatReport(problems)).toBe('');
  });

  it("stays within the programme's funded WGS however many groups it makes", () => {
    // 30 copies of a group with ca. 2.200 WGS a year are more than the 60.000 the programme funds.
    generateSynthetic(fixtureRoot, large.root, 60);
    expect(formatReport(runChecks(large.root).problems)).toBe('');
  });
});
