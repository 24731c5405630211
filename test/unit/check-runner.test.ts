import { describe, expect, it } from 'vitest';
import { runChecks, type Rule } from '../../scripts/lib/check.ts';

// A check reports under its own id, the one in the registry and in CONTRIBUTING.md; the runner holds it to that.
const problem = (check: string) => ({
  check,
  file: 'content/x.yaml',
  kind: 'andet' as const,
  message: 'm',
  hint: 'h',
});

describe('the check runner', () => {
  it('collects the problems of a check that reports under its own id', () => {
    const rule: Rule = { id: 'eget-id', name: 'eget id', run: () => [problem('eget-id')] };
    expect(runChecks('/nowhere', [], [rule]).problems.map((p) => p.check)).toEqual(['eget-id']);
  });

  it('refuses a problem reported under another id', () => {
    const rule: Rule = { id: 'eget-id', name: 'eget id', run: () => [problem('andet-id')] };
    expect(() => runChecks('/nowhere', [], [rule])).toThrow(
      'The check "eget-id" reported a problem as "andet-id"',
    );
  });
});
