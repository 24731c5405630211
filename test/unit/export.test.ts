import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { collections } from '../../schemas/collections.ts';
import { exportAllSchema } from '../../schemas/export.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { contentModel } from '../../scripts/lib/model.ts';
import { groupTotals, indicationTotals } from '../../src/domain/totals.ts';
import { csvFiles } from '../../src/lib/export/csv.ts';
import { fieldList, jsonSchema, jsonSchemas, type JsonSchemaName } from '../../src/lib/export/json-schema.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { fixtureRoot } from '../helpers/temp-project.ts';

// The open data is read back from a real build of the fixture content and compared with that content.
let dist: string;
beforeAll(async () => {
  const site = await fixtureSite();
  if (site.status !== 0) throw new Error(`astro build failed:\n${site.output}`);
  dist = site.dist;
});

const raw = readContent(fixtureRoot);
const model = contentModel(raw);
const parsed = (collection: keyof typeof collections) =>
  raw
    .filter((e) => e.collection === collection)
    .map((e) => ({
      id: e.id,
      data: collections[collection].schema.parse(e.data) as Record<string, unknown>,
    }));
const readJson = (file: string) => JSON.parse(readFileSync(join(dist, 'data', file), 'utf8'));
const readCsv = (file: string): Record<string, string>[] =>
  parse(readFileSync(join(dist, 'data', file), 'utf8'), { columns: true, bom: true });

