import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../scripts/lib/audit.ts';

// Shapes of `npm audit --json` (auditReportVersion 2, npm 7 and later).
const report = (
  vulnerabilities: Record<string, { severity: string; fixAvailable?: boolean }>,
  counts: Record<string, number>,
) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerabilities).map(([name, v]) => [name, { name, via: [], ...v }]),
    ),
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
      dependencies: { prod: 120, dev: 200, optional: 10, peer: 0, peerOptional: 0, total: 330 },
    },
  });

describe('judging npm audit', () => {
  it('passes a clean report', () => {
    expect(judgeAudit(report({}, {}))).toEqual({
      status: 'ok',
      message: 'npm audit: ingen høje eller kritiske sårbarheder i 120 runtime-pakker.',
    });
  });

  it('passes low and moderate findings but names them', () => {
    const verdict = judgeAudit(report({ 'some-lib': { severity: 'moderate' } }, { moderate: 1, total: 1 }));
    expect(verdict).toEqual({
      status: 'ok',
      message: 'npm audit: ingen høje eller kritiske sårbarheder i 120 runtime-pakker (øvrige: 1 moderate).',
    });
  });

  it('fails on a high or critical finding and lists the packages', () => {
    const verdict = judgeAudit(
      report(
        {
          'bad-lib': { severity: 'critical', fixAvailable: true },
          'old-lib': { severity: 'high' },
          'ok-lib': { severity: 'low' },
        },
        { critical: 1, high: 1, low: 1, total: 3 },
      ),
    );
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toMatchInlineSnapshot(`
      "npm audit fandt 2 pakke(r) med høj eller kritisk sårbarhed i de pakker, sitet kører med:
        - bad-lib (critical) – kan rettes med npm audit fix
        - old-lib (high)"
    `);
  });

  it('reports an unreachable audit service as unavailable, not as a pass', () => {
    const offline = JSON.stringify({
      message: '405 Method Not Allowed - POST <registry>/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(judgeAudit(offline)).toEqual({
      status: 'unavailable',
      message:
        'registrets audit-tjeneste kunne ikke bruges (405 Method Not Allowed - POST <registry>/-/npm/v1/security/advisories/bulk, HTTP 405)',
    });
    expect(
      judgeAudit(
        JSON.stringify({
          error: { code: 'ENOTFOUND', summary: 'request failed, reason: getaddrinfo ENOTFOUND' },
        }),
      ).status,
    ).toBe('unavailable');
    expect(judgeAudit('').status).toBe('unavailable');
  });
});
