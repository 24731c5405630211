// Used by .github/workflows/ci.yml: prints the Danish pull request comment for the preview.
// Usage: node scripts/preview-comment.ts <preview-url> <base-ref>
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { runChecks } from './lib/check.ts';
import { previewComment } from './lib/changed-pages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const [url, baseRef = 'main'] = process.argv.slice(2);
if (!url) throw new Error('Usage: node scripts/preview-comment.ts <preview-url> <base-ref>');
const files = execFileSync('git', ['diff', '--name-only', `origin/${baseRef}...HEAD`], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const { problems, entries } = runChecks(root);
const checks = problems.length
  ? `✖ ${problems.length} fejl i indholdet; se markeringerne under *Files changed*.`
  : `✔ ${entries} filer i content/ er gyldige, og sitet blev bygget med links i orden.`;
const dataOf = (file: string) => {
  const path = join(root, file);
  if (!file.endsWith('.yaml') || !existsSync(path)) return undefined;
  return jsYaml.load(readFileSync(path, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as
    { gruppe?: string } | undefined;
};
console.log(previewComment({ url, files, checks, dataOf }));