describe('JSON export', () => {
  it('holds the whole content model and matches its schema', () => {
    const all = exportAllSchema.parse(readJson('alt.json'));
    expect(all.kilder.map((k) => k.id)).toEqual(parsed('kilder').map((k) => k.id));
    // The site lists groups as its pages do: cancer first, then by name.
    const siteOrder = [...model.groups].sort(
      (a, b) =>
        a.data.omraade.localeCompare(b.data.omraade, 'da') || a.data.navn.localeCompare(b.data.navn, 'da'),
    );
    expect(all.grupper.map((g) => g.slug)).toEqual(siteOrder.map((g) => g.id));
    expect(all.grupper).toHaveLength(5);
    expect(all.indikationer.map((i) => i.kode).sort()).toEqual(model.indications.map((i) => i.id).sort());
    expect(all.status.map((s) => s.id)).toEqual(model.status.map((s) => s.id));
  });

  it('gives every indication with its criteria and quotas exactly as the content has them, plus the computed totals', () => {
    const exported = readJson('indikationer.json') as Record<string, unknown>[];
    for (const { id, data } of parsed('indikationer')) {
      const item = exported.find((x) => x.kode === id)!;
      const { url, beregnet, ...content } = item as { url: string; beregnet: Record<string, unknown> };
      expect(content).toEqual(JSON.parse(JSON.stringify(data)));
      expect(url).toBe(`/indikationer/${id}/`);
      const t = indicationTotals(model.indications.find((i) => i.id === id)!);
      // An indication whose source gives no figures (children and young people) has no computed totals.
      expect(beregnet).toEqual(
        expect.objectContaining(
          JSON.parse(JSON.stringify({ wgsPrAar: t?.wgs, germline: t?.germline, somatiske: t?.somatic })),
        ),
      );
      if (!t) expect(beregnet.wgsPrAar).toBeUndefined();
    }
    expect(
      exported
        .filter((x) => (x.beregnet as { wgsPrAar?: number }).wgsPrAar !== undefined)
        .map((x) => x.kode)
        .sort(),
    ).toEqual(['HAEM-MYEL', 'HAEM-RR', 'PID-IEI']);
  });

  it('gives every group with its computed sums', () => {
    const exported = readJson('grupper.json') as { slug: string; beregnet: Record<string, unknown> }[];
    for (const g of model.groups) {
      const t = groupTotals(g.id, model.indications);
      const b = exported.find((x) => x.slug === g.id)!.beregnet;
      expect([b.komplet, b.wgsPrAar, b.nyhenvistePatienter]).toEqual([t.complete, t.wgs, t.patientsNewly]);
    }
    expect(exported.find((x) => x.slug === 'haematologisk-cancer')?.beregnet.wgsPrAar).toBe(2190);
    expect(exported.find((x) => x.slug === 'primaer-immundefekt')?.beregnet).toMatchObject({
      komplet: true,
      wgsPrAar: 1000,
      nyhenvistePatienter: 500,
    });
    expect(exported.find((x) => x.slug === 'boern-og-unge-med-kraeft')?.beregnet.komplet).toBe(false);
  });

  it('publishes a JSON Schema per file, generated from the zod schemas', () => {
    for (const name of Object.keys(jsonSchemas) as JsonSchemaName[]) {
      const published = readJson(`skema/${name}.schema.json`);
      expect(published).toEqual(jsonSchema(name));
      expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
    expect(readJson('skema/indikationer.schema.json').items.properties.kvote.description).toContain(
      'antal patienter og WGS',
    );
  });
});

describe('CSV export', () => {
  it('has one row per indication with the quota figures of the content', () => {
    const rows = readCsv('indikationer.csv');
    expect(rows.map((r) => r.kode).sort()).toEqual(model.indications.map((i) => i.id).sort());
    for (const i of model.indications) {
      const row = rows.find((r) => r.kode === i.id)!;
      expect(row.navn).toBe(i.data.navn);
      expect(row.gruppe).toBe(i.data.gruppe);
      // An empty cell where the source gives no figure, never a 0.
      const cell = (v: number | undefined) => (v === undefined ? '' : String(v));
      expect(row.nyhenviste_patienter).toBe(cell(i.data.kvote?.nyhenviste.patienter.vaerdi));
      expect(row.beregnet_wgs_pr_aar).toBe(cell(indicationTotals(i)?.wgs));
      expect(row.wgs_pr_aar_kilde).toBe(i.data.kvote?.wgsPrAar ? String(i.data.kvote.wgsPrAar.vaerdi) : '');
    }
  });

  it('has one row per referral criterion', () => {
    const rows = readCsv('kriterier.csv');
    const rr = model.indications.find((i) => i.id === 'HAEM-RR')!.data.kriterier;
    const expected = Object.values(rr).reduce<number>(
      (n, v) => n + (Array.isArray(v) ? v.length : v ? 1 : 0),
      0,
    );
    expect(rows.filter((r) => r.kode === 'HAEM-RR')).toHaveLength(expected);
    expect(rows.find((r) => r.kode === 'HAEM-RR' && r.kriterium === 'alder')).toMatchObject({
      tekst: rr.alder?.tekst,
      kraeves: 'true',
    });
  });

  it('has the status table with its computed total', () => {
    const rows = readCsv('status.csv');
    const status = model.status[0]!;
    for (const r of status.data.grupper) {
      expect(rows.find((x) => x.gruppe === r.gruppe)).toMatchObject({
        proever: String(r.proever.vaerdi),
        andel_procent: String(r.andel.vaerdi),
      });
    }
    expect(rows.find((x) => x.gruppe === 'i-alt')).toMatchObject({ proever: '6693', andel_procent: '38' });
  });

  it('has the groups with the sums computed by the site', () => {
    const rows = readCsv('grupper.csv');
    expect(rows.find((r) => r.slug === 'haematologisk-cancer')).toMatchObject({
      wgs_i_alt_kilde: '2200',
      beregnet_wgs_i_alt: '2190',
      beregnet_komplet: 'true',
    });
    expect(rows.find((r) => r.slug === 'boern-og-unge-med-kraeft')).toMatchObject({
      wgs_i_alt_kilde: '940',
      beregnet_wgs_i_alt: '',
      beregnet_komplet: 'false',
    });
    // Primær immundefekt: ca. 750 for newly referred, ca. 250 more the first years, "op til 1000" in all.
    expect(rows.find((r) => r.slug === 'primaer-immundefekt')).toMatchObject({
      wgs_nyhenviste_kilde: '750',
      wgs_tidligere_kilde: '250',
      wgs_maksimum_kilde: '1000',
      wgs_maksimum_kvalifikator: 'op til',
    });
  });

  it('starts with a byte order mark so spreadsheets read Danish letters', () => {
    expect(readFileSync(join(dist, 'data', 'status.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
  });
});

describe('field descriptions for the data page', () => {
  it('describes every field of every JSON file in Danish', () => {
    for (const name of Object.keys(jsonSchemas) as JsonSchemaName[]) {
      const missing = fieldList(jsonSchema(name) as Parameters<typeof fieldList>[0]).filter(
        (f) => !f.beskrivelse,
      );
      expect(missing.map((f) => `${name}: ${f.felt}`)).toEqual([]);
    }
  });

  it('describes every CSV column', () => {
    for (const f of csvFiles)
      for (const c of f.columns)
        expect(c.beskrivelse.trim().length, `${f.file}: ${c.key}`).toBeGreaterThan(5);
  });

  it('lists the fields on the built data page', () => {
    const html = readFileSync(join(dist, 'data', 'index.html'), 'utf8');
    for (const felt of [
      'kvote.nyhenviste.patienter',
      'beregnet.wgsPrAar',
      'grupper[].andel',
      'afvigelser[].forklaring',
    ])
      expect(html).toContain(felt);
  });
});
