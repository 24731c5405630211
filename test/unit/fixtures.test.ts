import { describe, expect, it } from 'vitest';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatProblem } from '../../scripts/lib/report.ts';
import { fixtureRoot } from '../helpers/temp-project.ts';

// The rule tests break one thing in the fixture content and read the message that follows. That only
// proves the rule if the fixture is valid to begin with: otherwise a message could come from elsewhere.
describe('fixture content', () => {
  it('fixture content passes every check', () => {
    const { problems } = runChecks(fixtureRoot);
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
  });
});
