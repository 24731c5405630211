/** What `npm audit --omit=dev --json` said, judged against the rule: no high or critical finding. */
export type AuditVerdict =
  | { status: 'ok'; message: string }
  | { status: 'fail'; message: string }
  | { status: 'unavailable'; message: string };

interface AuditReport {
  vulnerabilities?: Record<
    string,
    { name?: string; severity?: string; via?: unknown[]; fixAvailable?: unknown }
  >;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number; total?: number } };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
}

const BLOCKING = ['high', 'critical'];

export function judgeAudit(stdout: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    return {
      status: 'unavailable',
      message: `npm audit svarede ikke med JSON: ${stdout.trim().slice(0, 200) || '(intet output)'}`,
    };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const why = report.error?.summary || report.message || report.error?.code || 'ukendt fejl';
    return {
      status: 'unavailable',
      message: `registrets audit-tjeneste kunne ikke bruges (${why}${report.statusCode ? `, HTTP ${report.statusCode}` : ''})`,
    };
  }
  const blocking = Object.values(report.vulnerabilities ?? {}).filter((v) =>
    BLOCKING.includes(v.severity ?? ''),
  );
  const summary = Object.entries(counts)
    .filter(([key, n]) => key !== 'total' && n > 0)
    .map(([key, n]) => `${n} ${key}`)
    .join(', ');
  if (blocking.length) {
    const list = blocking
      .map((v) => `  - ${v.name} (${v.severity})${v.fixAvailable ? ' – kan rettes med npm audit fix' : ''}`)
      .join('\n');
    return {
      status: 'fail',
      message: `npm audit fandt ${blocking.length} pakke(r) med høj eller kritisk sårbarhed i de pakker, sitet kører med:\n${list}`,
    };
  }
  const prod = report.metadata?.dependencies?.prod;
  return {
    status: 'ok',
    message: `npm audit: ingen høje eller kritiske sårbarheder${prod ? ` i ${prod} runtime-pakker` : ''}${summary ? ` (øvrige: ${summary})` : ''}.`,
  };
}
