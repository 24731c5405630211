import { describe, expect, it } from 'vitest';
import { buildWithChanges } from '../helpers/build.ts';

// The real `astro build` on a broken copy of the content must stop with our Danish message. The build
// reports every problem at once, as `npm run check` does, so one build carries the breaks of several
// tests (each test still reads its own message). A consistency rule runs only on otherwise valid
// content, so the figure that no longer adds up gets a build of its own.
const RR = 'content/indikationer/HAEM-RR.yaml';
const GROUP = 'content/grupper/haematologisk-cancer.mdx';

let broken: ReturnType<typeof buildWithChanges> | undefined;
/** One build with a wrong type, a missing field and an unknown group in RR, and a placeholder in GROUP. */
const brokenBuild = () =>
  (broken ??= buildWithChanges([
    [RR, (t) => t.replace('  wgsPrAar:\n    vaerdi: 440', '  wgsPrAar:\n    vaerdi: fire hundrede')],
    [RR, (t) => t.replace(/^navn: .*\n/m, '')],
    [RR, (t) => t.replace('gruppe: haematologisk-cancer', 'gruppe: blodkraeft')],
    [GROUP, (t) => t.replace('navn: Hæmatologisk cancer', 'navn: "UDFYLD: gruppens navn"')],
  ]));

describe('astro build stops on broken content', () => {
  it('a wrong type', () => {
    const { status, output } = brokenBuild();
    expect(status).not.toBe(0);
    expect(output).toContain(`${RR}:`);
    expect(output).toContain('felt: kvote.wgsPrAar.vaerdi');
    expect(output).toContain('Forkert type: forventede et tal, men fik teksten "fire hundrede".');
    // The Danish report alone: no English hook error around it and no stack trace into the integration.
    expect(output).not.toMatch(/unhandled error|Stack trace|\bat .*content-checks\.ts/i);
  });

  it('a missing required field', () => {
    const { status, output } = brokenBuild();
    expect(status).not.toBe(0);
    expect(output).toContain(`${RR}:`);
    expect(output).toContain('felt: navn');
    expect(output).toContain('Feltet mangler, men det er påkrævet.');
  });

  it('an unknown group', () => {
    const { status, output } = brokenBuild();
    expect(status).not.toBe(0);
    expect(output).toContain(`${RR}:`);
    expect(output).toContain('felt: gruppe');
    expect(output).toContain('Patientgruppen "blodkraeft" findes ikke i content/grupper/.');
  });

  it('a quota figure that no longer adds up', () => {
    const { status, output } = buildWithChanges([
      [GROUP, (t) => t.replace('    vaerdi: 2200', '    vaerdi: 2400')],
    ]);
    expect(status).not.toBe(0);
    expect(output).toContain(`${GROUP}:40`);
    expect(output).toContain('felt: wgsPrAar.iAlt.vaerdi');
    expect(output).toContain('kilden angiver 2.400 WGS, men 440 (HAEM-RR) + 1.750 (HAEM-MYEL) = 2.190 WGS');
  });

  it('a placeholder left from the template', () => {
    const { status, output } = brokenBuild();
    expect(status).not.toBe(0);
    expect(output).toContain(`${GROUP}:2:7`);
    expect(output).toContain('felt: navn');
    expect(output).toContain('Pladsholderen "UDFYLD: gruppens navn" er ikke udfyldt.');
  });
});
