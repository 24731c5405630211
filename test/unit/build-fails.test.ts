import { describe, expect, it } from 'vitest';
import { buildWithChange } from '../helpers/build.ts';

// The real `astro build` on a broken copy of the content must stop with our Danish message.
const RR = 'content/indikationer/HAEM-RR.yaml';

describe('astro build stops on broken content', () => {
  it('a wrong type', () => {
    const { status, output } = buildWithChange(RR, (t) =>
      t.replace('  wgsPrAar:\n    vaerdi: 440', '  wgsPrAar:\n    vaerdi: fire hundrede'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`${RR}:`);
    expect(output).toContain('felt: kvote.wgsPrAar.vaerdi');
    expect(output).toContain('Forkert type: forventede et tal, men fik teksten "fire hundrede".');
    // The Danish report alone: no English hook error around it and no stack trace into the integration.
    expect(output).not.toMatch(/unhandled error|Stack trace|\bat .*content-checks\.ts/i);
  });

  it('a missing required field', () => {
    const { status, output } = buildWithChange(RR, (t) => t.replace(/^navn: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain(`${RR}:`);
    expect(output).toContain('felt: navn');
    expect(output).toContain('Feltet mangler, men det er påkrævet.');
  });

  it('an unknown group', () => {
    const { status, output } = buildWithChange(RR, (t) =>
      t.replace('gruppe: haematologisk-cancer', 'gruppe: blodkraeft'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`${RR}:`);
    expect(output).toContain('felt: gruppe');
    expect(output).toContain('Patientgruppen "blodkraeft" findes ikke i content/grupper/.');
  });

  it('a quota figure that no longer adds up', () => {
    const { status, output } = buildWithChange('content/grupper/haematologisk-cancer.mdx', (t) =>
      t.replace('    vaerdi: 2200', '    vaerdi: 2400'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/grupper/haematologisk-cancer.mdx:40');
    expect(output).toContain('felt: wgsPrAar.iAlt.vaerdi');
    expect(output).toContain('kilden angiver 2.400 WGS, men 440 (HAEM-RR) + 1.750 (HAEM-MYEL) = 2.190 WGS');
  });

  it('a placeholder left from the template', () => {
    const { status, output } = buildWithChange('content/grupper/haematologisk-cancer.mdx', (t) =>
      t.replace('navn: Hæmatologisk cancer', 'navn: "UDFYLD: gruppens navn"'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/grupper/haematologisk-cancer.mdx:2:7');
    expect(output).toContain('felt: navn');
    expect(output).toContain('Pladsholderen "UDFYLD: gruppens navn" er ikke udfyldt.');
  });
});
