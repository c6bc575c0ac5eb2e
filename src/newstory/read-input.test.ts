import { describe, expect, it } from 'vitest';
import { decodeBytes, declaredCharset, inputKind, languageNote, MAX_FILE_BYTES, MAX_TEXT_CHARS, textProblem } from './read-input';

const enc = (s: string) => new TextEncoder().encode(s);

describe('reading a file', () => {
  it('decodes UTF-8 and UTF-16 with a byte-order mark', () => {
    expect(decodeBytes(enc('North Korea shelled 연평도'), 'txt')).toEqual({ ok: true, text: 'North Korea shelled 연평도' });
    const u16 = new Uint8Array([0xff, 0xfe, ...Array.from('Hi 개성').flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]);
    expect(decodeBytes(u16, 'txt')).toEqual({ ok: true, text: 'Hi 개성' });
  });

  it('refuses binary bytes, with a message', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const r = decodeBytes(png, 'txt', 'photo.png');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/photo\.png is not text/);
  });

  it('refuses bytes that are not UTF-8 when no charset is declared', () => {
    const r = decodeBytes(new Uint8Array([0x41, 0xc3, 0x28, 0x42]), 'txt');
    expect(!r.ok && r.problem).toMatch(/not UTF-8/);
  });

  it("reads an HTML page in the charset it declares (EUC-KR)", () => {
    // "<meta charset=euc-kr>개성" with 개성 in EUC-KR.
    const bytes = new Uint8Array([...enc('<meta charset="euc-kr"><p>'), 0xb0, 0xb3, 0xbc, 0xba]);
    expect(decodeBytes(bytes, 'html')).toEqual({ ok: true, text: '<meta charset="euc-kr"><p>개성' });
    expect(declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">')).toBe('euc-kr');
  });

  it('refuses empty and oversized files', () => {
    expect(decodeBytes(new Uint8Array(), 'txt', 'a.txt')).toEqual({ ok: false, problem: 'a.txt is empty.' });
    const big = decodeBytes(new Uint8Array(MAX_FILE_BYTES + 1), 'txt');
    expect(!big.ok && big.problem).toMatch(/up to 8\.4 MB/);
  });

  it('tells HTML, a story export and plain text apart', () => {
    expect(inputKind('page.html', '', 'x')).toBe('html');
    expect(inputKind('', 'text/html', 'x')).toBe('html');
    expect(inputKind('pasted', '', '  <!DOCTYPE html><html>')).toBe('html');
    expect(inputKind('story.geojson', '', '{}')).toBe('geojson');
    expect(inputKind('', '', '{"type":"FeatureCollection","features":[]}')).toBe('geojson');
    expect(inputKind('a.txt', 'text/plain', 'North Korea <b> said')).toBe('txt');
  });
});

describe('checking a text before mapping it', () => {
  it('says why an empty, a 5 MB or a binary text cannot be mapped', () => {
    expect(textProblem('  \n\t ')).toMatch(/no text to map/);
    expect(textProblem('x'.repeat(5_000_000))).toMatch(/5\.0 MB long; Borderline maps articles up to 2\.0 MB/);
    expect(textProblem('\u0001\u0002\u0003 PK\u0000\u0004 ' + '\u0000'.repeat(200))).toMatch(/control characters/);
    expect(textProblem('Too short.')).toMatch(/too short/);
    expect(textProblem('North Korea fired artillery shells at Yeonpyeong Island on Tuesday afternoon.')).toBeNull();
    expect(MAX_TEXT_CHARS).toBe(2_000_000);
  });

  it('notes a Korean or non-English article', () => {
    expect(languageNote('북한이 16일 오후 개성 남북공동연락사무소를 폭파했다고 통일부가 밝혔다. '.repeat(3))).toMatch(/in Korean/);
    expect(languageNote('Северная Корея взорвала офис связи в Кэсоне во вторник днём, сообщили в Сеуле.')).toMatch(/not in English/);
    expect(languageNote('La Corée du Nord a fait exploser le bureau de liaison intercoréen à Kaesong mardi après-midi, selon Séoul, qui dénonce une provocation grave et promet une réponse ferme si le Nord continue.')).toMatch(/does not look like English/);
    expect(languageNote('North Korea blew up an inter-Korean liaison office building on Tuesday after issuing a series of threats in a major escalation with South Korea.')).toBeNull();
  });
});
