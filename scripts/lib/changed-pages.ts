import { collections, type CollectionName } from '../../schemas/collections.ts';

/** Where a content file shows, as site paths without the base path. */
const pagesOf: Record<CollectionName, (id: string, data: { gruppe?: string } | undefined) => string[]> = {
  kilder: () => ['/kilder/'],
  grupper: (id) => [`/grupper/${id}/`, '/grupper/', '/oversigt/'],
  indikationer: (id, d) => [
    `/indikationer/${id}/`,
    ...(d?.gruppe ? [`/grupper/${d.gruppe}/`] : []),
    '/oversigt/',
  ],
  programmet: () => ['/programmet/'],
  evaluering: () => ['/evaluering/'],
  international: () => ['/international/'],
  status: () => ['/status/', '/oversigt/'],
  patienter: (id) => [`/patienter/${id}/`, '/patienter/'],
  ordliste: () => ['/ordliste/'],
  soegeord: () => ['/soeg/'],
};

/**
 * The pages a change touches, from the changed files' paths (git diff --name-only). Anything outside
 * content/ (code, styles, configuration) may change every page, which the result says.
 */
export function changedPages(
  files: readonly string[],
  dataOf: (file: string) => { gruppe?: string } | undefined = () => undefined,
): { pages: string[]; everything: boolean } {
  const pages = new Set<string>();
  let everything = false;
  for (const file of files) {
    const match = /^content\/([^/]+)\/([^/]+)$/.exec(file);
    const name =
      match && (Object.keys(collections) as CollectionName[]).find((c) => collections[c].folder === match[1]);
    if (!match || !name) {
      if (
        !file.startsWith('content/') &&
        !/\.md$/.test(file) &&
        !file.startsWith('test/') &&
        !file.startsWith('.github/')
      )
        everything = true;
      continue;
    }
    const spec = collections[name];
    if (!match[2]!.endsWith(spec.extension) || match[2]!.startsWith('_')) continue;
    for (const p of pagesOf[name](match[2]!.slice(0, -spec.extension.length), dataOf(file))) pages.add(p);
  }
  return { pages: [...pages].sort(), everything };
}

/** The pull request comment, in Danish: the preview's address, the pages to look at and how the checks went. */
export function previewComment(o: {
  url: string;
  files: readonly string[];
  checks: string;
  dataOf?: (file: string) => { gruppe?: string } | undefined;
}): string {
  const { pages, everything } = changedPages(o.files, o.dataOf);
  const url = o.url.replace(/\/$/, '');
  const list = pages.length
    ? pages.map((p) => `- [${p}](${url}${p})`).join('\n')
    : '- Ingen sider med indhold fra `content/` er ændret.';
  return [
    '<!-- genomvejledninger-forhaandsvisning -->',
    '## Forhåndsvisning',
    '',
    `Sitet med denne ændring kan ses på **${url}/**. Adressen opdateres ved hver ny commit og fjernes, når pull requesten lukkes.`,
    '',
    '**Sider, der er ændret:**',
    '',
    list,
    ...(everything
      ? ['', 'Ændringen rører også kode eller opsætning, så alle sider kan se anderledes ud.']
      : []),
    '',
    `**Tjek:** ${o.checks}`,
    '',
  ].join('\n');
}
