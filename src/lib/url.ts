/** A site path with the configured base path in front, so the build works under any base. */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

export const groupUrl = (slug: string) => url(`/grupper/${slug}/`);
export const indicationUrl = (code: string) => url(`/indikationer/${code}/`);
export const sourceUrl = (id: string) => url(`/kilder/#${id}`);
export const patientPageUrl = (slug: string) => url(`/patienter/${slug}/`);
export const glossaryUrl = (termId?: string) => url(`/ordliste/${termId ? `#${termId}` : ''}`);
