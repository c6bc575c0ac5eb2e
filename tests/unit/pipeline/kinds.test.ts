import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/pipeline/kinds';

describe('classify', () => {
  it.each([
    ['North Korea blew up an inter-Korean liaison office building on Tuesday.', 'demolition'],
    ['North Korea fired roughly 200 artillery shells into Yeonpyeong Island.', 'attack'],
    ['Last week, North Korea severed hotlines with South Korea.', 'communication-cut'],
    ['The office has been closed since January over coronavirus fears.', 'closure'],
    ['The inter-Korean liaison office was established in 2018.', 'opening'],
    ['Several defector-led groups have been sending leaflets over the border.', 'leaflet-launch'],
    ['An annual nationwide military drill began yesterday.', 'military-move'],
    ['On Saturday, Kim Yo Jong warned that Seoul will soon witness a tragic scene.', 'threat'],
    ['Pyongyang threatened to destroy the office if defectors continue.', 'threat'],
    ["The military had threatened to move back into zones that were demilitarised.", 'threat'],
    ['It was strained since the breakdown of a second summit in Vietnam.', 'diplomacy'],
    ['South Korea said it will take legal action.', 'legal'],
    ['On Monday, President Moon Jae-in urged Pyongyang to return to dialogue.', 'statement'],
    ['South Korean media reported a large column of smoke.', 'reporting'],
  ])('%s → %s', (s, kind) => {
    expect(classify(s)?.kind).toBe(kind);
  });

  it('finds no happening in a plain description', () => {
    expect(classify('The leaflets usually carry messages critical of Kim Jong Un.')).toBeNull();
  });
});
