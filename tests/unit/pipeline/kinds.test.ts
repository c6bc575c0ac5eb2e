import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/pipeline/kinds';

describe('classify', () => {
  it.each([
    ['North Korea blew up an inter-Korean liaison office building on Tuesday.', 'demolition'],
    ['Investigators concluded that the North was responsible.', 'reporting'],
    ['Kim Yo-jong threatened last week to close the office unless Seoul stopped defector groups from sending leaflets.', 'threat'],
    ['North Korea fired roughly 200 artillery shells into Yeonpyeong Island.', 'attack'],
    ['Last week, North Korea severed hotlines with South Korea.', 'communication-cut'],
    ['The office has been closed since January over coronavirus fears.', 'closure'],
    ['The inter-Korean liaison office was established in 2018.', 'opening'],
    ['Several defector-led groups have been sending leaflets over the border.', 'leaflet-launch'],
    ['An annual nationwide military drill began yesterday.', 'military-move'],
    ['On Saturday, Kim Yo Jong warned that Seoul will soon witness a tragic scene.', 'threat'],
    ['Pyongyang threatened to destroy the office if defectors continue.', 'threat'],
    ["The military had threatened to move back into zones that were demilitarised.", 'threat'],
    ['It was strained since the breakdown of a second summit in Vietnam.', 'meeting'],
    ['Police stopped two activists at ports in Sokcho and Donghae on Sunday.', 'legal'],
    ['The two leaders met at Panmunjom on Friday.', 'meeting'],
    ['Two North Korean soldiers defected across the MDL on Tuesday.', 'defection'],
    ['North Korea flew five drones into South Korean airspace.', 'drone'],
    ['South Korea resumed loudspeaker broadcasts on Sunday.', 'loudspeaker'],
    ['North Korea scrapped the 2018 military agreement.', 'suspension'],
    ['The two Koreas signed a military agreement in Pyongyang.', 'agreement'],
    ['South Korea said it will take legal action.', 'legal'],
    ['On Monday, President Moon Jae-in urged Pyongyang to return to dialogue.', 'statement'],
    ['South Korean media reported a large column of smoke.', 'reporting'],
  ])('%s → %s', (s, kind) => {
    expect(classify(s)?.kind).toBe(kind);
  });

  it('a word in a purpose, a denial or a condition does not decide the kind', () => {
    expect(classify('They signed a deal meant to stop shelling along the border.')?.kind).toBe('agreement');
    expect(classify('North Korea did not fire artillery on Tuesday, officials said.')?.kind).not.toBe('attack');
    expect(classify('If activists launch balloons, Pyongyang threatened to respond.')?.kind).toBe('threat');
  });

  it('names no kind where no word names one (the event, if any, is an incident)', () => {
    expect(classify('Debris landed on a school roof in Hwaseong on Thursday.')).toBeNull();
  });
});

describe('the month May', () => {
  it('is no modal before a trigger: "On May 5 troops fired shells" is an attack, "troops may fire" none', () => {
    expect(classify('On May 5 troops fired shells.')?.kind).toBe('attack');
    expect(classify('Troops may fire shells.')).toBeNull();
  });
});
