import { describe, expect, it } from 'vitest';
import { inSentence } from '../../src/domain/format.ts';

describe('inSentence', () => {
  it('lowers the first letter of a word written with a capital at the start of a label', () => {
    expect(inSentence('Klinisk tilstand')).toBe('klinisk tilstand');
    expect(inSentence('Ældre patienter')).toBe('ældre patienter');
  });

  it('keeps an abbreviation as it is written', () => {
    expect(inSentence('AML og MDS')).toBe('AML og MDS');
    expect(inSentence('MDT-vurdering')).toBe('MDT-vurdering');
  });
});
