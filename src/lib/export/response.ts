// HTTP responses for the data endpoints under src/pages/data/.

export const json = (data: unknown): Response =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

export const csv = (text: string): Response =>
  new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
