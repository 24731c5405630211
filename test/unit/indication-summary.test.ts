import { describe, expect, it } from 'vitest';
import { indicationSummarySchema } from '../../schemas/indication.ts';

const kilde = { dokument: '003_08ae25ce05e9eb9b', sted: 'Indikation 1, Indikation' };

describe('kortFortalt', () => {
  it('takes overlapping indications with a line and a source each', () => {
    const r = indicationSummarySchema.safeParse({
      overlap: [{ kode: 'HAEM-MYEL', tekst: 'Vælg den ved AML og MDS.', kilde }],
    });
    expect(r.success).toBe(true);
  });

  it('refuses an overlap line without a source', () => {
    const r = indicationSummarySchema.safeParse({
      overlap: [{ kode: 'HAEM-MYEL', tekst: 'Vælg den ved AML og MDS.' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['overlap', 0, 'kilde']);
  });

  it('refuses a code that is not an indication code, saying what one looks like', () => {
    const r = indicationSummarySchema.safeParse({
      overlap: [{ kode: 'myeloid', tekst: 'Vælg den ved AML og MDS.', kilde }],
    });
    expect(r.error?.issues[0]?.message).toMatchInlineSnapshot(
      `"Skriv koden på en anden indikation, fx HAEM-MYEL."`,
    );
  });

  it('refuses a "when not" text without a source', () => {
    expect(indicationSummarySchema.safeParse({ ikkeVejen: { tekst: 'Ved akutte tilfælde.' } }).success).toBe(
      false,
    );
  });
});
