import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise';

describe('normaliseText', () => {
  it('drops a byte-order mark and turns CRLF and CR into LF', () => {
    expect(normaliseText('\ufeffOne\r\nTwo\rThree\n')).toBe('One\nTwo\nThree\n');
  });
  it('composes to NFC (a decomposed Hangul syllable and an accented letter)', () => {
    const decomposed = '\u1100\u1161 e\u0301';
    expect(normaliseText(decomposed)).toBe('가 é');
  });
  it('is idempotent and leaves clean text as it is', () => {
    const s = 'Kaesong — “the office”\n\n개성';
    expect(normaliseText(s)).toBe(s);
    expect(normaliseText(normaliseText('\ufeffa\r\nb'))).toBe(normaliseText('\ufeffa\r\nb'));
  });
  it('refuses a non-string with a plain error', () => {
    expect(() => normaliseText(undefined as unknown as string)).toThrow(/must be a string/);
  });
});
