// Forms of news prose met first in articles the pipeline had never seen (the dev set's later additions),
// each checked here in made-up sentences, not corpus text, with the built gazetteer: the rule, not the article.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/data/types';
import { compileGazetteer, extractArticle, type CompiledGazetteer } from '../../../src/pipeline/index';
import { frame } from '../../../src/pipeline/clauses';
import { findDates } from '../../../src/pipeline/dates';
import { findPlaces } from '../../../src/pipeline/places';
import { findSentences } from '../../../src/pipeline/sentences';
import { findStructure } from '../../../src/pipeline/structure';

let g: CompiledGazetteer;
beforeAll(() => {
  g = compileGazetteer(JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')) as Gazetteer);
});

const sentences = (t: string) => findSentences(t, findStructure(t)).map((s) => s.text);
const dates = (t: string, published: string) => {
  const [y, m, d] = published.split('-').map(Number);
  return findDates(t, findSentences(t, findStructure(t)), { published: { y, m, d }, tz: 'Asia/Seoul' }).map((x) => [x.text, x.date_start.slice(0, 16), x.precision]);
};
const places = (t: string) => findPlaces(t, findSentences(t, findStructure(t)), g).map((p) => [p.text, p.entry.id, p.role]);
const events = (t: string, published: string, tz = 'Asia/Seoul') => {
  const { collection } = extractArticle(t, { published, tz }, g);
  return {
    placed: collection.features.map((f) => [f.properties.kind, f.properties.date_start.slice(0, 10), f.properties.place_id]),
    unplaced: collection.unlocated.map((u) => [u.kind, u.date_start.slice(0, 10)]),
  };
};

describe('page stamps', () => {
  it('finds the dates of the page\'s stamp lines, and dates no event with them', () => {
    const t = 'Troops fired near Paju\nOct. 27, 2013 - 13:36\n\nSoldiers fired warning shots near Paju on Sunday.\n';
    const { analysis, collection } = extractArticle(t, { published: '2013-10-27', tz: 'Asia/Seoul' }, g);
    const stamp = analysis.dates.find((d) => d.sentence === -1);
    expect(stamp && [stamp.text, stamp.date_start.slice(0, 16), stamp.dateline]).toEqual(['Oct. 27, 2013 - 13:36', '2013-10-27T13:36', true]);
    expect(collection.features.map((f) => f.properties.date_start.slice(0, 16))).toEqual(['2013-10-27T00:00']);
  });
});

describe('sentences', () => {
  it('does not end a sentence inside "p.m. Tuesday" or before a bracketed zone time', () => {
    expect(sentences('Troops fired at 11:51 p.m. Tuesday GMT and left. Then it rained.')).toHaveLength(2);
    expect(sentences('It began at 10 a.m. (0100 GMT) near the line.')).toHaveLength(1);
    expect(sentences('It began at 10 a.m. The talks ended.')).toHaveLength(2);
  });
  it('reads a hard-wrapped paragraph as running text, not a sentence per line', () => {
    expect(sentences('She made the remarks after a rare visit to the\nNorth’s scenic Mount Kumgang where she met\nofficials. She left.')).toHaveLength(2);
  });
  it('keeps the break after a headline line over a caption', () => {
    expect(sentences('Wildfire erupts in DMZ amid heightened North Korean troop activity near border\nHelicopters during drills in Oct. 2024 | Image: KFS')).toHaveLength(2);
  });
  it('splits "responses.A similar" glued by a capture', () => {
    expect(sentences('It drew responses.A similar case followed.')).toEqual(['It drew responses.', 'A similar case followed.']);
  });
});

describe('dates', () => {
  it('reads "in March" and "since May" as months, not the verb or the modal', () => {
    expect(dates('A drone was found near the island in March.', '2014-09-15')).toEqual([['March', '2014-03-01T00:00', 'month']]);
    expect(dates('Troops may march on Monday.', '2014-09-15')).toEqual([['on Monday', '2014-09-15T00:00', 'day']]);
  });
  it('reads "the afternoon of September 15"', () => {
    expect(dates('The wreck was recovered on the afternoon of September 15.', '2014-09-20')[0].slice(1)).toEqual(['2014-09-15T00:00', 'day']);
  });
  it('reads seasons against the publication date', () => {
    expect(dates('Three were found this spring.', '2014-09-15')[0].slice(1)).toEqual(['2014-03-01T00:00', 'month']);
    expect(dates('It happened last summer.', '2014-09-15')[0].slice(1)).toEqual(['2014-06-01T00:00', 'month']);
    expect(dates('Last winter was cold.', '2014-01-15')[0].slice(1)).toEqual(['2012-12-01T00:00', 'month']);
    expect(dates('The fall of the city.', '2014-09-15')).toEqual([]);
  });
  it('dates an accord named by its day to the year it was signed, not the latest such day', () => {
    expect(dates('Firing there breaks the Sept. 19 military agreement.', '2024-01-05')).toEqual([['Sept. 19', '2018-09-19T00:00', 'day']]);
    expect(dates('In 2023 the June 15 joint declaration was recalled.', '2024-01-05')[1].slice(1)).toEqual(['2000-06-15T00:00', 'day']);
    // Not an accord's day: the latest such day, as before.
    expect(dates('The talks on Sept. 18 failed.', '2024-01-05')).toEqual([['Sept. 18', '2023-09-18T00:00', 'day']]);
  });
  it('counts "one day after" from the day just told, not from publication', () => {
    expect(dates('Troops have moved since Nov. 24, one day after the North scrapped the deal.', '2023-11-27').map((d) => d.slice(0, 2))).toEqual([
      ['since Nov. 24', '2023-11-24T00:00'],
      ['one day after', '2023-11-23T00:00'],
    ]);
    expect(dates('It opened on Friday, two days before the talks.', '2023-11-27').map((d) => d.slice(0, 2))).toEqual([
      ['on Friday', '2023-11-24T00:00'],
      ['two days before', '2023-11-26T00:00'],
    ]);
  });
  it('reads "in July 2008" as the month, not the year', () => {
    expect(dates('A soldier shot a tourist there in July 2008.', '2020-03-03')).toEqual([['July 2008', '2008-07-01T00:00', 'month']]);
    expect(dates('In May of 2010, Seoul cut trade.', '2020-03-03')).toEqual([['May of 2010', '2010-05-01T00:00', 'month']]);
  });
  it('reads a day agreed to be held later as ahead: "agreed (on Friday) to hold talks on June 14"', () => {
    expect(dates('The two sides agreed to hold talks on June 14.', '2018-06-01')).toEqual([['June 14', '2018-06-14T00:00', 'day']]);
    expect(dates('The two sides agreed on Friday to hold talks on Monday.', '2018-06-06').map((d) => d.slice(0, 2))).toEqual([
      ['on Friday', '2018-06-01T00:00'],
      ['on Monday', '2018-06-11T00:00'],
    ]);
  });
  it('puts a yearless day in the year its clause told, not in another clause\'s', () => {
    expect(dates('In 2015, two soldiers were maimed by mines on Aug. 4.', '2018-06-01')[1].slice(0, 2)).toEqual(['Aug. 4', '2015-08-04T00:00']);
    expect(dates('In 1953 the sides stopped fighting on July 27.', '2018-06-01').map((d) => d.slice(0, 2))).toEqual([
      ['1953', '1953-01-01T00:00'],
      ['July 27', '1953-07-27T00:00'],
    ]);
    expect(dates('He defected in 2017 before returning on July 18.', '2020-07-27')[1].slice(0, 2)).toEqual(['July 18', '2020-07-18T00:00']);
  });
  it('reads no year in an amount after a date: "on June 30, 12.6km northeast"', () => {
    expect(dates('It took place on June 30, 12.6km northeast of the island.', '2009-07-05')).toEqual([['June 30', '2009-06-30T00:00', 'day']]);
  });
  it('keeps the time told with a full date: "at 10 a.m. on June 30, 2009"', () => {
    expect(dates('It began at 10 a.m. on June 30, 2009.', '2009-07-05')[0].slice(1)).toEqual(['2009-06-30T10:00', 'minute']);
  });
  it('reads "last week Monday" as the Monday of the week before', () => {
    expect(dates('The boat left the port last week Monday.', '2017-10-27').map((d) => d.slice(0, 2))).toContainEqual(['Monday', '2017-10-16T00:00']);
  });
  it('puts a bare morning time told after a late-night day on the next morning', () => {
    const t = 'The man crossed the border late on Tuesday. Troops captured him at around 9:50 a.m. near Goseong.';
    expect(dates(t, '2020-11-04').map((d) => d.slice(0, 2))).toEqual([
      ['on Tuesday', '2020-11-03T00:00'],
      ['9:50 a.m', '2020-11-04T09:50'],
    ]);
    // …but an afternoon time stays on that day, and a morning time after a day told plainly too.
    expect(dates('The man crossed on Tuesday. Troops caught him at 9:50 a.m.', '2020-11-04')[1].slice(0, 2)).toEqual(['at 9:50 a.m', '2020-11-03T09:50']);
  });
  it('reads a day as ahead when its clause says "will" after it, not when a report comes between', () => {
    expect(dates('And from June 1st, Cheorwon will be open to hikers.', '2019-05-22')[0].slice(1, 2)).toEqual(['2019-06-01T00:00']);
    expect(dates('The ministry informed the North on Tuesday that two sailors will be sent back.', '2015-07-08')[0].slice(1, 2)).toEqual(['2015-07-07T00:00']);
  });
  it('lets a picture caption date the sentence right after it, and no later one', () => {
    const t = 'This handout picture shows a destroyer firing on July 27, 2010. The photo was released by the navy. Troops were calm. The North fired at 6:00pm.';
    expect(dates(t, '2014-05-22').map((d) => d.slice(0, 2))).toEqual([
      ['July 27, 2010', '2010-07-27T00:00'],
      ['at 6:00pm', '2014-05-22T18:00'],
    ]);
    const u = 'In this file photo, police collect a balloon in Hongcheon on June 23, 2020. A group said it sent the balloons the previous day.';
    expect(dates(u, '2021-05-03')[1].slice(0, 2)).toEqual(['the previous day', '2020-06-22T00:00']);
  });
  it('takes no date from "for the first time since 2003"', () => {
    const got = findDates('The tower was lit on Tuesday for the first time since 2003.', findSentences('The tower was lit on Tuesday for the first time since 2003.', findStructure('The tower was lit on Tuesday for the first time since 2003.')), { published: { y: 2010, m: 12, d: 21 }, tz: 'Asia/Seoul' });
    expect(got.map((d) => [d.text, !!d.attributive])).toEqual([
      ['on Tuesday', false],
      ['since 2003', true],
    ]);
  });
  it('takes no duration for a time, and gives a bare time the day of its sentence', () => {
    expect(dates('Guards fired for about 10 minutes at dawn on Friday.', '2011-06-18').map((d) => d[0])).not.toContain('for about 10 minutes');
    expect(dates('Shells fell from 10 p.m. Tuesday and more from 11 p.m.', '2022-10-19').map((d) => d[1])).toEqual(['2022-10-18T22:00', '2022-10-18T23:00']);
    expect(dates('At around 9:04 pm (1204 GMT) on Sunday, a fire broke out.', '2024-09-17')[0][1]).toBe('2024-09-15T21:04');
  });
  it('gives "at 11:59 a.m. and 12:01 p.m. on Monday" both the Monday', () => {
    expect(dates('At 11:59 a.m. and 12:01 p.m. on Monday, the North blew up the roads.', '2024-10-16').map((d) => d[1])).toEqual(['2024-10-14T11:59', '2024-10-14T12:01']);
  });
  it('keeps a time restated in GMT in brackets as one date', () => {
    const got = dates('Missiles were fired at 8:51 a.m. Wednesday (11:51 p.m. Tuesday GMT).', '2022-11-02');
    expect(got).toHaveLength(1);
    expect(got[0][1]).toBe('2022-11-02T08:51');
  });
  it('looks ahead for "due to begin on Monday", and back for a relative clause after a plan', () => {
    expect(dates('Drills due to begin on Monday will go ahead.', '2025-03-07')[0][1]).toBe('2025-03-10T00:00');
    expect(dates('The ministry will buy all pigs in the town, where a case was reported on Wednesday.', '2019-10-11')[0][1]).toBe('2019-10-09T00:00');
  });
});

describe('places', () => {
  it('reads capitals as places after "district of", in "a Seoul building" and "Seoul Station"', () => {
    expect(places('A fire broke out in the western district of Seoul.')).toEqual([['Seoul', 'seoul', 'location']]);
    expect(places('A balloon landed on a Seoul building.')).toEqual([['Seoul', 'seoul', 'location']]);
    expect(places('The train left Seoul Station at 7 a.m.')).toEqual([['Seoul', 'seoul', 'location']]);
    expect(places('Seoul said the train left.')).toEqual([['Seoul', 'seoul', 'actor']]);
  });
  it('reads "the Pyongyang summit" as where the summit was, not a ship named after the city', () => {
    expect(places('The accord was signed during the Pyongyang summit in September.')).toEqual([['Pyongyang', 'pyongyang', 'location']]);
    expect(places('Pyongyang said the summit was over.').map((p) => p[2])).toEqual(['actor']);
  });
  it('finds the island forms of counties named after their island', () => {
    expect(places('An air raid warning sounded on Ulleungdo.').map((p) => p[1])).toEqual(['kr-37430']);
  });
  it('reads "the Gyeongui and Donghae inter-Korean roads" as the two roads, not the city of Donghae', () => {
    expect(places('Troops blew up the Gyeongui and Donghae inter-Korean roads.').map((p) => p[1])).toEqual(['gyeongui-road', 'donghae-road']);
  });
  it('takes no town for a vessel named after it', () => {
    expect(places("The sinking of South Korea's Cheonan patrol boat killed 46.").map((p) => p[0])).not.toContain('Cheonan');
  });
  it('knows places abroad, governments unless a strong locative makes them places', () => {
    const got = places('Talks were held in Singapore. Tokyo protested. A missile fell off Niigata.');
    expect(got.map((p) => [p[0], p[2]])).toEqual([
      ['Singapore', 'location'],
      ['Tokyo', 'actor'],
      ['Niigata', 'actor'],
    ]);
  });
  it('matches the 2018 agreement\'s zones only in articles published after it', () => {
    const t = 'The North declared two no-fly zones on Monday.';
    expect(events(t, '2010-01-27').placed).toEqual([]);
    expect(places(t).map((p) => p[1])).toContain('cma-no-fly');
  });
});

describe('clauses and events', () => {
  it('places a happening "to border town Paju" (a place noun, not an infinitive, after "to")', () => {
    expect(events('Police stopped activists travelling to border town Paju on Friday.', '2015-08-15').placed.map((p) => p[2])).toEqual(['paju']);
  });
  it('puts balloons sent "across the border" on the timeline, and a crossing of the named line on it', () => {
    expect(events('Over the weekend, Pyongyang launched 240 balloons across the border.', '2024-08-13')).toEqual({ placed: [], unplaced: [['leaflet-launch', '2024-08-10']] });
    expect(events('A soldier crossed the MDL on Sunday.', '2024-08-13').placed.map((p) => p[2])).toEqual(['mdl']);
  });
  it('makes "The Unification Ministry in a statement said" a speaker, not the place of what it says', () => {
    expect(places('The Unification Ministry in a statement said the North had sealed the resort.')).toContainEqual(['Unification Ministry', 'ministry-of-unification', 'actor']);
  });
  it('reads "Mt. Kumgang" whole, in one sentence, and "Hyundai Asan" as a company', () => {
    expect(sentences('Tours to Mt. Kumgang stopped in 2008. Hyundai Asan ran them.')).toHaveLength(2);
    expect(places('Tours to Mt. Kumgang stopped. Hyundai Asan ran them.').map((p) => p[1])).toEqual(['mount-kumgang']);
  });
  it('reads "X Thursday said in a press briefing that …": the frame, its day the report\'s', () => {
    const s = 'The JCS Thursday said in a press briefing that the soldier was detected at 11:38 p.m. near the river.';
    expect(s.slice(...frame(s).content)).toBe('the soldier was detected at 11:38 p.m. near the river.');
    const t = 'A soldier crossed the MDL Wednesday night. ' + s;
    expect(dates(t, '2019-08-01').map((d) => d.slice(0, 2))).toEqual([
      ['Wednesday night', '2019-07-31T00:00'],
      ['Thursday', '2019-08-01T00:00'],
      ['at 11:38 p.m', '2019-07-31T23:38'],
    ]);
  });
  it('dates a meeting named by its day ahead: "ahead of Moon\'s May 21 summit in Washington"', () => {
    expect(dates("Police acted ahead of Moon's May 21 summit with Biden in Washington.", '2021-05-03')).toEqual([['May 21', '2021-05-21T00:00', 'day']]);
  });
  it('reads a town before "joint industrial park" as the place, and a town before "patrol boat" as a ship', () => {
    expect(places('They came home from the Kaesong joint industrial park on Monday.').map((p) => p[1])).toEqual(['kaesong']);
    expect(places('The Cheonan patrol boat sank.')).toEqual([]);
  });
  it('refers "the industrial complex" back to the complex, not to a nearer building', () => {
    const t = 'Workers left the Kaesong Industrial Complex on Monday. They were met at the Unification Ministry. Seoul pulled its managers out of the industrial complex on Friday.';
    expect(places(t).filter((p) => p[0] === 'the industrial complex').map((p) => p[1])).toEqual(['kaesong-industrial-complex']);
  });
  it('reads "the Dongdaemun district" as the district: a name ending in its unit word is no ship or thing', () => {
    expect(places('Eight reports came from the Dongdaemun district on Sunday.').map((p) => p[1])).toEqual(['kr-11060']);
  });
  it('reads "the border" of a story at sea as the sea border: after the NLL was named, or "in the Yellow Sea"', () => {
    const at = (t: string) => places(t).filter((p) => /border/.test(String(p[0]))).map((p) => p[1]);
    expect(at('A patrol boat crossed the Northern Limit Line on Monday. The border has seen clashes.')).toEqual(['nll']);
    expect(at('A patrol boat crossed the disputed border in the Yellow Sea.')).toEqual(['nll']);
    // …not once a land line was named, nor in a story on land.
    expect(at('Troops crossed the NLL and the MDL. The border was quiet.')).toEqual(['mdl']);
    expect(at('Balloons flew across the border from Paju.')).toEqual(['mdl']);
  });
  it('reads a town\'s name after a tonnage as a ship ("the 1,200-ton Cheonan")', () => {
    expect(places('Sailors were rescued from the 1,200-ton Cheonan, which sank near Baengnyeong.').map((p) => p[1])).toEqual(['baengnyeong']);
  });
  it('puts a happening placed only "along the border" on the timeline; a named line stays its layer', () => {
    expect(events('North Korean drones last violated the border in 2017.', '2022-12-26')).toEqual({ placed: [], unplaced: [['drone', '2017-01-01']] });
    expect(events('A North Korean soldier crossed the MDL on Tuesday.', '2024-06-12').placed.map((e) => e[2])).toEqual(['mdl']);
  });
  it('ties a time to the day after it across "local time"', () => {
    expect(dates('The man was spotted at around 9:20 p.m. local time on Saturday.', '2022-01-03')[0]).toEqual(['9:20 p.m', '2022-01-01T21:20', 'minute']);
  });
  it('reads "the maritime buffer zone" in lower case as the maritime zones (a capitalised name does not make its alias strict)', () => {
    expect(places('North Korea fired shells at the maritime buffer zone on Monday.').map((p) => p[1])).toContain('cma-maritime-buffer');
  });
  it('reads no place into a missile\'s name ("Hwasong-17") and dates "the 3rd of last month" in the month before the paper\'s', () => {
    expect(places('North Korea fired a Hwasong-17 ICBM from Hwasong County.').map((p) => p[0])).toEqual(['North Korea', 'Hwasong County']);
    expect(dates('It fired 80 rounds on the 3rd of last month.', '2022-12-05')).toEqual([['the 3rd of last month', '2022-11-03T00:00', 'day']]);
  });
  it('lends a file photo\'s day to no happening of the story ("This handout picture … shows a destroyer firing … on July 27, 2010.")', () => {
    const t = 'This handout picture released by the Navy shows a South Korean destroyer firing a torpedo decoy during a joint military exercise between US and South Korean navies in the East Sea on July 27, 2010. AFP: File\n\nNorth Korea has fired shells into disputed waters near a South Korean warship on patrol near Yeonpyeong Island, the defence ministry said.\n\nThe North\'s move began at 6:00pm local time, prompting a response from the South Korean vessel.';
    // (The shelling near Yeonpyeong is not the picture's happening of 2010.)
    expect(events(t, '2014-05-22').placed.filter((x) => x[1] === '2010-07-27')).toEqual([]);
  });
  it('splits a clause joined by "and" after the first date when it tells a deed of its own, not one whose date is a subordinate clause\'s', () => {
    const t = 'A marine died on March 30 and a fishing trawler sank off Baengnyeong Island last Friday evening.';
    expect(events(t, '2010-04-05').placed.map((e) => [e[1], e[2]])).toEqual([['2010-04-02', 'baengnyeong']]);
    const u = 'The crossing at Dorasan was open on Thursday and workers crossed despite Pyongyang cutting the hotline a day earlier.';
    expect(events(u, '2013-03-28').placed.map((e) => e[1])).toEqual(['2013-03-28']);
  });
  it('reads a relative clause with a deed and a day of its own as a happening at the place before it ("Kaesong, which was closed by Pyongyang in April"), and "proposed holding" as ahead', () => {
    const t = 'North Korea proposed holding the talks on June 9 in the joint industrial complex of Kaesong, which was closed by Pyongyang in April.';
    expect(events(t, '2013-06-07').placed.map((e) => [e[1], e[2]]).sort()).toEqual([['2013-04-01', 'kaesong'], ['2013-06-09', 'kaesong']]);
  });
  it('reads "found and reported the body" as the finding, not a report', () => {
    const t = 'A passerby found and reported the body at around 8:30 a.m. on Saturday next to the Imjin River near Gunnam Dam, police said.';
    expect(events(t, '2022-07-25').placed.map((e) => [e[1], e[2]])).toContainEqual(['2022-07-23', 'gunnam-dam']);
  });
  it('reads "at noon" and "after midnight" as times of the discourse\'s day, not "around midnight" (which may end the day)', () => {
    expect(dates('Residents were told to seek shelter beginning at noon.', '2024-01-05')).toEqual([['noon', '2024-01-05T12:00', 'hour']]);
    expect(dates('A little after midnight, an evacuation order was issued.', '2020-08-06').map((d) => d[1])).toEqual(['2020-08-06T00:00']);
    expect(dates('The ship was expected to leave around midnight.', '2019-11-27')).toEqual([]);
  });
  it('reads a day after "expected to" as ahead ("was expected to return around Sept. 10")', () => {
    expect(dates('The crew was expected to return around Sept. 10.', '2010-08-12').map((d) => d[1])).toEqual(['2010-09-10T00:00']);
  });
  it('reads a list of dates of one deed as one happening a date, and "near which" as the place before it', () => {
    const t = 'The boat crossed at 2:47 p.m. about 12 km off the island of Yeonpyeong, near which deadly naval battles erupted in 1999 and 2002, an official said.';
    expect(events(t, '2009-06-04').placed.map((e) => [e[1], e[2]]).sort()).toEqual([['1999-01-01', 'yeonpyeong'], ['2002-01-01', 'yeonpyeong'], ['2009-06-04', 'yeonpyeong']]);
    const u = 'Yeonpyeong Island is a volatile area where the navies of the two Koreas fought in 1999 and 2010, with casualties on both sides.';
    expect(events(u, '2016-04-27').placed.map((e) => e[1])).toEqual(['1999-01-01', '2010-01-01']);
  });
  it('reads "a joint industrial complex in the North" with no name before it as the Kaesong complex', () => {
    const t = 'North Korea restricted crossings on Dec. 1 by South Koreans working at a joint industrial complex in the North.';
    expect(places(t).filter((p) => /industrial/.test(p[0])).map((p) => p[1])).toEqual(['kaesong-industrial-complex']);
    expect(events(t, '2008-12-04').placed.map((e) => e[2])).toEqual(['kaesong-industrial-complex']);
  });
  it('dates "At that time, …" by the date of the sentence just told, and reads a bare "Kumgang" as the mountain resort before the county of that stem', () => {
    const t = 'It is the first time since July 2008 that a South Korean civilian has been shot dead in North Korea. At that time, a tourist was shot and killed at the North\'s mountain resort of Kumgang.';
    expect(dates(t, '2020-09-24').map((d) => [d[0], d[1]])).toEqual([['since July 2008', '2008-07-01T00:00'], ['At that time', '2008-07-01T00:00']]);
    expect(events(t, '2020-09-24').placed.map((e) => [e[1], e[2]])).toEqual([['2008-07-01', 'mount-kumgang']]);
    expect(places('Kumgang County lies in Kangwon Province.').map((p) => p[1])).toContain('kp-ngii-610');
  });
  it('places a return "back to North Korea via Panmunjom" at Panmunjom (a country after "to" is no infinitive)', () => {
    expect(events('The government sent the man back to North Korea via Panmunjom on June 3.', '2014-06-24').placed.map((e) => e[2])).toEqual(['panmunjom']);
  });
  it('reads ahead a date opening a sentence whose main clause will be ("From April 21, the DMZ Peace Trail theme routes will be fully opened") and one after "preparing to hold"', () => {
    expect(dates('From April 21, the \u2018DMZ Peace Trail Theme Routes\u2019 will be fully opened.', '2023-04-08').map((d) => d[1])).toEqual(['2023-04-21T00:00']);
    expect(dates('The two Koreas are preparing to hold a groundbreaking ceremony at Panmun Station on Wednesday.', '2018-12-21').map((d) => d[1])).toEqual(['2018-12-26T00:00']);
  });
  it('keeps apart a happening told "at about the same time" on the same day', () => {
    const t = 'The man was spotted aboard a rubber raft by the South\'s navy around 3am on October 30, the source was quoted as saying. He had drifted to near the South\'s Yeonpyeong island, close to the disputed Yellow Sea border.\n\nA spokesman declined to comment.\n\nAt about the same time on October 30 a group of 21 North Koreans were found adrift aboard a wooden boat off Socheong Island.';
    // (The raft is placed on the sea border it came near; the boat off Socheong is a marker of its own.)
    expect(events(t, '2011-11-08').placed.map((e) => e[2]).sort()).toEqual(['nll', 'socheong']);
  });
  it('reads what something "came a day after" as a happening of the day before, and lends its place to what followed it', () => {
    const t = 'The infection was confirmed on Saturday. The confirmation came a day after the carcass was found by soldiers in the border town of Cheorwon.';
    expect(events(t, '2019-11-02').placed).toContainEqual(['incident', '2019-11-01', 'cheorwon']);
    const u = 'Seven bodies were recovered yesterday, 20 days after the vessel sank following an explosion near Baengnyeong Island.';
    expect(events(u, '2010-04-16').placed.map((e) => [e[1], e[2]]).sort()).toEqual([['2010-03-26', 'baengnyeong'], ['2010-04-15', 'baengnyeong']]);
    expect(events('The men drifted over 20 days after their engine failed, and were rescued near Ulleung Island on Friday.', '2012-12-14').placed.map((e) => e[1])).toEqual(['2012-12-14']);
  });
  it('reads "there" after a deed as the place told last, not the existential "there were"', () => {
    const t = 'Tours to Mount Kumgang were popular. There were many visitors. They were suspended after a North Korean soldier shot dead a South Korean tourist there in July 2008.';
    expect(places(t).filter((p) => /^there$/i.test(p[0])).map((p) => p[1])).toEqual(['mount-kumgang']);
    expect(events(t, '2013-06-10').placed.map((e) => [e[1], e[2]])).toEqual([['2008-07-01', 'mount-kumgang']]);
  });
  it('reads a day after "to be held" as ahead, not one after "was to be held"', () => {
    expect(dates('They agreed a framework for talks to be held in Seoul on Wednesday.', '2013-06-10').map((d) => d[1])).toEqual(['2013-06-12T00:00']);
  });
  it('splits planned clauses joined by "and" ("will begin inspections of Mount Kumgang from next week and … will exchange lists by Aug 4")', () => {
    const e = events('South Korean officials will begin inspections of Mount Kumgang resort from next week and the two sides will exchange their final lists of participants by Aug 4.', '2018-06-22');
    expect(e.placed.map((x) => [x[1], x[2]])).toEqual([['2018-06-25', 'mount-kumgang']]);
    expect(e.unplaced.map((x) => x[1])).toEqual(['2018-08-04']);
  });
  it('reads "May 20 (UPI) --" with no city as a date line, not the happening\'s day', () => {
    expect(events('May 20 (UPI) -- Two North Koreans crossed the western sea border near Baengnyeong Island on a small boat earlier Saturday, officials have said.', '2018-05-20').placed.map((x) => x[1])).toEqual(['2018-05-19']);
  });
  it('reads a day after "a plan by activists to" as ahead', () => {
    expect(dates('He pointed to a plan by South Korean activists to send leaflets from Baengnyeong on Friday.', '2011-03-23').map((d) => d[1])).toEqual(['2011-03-25T00:00']);
  });
  it('reads "last October" in a paper of October as the year before, and "next March" ahead', () => {
    expect(dates('The tours were halted last October.', '2020-10-19').map((d) => [d[0], d[1], d[2]])).toEqual([['last October', '2019-10-01T00:00', 'month']]);
    expect(dates('The tours were halted last March and will resume next March.', '2020-10-19').map((d) => d[1])).toEqual(['2020-03-01T00:00', '2021-03-01T00:00']);
  });
  it('reads "over capital Seoul" as a place', () => {
    expect(places('One drone briefly flew over capital Seoul on Monday.').map((p) => [p[1], p[2]])).toEqual([['seoul', 'location']]);
  });
  it('reads "this island" told before any island is named as the island the story names, and "showered this island" as the scene', () => {
    const t = 'North Korean artillery showered this island in the Yellow Sea on Tuesday.\n\nYeonpyeong Island is home to 1,700 residents.';
    expect(places(t).filter((p) => p[0] === 'this island').map((p) => p[1])).toEqual(['yeonpyeong']);
    expect(events(t, '2010-11-26').placed.map((e) => [e[1], e[2]])).toContainEqual(['2010-11-23', 'yeonpyeong']);
  });
  it('reads an unanswered call ("did not go through", "went unanswered") as a cut line, not a denial', () => {
    for (const t of ['The daily phone call through the Panmunjom liaison channel also did not go through Friday morning, the ministry said.', 'The daily phone call at Panmunjom went unanswered on Friday morning.'])
      expect(events(t, '2021-08-13').placed.map((e) => [e[0], e[1], e[2]])).toContainEqual(['communication-cut', '2021-08-13', 'panmunjom']);
    expect(events('North Korea did not fire at Panmunjom on Friday.', '2021-08-13').placed).toEqual([]);
  });
  it('counts back "a day after" a name ("a day after North Korea blew up the office"), not one after a bare noun', () => {
    expect(dates('The order came a day after North Korea blew up the office.', '2020-06-17').map((d) => [d[0], d[1]])).toEqual([['a day after', '2020-06-16T00:00']]);
    expect(dates('The order came a day after talks ended.', '2020-06-17')).toEqual([]);
  });
  it('reads "the Hangang River estuary" as the estuary, not the river in Seoul', () => {
    expect(places('A resident crossed the neutral zone of the Hangang River estuary on Aug. 8.').map((p) => p[1])).toContain('han-river-estuary');
  });
  it('dates the lead\'s deeds by the paper\'s day in a story that tells no day ("Pence landed via helicopter at Camp Bonifas"), not a present perfect', () => {
    const t = 'Vice President Mike Pence declared an end to strategic patience during a surprise visit.\n\nPence landed via helicopter at Camp Bonifas, about a mile from the zone.';
    expect(events(t, '2017-04-17').placed.map((e) => [e[1], e[2]])).toEqual([['2017-04-17', 'camp-bonifas']]);
    expect(events('South Korea has notified the North of a body found on Seokmo Island.', '2023-09-21').placed).toEqual([]);
  });
  it('refers "this mountain resort" back like "the resort"', () => {
    expect(places('MOUNT KUMGANG, North Korea, Oct. 1 (Yonhap) -- Families will part again Thursday after reuniting at this mountain resort.').filter((p) => p[0] === 'this mountain resort').map((p) => p[1])).toEqual(['mount-kumgang']);
  });
  it('keeps "another" one found at a place nearby apart from the one before it', () => {
    const t = 'South Korea said Friday it found infected boars in Yeoncheon County.\n\nThe virus was also found in another wild boar captured in the border town of Cheorwon.';
    expect(events(t, '2020-02-15').placed.map((e) => e[2]).sort()).toEqual(['cheorwon', 'kr-31350']);
  });
  it('finds "Jangjon" and "Changjon" (the port town of North Korea\'s Kosong) without "Port"', () => {
    expect(places('The North fired some 80 artillery shells into the East Sea from Jangjon on Friday.').map((p) => p[1])).toContain('jangjon-port');
  });
  it('reads ", the official said, requesting anonymity" as the report\'s tail', () => {
    const t = 'The body was found on Aug. 23 in the Hantan River and was handed over to the UN Command, the official said, requesting anonymity.';
    expect(events(t, '2012-08-26').placed.map((e) => [e[1], e[2]])).toEqual([['2012-08-23', 'hantan-river']]);
  });
  it('reads no day into a unit\'s ordinal ("the 5th Infantry Division") and keeps "the night of the 24th"', () => {
    expect(dates('A ceremony was led by the commander of the 5th Infantry Division on Monday.', '2020-05-02').map((d) => d[0])).toEqual(['on Monday']);
    expect(dates('Shots were heard on the night of the 24th.', '2020-05-26').map((d) => d[1])).toEqual(['2020-05-24T00:00']);
  });
  it('refers "the inter-Korean industrial zone" back to the Kaesong complex', () => {
    const t = 'Workers left the Kaesong Industrial Complex. The North decided Thursday to shut the inter-Korean industrial zone.';
    expect(places(t).filter((p) => p[0] === 'the inter-Korean industrial zone').map((p) => p[1])).toEqual(['kaesong-industrial-complex']);
  });
  it('reads what a happening follows as before it ("will be the third opening, following the Goseong section on April 27 and the Cheorwon section on June 1")', () => {
    const t = 'The Paju section will be the third such opening following the Goseong section on April 27 and the Cheorwon section on June 1.';
    expect(dates(t, '2019-07-26').map((d) => d[1])).toEqual(['2019-04-27T00:00', '2019-06-01T00:00']);
    expect(places(t).map((p) => p[1])).toEqual(['paju', 'goseong', 'cheorwon']);
  });
  it('reads a place in a document\'s name ("the Panmunjom Declaration") as no location', () => {
    expect(places('It was agreed in the Panmunjom Declaration.').map((p) => p[2])).toEqual(['actor']);
  });
  it('knows Mount Kumgang by its English name', () => {
    expect(places('Tours to the scenic Diamond Mountain were halted in July.').map((p) => p[1])).toEqual(['mount-kumgang']);
  });
  it('reads "X said on Facebook that …" as a frame, and a quoted noun before a verb as a happening', () => {
    const s = 'The JCS said on Facebook that the “unidentified wildfire” broke out in Goseong County on Thursday.';
    expect(s.slice(...frame(s).content)).toBe('the “unidentified wildfire” broke out in Goseong County on Thursday.');
    expect(events(s, '2025-04-11').placed).toEqual([['incident', '2025-04-10', 'goseong']]);
  });
  it('counts "the following day" from the day the sentence told, and a later clause with no place is where the first was', () => {
    const t = 'A fire broke out in Goseong County around 4:30 p.m. on Thursday, with helicopters sent at 6:30 a.m. the following day.';
    expect(dates(t, '2025-04-11').map((d) => d.slice(0, 2))).toEqual([
      ['4:30 p.m. on Thursday', '2025-04-10T16:30'],
      ['at 6:30 a.m', '2025-04-11T06:30'],
      ['the following day', '2025-04-11T00:00'],
    ]);
    expect(events(t, '2025-04-11').placed.map((p) => p.slice(1))).toEqual([
      ['2025-04-10', 'goseong'],
      ['2025-04-11', 'goseong'],
    ]);
  });
  it('dates a reported future ahead ("whether the line would reopen on Saturday"), not a clause a comma parts from it', () => {
    expect(dates('There was no sign yet whether the crossing would reopen on Saturday.', '2009-03-13')).toEqual([['on Saturday', '2009-03-14T00:00', 'day']]);
    expect(dates('In a sign he would be freed, the North invited her on Monday.', '2009-08-13')).toEqual([['on Monday', '2009-08-10T00:00', 'day']]);
  });
  it('keeps a day ahead when its "will" is far back in a long clause', () => {
    const t = 'It said the northern officers will meet with the Military Armistice Commission (MAC) representatives at the truce village Panmunjom on Tuesday at 10:00 a.m. local time.';
    expect(dates(t, '2010-07-12')).toEqual([['on Tuesday at 10:00 a.m', '2010-07-13T10:00', 'minute']]);
  });
  it('puts a bare time on the story\'s day, not on a flashback day told just before it', () => {
    const t = 'The South returned the body through the truce village on Wednesday. Troops had found it near the Peace Dam on July 31. Officers handed it over at Panmunjom at around 10 a.m.';
    expect(dates(t, '2013-09-11').map((d) => d[1])).toEqual(['2013-09-11T00:00', '2013-07-31T00:00', '2013-09-11T10:00']);
    // …while a time right after its own day's story stays on that day.
    const u = 'Shelling began on Tuesday. Troops fired back at 3 p.m.';
    expect(dates(u, '2010-11-24').map((d) => d[1])).toEqual(['2010-11-23T00:00', '2010-11-23T15:00']);
  });
  it('puts "last night" on the evening before the paper, with or without a time', () => {
    expect(dates('At 6PM last night, activists launched leaflets.', '2012-10-23')).toEqual([['At 6PM last night', '2012-10-22T18:00', 'minute']]);
    expect(dates('Activists launched leaflets last night.', '2012-10-23')).toEqual([['last night', '2012-10-22T00:00', 'day']]);
  });
  it('dates a happening told in the present tense with a day soon after the paper ahead ("is reopening on May 9")', () => {
    expect(dates('The observatory in Goseong is reopening to the public on May 9.', '2025-05-06')).toEqual([['May 9', '2025-05-09T00:00', 'day']]);
    expect(dates('The observatory reopens on May 9.', '2025-05-06')).toEqual([['May 9', '2025-05-09T00:00', 'day']]);
    // …but not a day long after it, nor one told in the past tense.
    expect(dates('The observatory reopened on May 9.', '2025-05-06')).toEqual([['May 9', '2024-05-09T00:00', 'day']]);
  });
  it('reads "May" the month as no modal: a clause dated in May is no hypothesis', () => {
    const got = events('The Mount Kumgang Observatory in Goseong County is reopening to the public on May 9.', '2025-05-06');
    expect(got.placed).toContainEqual(['opening', '2025-05-09', 'goseong']);
    expect(events('The observatory in Goseong County may reopen on Friday.', '2025-05-06').placed).toEqual([]);
  });
  it('counts "It was six days before it arrived" from the day told before it', () => {
    const got = dates('The boat left at midnight on June 9. It was six days before it arrived in Samcheok Port.', '2019-07-04');
    expect(got[1]).toEqual(['It was six days before', '2019-06-15T00:00', 'day']);
  });
  it('dates ahead what is "set for" a day, and a conjunct that shares a clause\'s future', () => {
    expect(dates('Kim is in talks on a summit with Trump, tentatively set for June 12 in Singapore.', '2018-06-01')).toEqual([['June 12', '2018-06-12T00:00', 'day']]);
    const t = 'Military talks will take place on June 14 at Panmunjom, and a session on sports on the southern side on June 18.';
    expect(dates(t, '2018-06-01').map((d) => d[1])).toEqual(['2018-06-14T00:00', '2018-06-18T00:00']);
    // …not a conjunct told in the past tense.
    expect(dates('The North will hold talks on June 14, and it fired missiles on May 18.', '2018-06-01').map((d) => d[1])).toEqual(['2018-06-14T00:00', '2018-05-18T00:00']);
  });
  it('dates ahead what is wanted, suggested, scheduled or could take place, and "Friday\'s planned summit"', () => {
    const day = (t: string, pub: string) => dates(t, pub).map((d) => d[1].slice(0, 10));
    expect(day('The ministry said Pyongyang wanted to hold talks about the tours on July 17.', '2013-07-10')).toEqual(['2013-07-17']);
    expect(day('The ministry suggests to the North that talks be held at Panmunjom on July 21.', '2017-07-18')).toEqual(['2017-07-21']);
    expect(day('The ministry has scheduled the program to begin again on Friday.', '2025-05-15')).toEqual(['2025-05-16']);
    expect(day('Reunions could take place during the Sept. 19 holiday.', '2013-08-22')).toEqual(['2013-09-19']);
    expect(day('Villagers hold high hopes for Friday’s planned summit.', '2018-04-24')).toEqual(['2018-04-27']);
    // …a day named by what is planned for it dates nothing of its own sentence.
    expect(events('Villagers in Daeseong-dong hold high hopes for Friday’s planned summit.', '2018-04-24').placed).toEqual([]);
  });
  it('reads a place that talks are about as no location: "talks on the resumption of tours to the Mount Kumgang resort"', () => {
    expect(places('The North called for talks on the resumption of tours to the Mount Kumgang resort.').filter((p) => p[1] === 'mount-kumgang').map((p) => p[2])).toEqual(['actor']);
    expect(places('The two sides held talks at Mount Kumgang.').map((p) => p[2])).toEqual(['location']);
  });
  it('reads "this weekend" as the paper\'s own weekend and "over the weekend" as the one just gone', () => {
    expect(dates('Talks will be held this weekend.', '2013-07-04')).toEqual([['this weekend', '2013-07-06T00:00', 'week']]);
    expect(dates('Balloons fell over the weekend.', '2024-06-10')).toEqual([['over the weekend', '2024-06-08T00:00', 'week']]);
    expect(dates('Balloons fell over the weekend.', '2024-06-09')).toEqual([['over the weekend', '2024-06-08T00:00', 'week']]);
  });
  it('dates ahead the start of what was decided or agreed: "the decision to restrict passage from Monday"', () => {
    expect(dates("After the North's decision to restrict passage to Kaesong from Monday, tours were halted.", '2008-11-29')[0]).toEqual(['Monday', '2008-12-01T00:00', 'day']);
    expect(dates('The two Koreas agreed to restore the channels from Tuesday.', '2021-07-27')[0][1]).toBe('2021-07-27T00:00');
  });
  it('puts a time told ahead on the day planned last ("expected to start at 10 a.m.")', () => {
    const t = 'The two sides will meet at Panmunjom on Tuesday. Fighting broke out on Sunday. The meeting is expected to start at 10 a.m.';
    expect(dates(t, '2011-02-07').map((d) => d[1])).toEqual(['2011-02-08T00:00', '2011-02-06T00:00', '2011-02-08T10:00']);
  });
  it('reads ", a day after the North sent balloons" as the day before the sentence\'s own, dating nothing of it', () => {
    const t = 'The North jammed GPS signals Thursday, the military said, a day after the North sent balloons. Jamming was detected from 7:50 a.m.';
    expect(dates(t, '2024-05-30').map((d) => d[1])).toEqual(['2024-05-30T00:00', '2024-05-29T00:00', '2024-05-30T07:50']);
  });
  it('never reads a day after "since" ahead, whatever else in the sentence looks ahead', () => {
    expect(dates('There will be no problem as a new reservoir has been operating since July 1.', '2010-07-19')[0][1]).toBe('2010-07-01T00:00');
  });
  it('reads a headline\'s infinitive as its future ("Paju section of the trail to open on August 10")', () => {
    const t = 'Paju section of DMZ Peace Trail to open on August 10\n- Application acceptance begins July 26 -\nThe government announced the trail will open to the public.\n';
    expect(dates(t, '2019-07-26').map((d) => d[1])).toEqual(['2019-08-10T00:00', '2019-07-26T00:00']);
    // …not a purpose in a sentence of the past.
    expect(dates('He went to Paju to meet officials on Monday.', '2019-07-26')[0][1]).toBe('2019-07-22T00:00');
  });
  it('keeps a day in a past-tense relative clause in the past, though a "will" follows it', () => {
    const t = 'Thirty-one North Koreans who were on a boat that crossed the sea border near Yeonpyeong Island Saturday will be repatriated, an official said.';
    expect(dates(t, '2011-02-08')[0][1]).toBe('2011-02-05T00:00');
    expect(dates('The trail was approved last month,… and from June 1st, Cheorwon will be open for hikers.', '2019-05-22').at(-1)?.[1]).toBe('2019-06-01T00:00');
  });
  it('dates an offered meeting ahead: "offering a meeting in Seoul on June 12"', () => {
    expect(dates('Seoul responded by offering a ministerial meeting in Seoul on June 12.', '2013-06-08')).toEqual([['June 12', '2013-06-12T00:00', 'day']]);
  });
  it('ends an opening "While …" clause at its comma: two days, two happenings', () => {
    const got = events('While tours to Dora Observatory were suspended on the 11th, visits to the 3rd Tunnel resumed on the 12th.', '2024-10-16');
    expect(got.placed).toContainEqual(['suspension', '2024-10-11', 'dora-observatory']);
    expect(got.placed.some((e) => e[1] === '2024-10-12' && /tunnel/.test(String(e[2])))).toBe(true);
  });
  it('reads "the island" back to an island named as such, even one the gazetteer holds as a county', () => {
    const t = 'Troops found where the man crossed on Ganghwa Island on Monday. The man evaded guards on the island and swam north on July 18.';
    expect(places(t).filter((p) => p[0] === 'the island')).toEqual([['the island', 'ganghwa', 'location']]);
    expect(places('Officials met in Gyeonggi-do. The island was quiet.').filter((p) => p[0] === 'The island')).toEqual([]);
  });
  it('lends no later place to an event told with none, unless the later sentence tells the same kind of thing', () => {
    const t = 'The top military officers of the three countries agreed on Wednesday to share more information. At the Kaesong complex, workers were given snack foods.';
    expect(events(t, '2016-02-11').unplaced).toContainEqual(['agreement', '2016-02-10']);
    expect(events(t, '2016-02-11').placed.filter((e) => e[0] === 'agreement')).toEqual([]);
  });
  it('lends the next sentence no place from a description of how things are', () => {
    const t = 'About 39,000 North Koreans work in 98 firms at Kaesong, producing watches and shoes. The North on Monday put its army on combat alert.';
    expect(events(t, '2009-03-13').placed).toEqual([]);
  });
  it('places a happening at "the port" it entered (a verb of motion\'s object), not at what it agreed to reopen', () => {
    const t = 'On June 14, the boat was 3 km from Samcheok Port. It waited until dawn and entered the port at 6:20 a.m. on June 15.';
    expect(events(t, '2019-07-04').placed).toContainEqual(['incident', '2019-06-15', 'samcheok-port']);
  });
  it('reads a tail ", said the official, who declined to be identified." as the frame, the clause before as the content', () => {
    const s = 'About 10 soldiers approached the Military Demarcation Line around 9:40 a.m. Monday, said the official, who declined to be identified.';
    expect(s.slice(...frame(s).content)).toBe('About 10 soldiers approached the Military Demarcation Line around 9:40 a.m. Monday');
  });
  it('places a verbless conjunct planned like the clause before it where that clause is', () => {
    const t = 'Military talks will take place on June 14 on the northern side of Panmunjom, and a separate session on sports on the southern side on June 18.';
    const got = events(t, '2018-06-01').placed;
    expect(got.filter((e) => e[2] === 'panmunjom').map((e) => e[1])).toEqual(['2018-06-14', '2018-06-18']);
  });
  it('reads a hyphenated or possessed word in -ed as an adjective, not a deed ("heavily-militarised", "the rivals\' disputed border")', () => {
    const s = "While naval clashes along the two rivals' disputed sea border occur at times, an engagement across the heavily-militarised land frontier is rare.";
    // (Read as a deed, it would lend the sea border to the next sentence's exchange of fire.)
    expect(events(s + ' The exchange of fire followed a launch at 2:00pm on Friday.', '2014-10-10').placed).toEqual([]);
  });
  it('reads "appears to be operating the factories at the Kaesong complex" as a happening going on at the report', () => {
    const got = events('North Korea appears to be operating 10 factories at the Kaesong Industrial Complex, the ministry said Tuesday.', '2023-05-09');
    expect(got.placed).toEqual([['incident', '2023-05-09', 'kaesong-industrial-complex']]);
  });
  it('reads a picture\'s present tense on a past day as what happened, and a report verb in a later "after" clause as no frame', () => {
    const t = 'Prime Minister Han speaks during an extraordinary Cabinet meeting in Seoul on Wednesday, after North Korea said it had placed a satellite in orbit.';
    expect(frame(t).content).toEqual([0, t.length]);
    expect(events(t, '2023-11-22').placed).toEqual([['meeting', '2023-11-22', 'seoul']]);
  });
  it('dates a happening by the time it came to light ("At 3 p.m. on Sunday, it was confirmed that the North had discharged water from the dam")', () => {
    const t = 'North Korea monitors the Hwanggang Dam. At around 3:00 p.m. on Sunday, it was confirmed that North Korea had discharged water from the dam.';
    expect(events(t, '2025-10-19').placed).toEqual([['incident', '2025-10-19', 'hwanggang-dam']]);
  });
  it('makes talks agreed on one day for another a happening of their own', () => {
    const got = events('The two Koreas on Saturday agreed to hold talks on Sunday in the truce village of Panmunjom.', '2013-06-08');
    expect(got.placed).toContainEqual(['meeting', '2013-06-09', 'panmunjom']);
  });
  it('takes neither a point of reference nor its container: "12 kilometers (7.5 miles) south of Socheong Island, Incheon"', () => {
    const got = events('The coast guard seized a boat about 12 kilometers (7.5 miles) south of Socheong Island, Incheon, on Sunday.', '2025-09-21');
    expect(got.placed.map((p) => p[2])).toEqual(['socheong']);
  });
  it('keeps a deed a deed when it "prompted an investigation"', () => {
    const got = events('Soldiers found a body on Ganghwa Island on Friday, prompting a joint investigation.', '2023-05-27');
    expect(got.placed.map((p) => p[2])).toEqual(['ganghwa']);
  });
  it('keeps a resort with a name of its own apart from a town 40 km off on the same day', () => {
    const t = 'The reunion began on Thursday afternoon at the Mount Kumgang resort. At 8:20 a.m. on Thursday, the families left a hotel in Sokcho.';
    expect(events(t, '2014-02-20').placed.map((p) => p[2]).sort()).toEqual(['mount-kumgang', 'sokcho']);
  });
  it('reads a tail that names the speaker after "said": ", said Unification Ministry spokesman Chun Hae-sung."', () => {
    const s = 'The worker was handed over at a joint park in the border town of Kaesong at 5:10 p.m., said Unification Ministry spokesman Chun Hae-sung.';
    expect(s.slice(...frame(s).content)).toBe('The worker was handed over at a joint park in the border town of Kaesong at 5:10 p.m.');
    expect(places(s)).toContainEqual(['Unification Ministry', 'ministry-of-unification', 'actor']);
    // …but not a relative clause with its own verb.
    const t = 'The ministry will buy all pigs in Yeoncheon, where the 14th confirmed case was reported on Wednesday.';
    expect(frame(t).content).toEqual([0, t.length]);
  });
  it('refers "the joint park" back to the town it is in', () => {
    const t = 'He was freed at a joint park in the border town of Kaesong on Thursday. He had been detained at the joint park on March 30.';
    expect(events(t, '2009-08-13').placed.map((p) => p.slice(1))).toEqual([
      ['2009-08-13', 'kaesong'],
      ['2009-03-30', 'kaesong'],
    ]);
  });
  it('dates what "should" happen by a day ahead, and takes no date from "in the wake of X\'s test in January"', () => {
    expect(dates('Owners should come to the resort by March 25.', '2010-03-18')[0].slice(0, 2)).toEqual(['March 25', '2010-03-25T00:00']);
    expect(dates("Broadcasts resumed in the wake of North Korea's fourth nuclear test in January.", '2016-07-27').map((d) => [d[0], d[1]])).toEqual([['January', '2016-01-01T00:00']]);
    const found = findDates("Broadcasts resumed in the wake of North Korea's fourth nuclear test in January.", findSentences("Broadcasts resumed in the wake of North Korea's fourth nuclear test in January.", findStructure("Broadcasts resumed in the wake of North Korea's fourth nuclear test in January.")), { published: { y: 2016, m: 7, d: 27 }, tz: 'Asia/Seoul' });
    expect(found[0].attributive).toBe(true);
  });
  it('ends a content at "according to", never opens one there', () => {
    const s = 'The event started at 10 a.m. at the station, according to the ministry.';
    expect(s.slice(...frame(s).content)).toBe('The event started at 10 a.m. at the station');
  });
  it('reads a leading quotation as the content of "…," X said …, adding …', () => {
    const s = '"The North jammed signals in Haeju yesterday," the military said in a statement, adding that ships were hit.';
    const f = frame(s);
    expect(f.quoted).toBe(true);
    expect(s.slice(...f.content)).toBe('"The North jammed signals in Haeju yesterday,"');
  });
  it('places a deed told in quotation marks', () => {
    const t = '"He underwent surgery yesterday at a hospital in Seongnam," an officer said.';
    expect(events(t, '2015-08-26').placed).toEqual([['incident', '2015-08-25', 'geonames-kr-seongnam-si']]);
  });
  it('dates a present perfect happening by its report, and reads "has recently continued"', () => {
    const t = 'North Korea has recently continued work to dismantle a hotel at Mount Kumgang, the ministry said on Tuesday.';
    expect(events(t, '2022-04-12').placed).toEqual([['demolition', '2022-04-12', 'mount-kumgang']]);
  });
  it('puts a relative "where" clause at the place before it', () => {
    const t = 'The ministry will buy all pigs in Yeoncheon, where a new case was reported on Wednesday.';
    expect(events(t, '2019-10-11').placed).toEqual([['incident', '2019-10-09', 'kr-31350']]);
  });
  it('gives a dated happening with no place the place of the sentence before that no event took', () => {
    const t = 'A soldier defected today at a guard post. The defection comes weeks after another escape through Panmunjom. That soldier was shot five times on Nov. 13.';
    expect(events(t, '2017-12-21').placed).toContainEqual(['attack', '2017-11-13', 'panmunjom']);
  });
  it('lends a story of one day to a happening told paragraphs later in the simple past, not to what had been done before', () => {
    const filler = ['Officials watched.', 'Reporters waited.', 'Guards stood by.', 'Nobody spoke.'].join('\n\n');
    const t = `The two leaders met at Panmunjom on Sunday.\n\n${filler}\n\nThe leaders walked into the Freedom House.\n\nA company had built hotels in Kaesong.`;
    const got = events(t, '2019-06-30').placed;
    expect(got).toContainEqual(['incident', '2019-06-30', 'jsa-freedom-house']);
    expect(got.some((e) => e[2] === 'kaesong')).toBe(false);
  });
  it('puts a happening "at the mouth of the Han River in Gimpo" at Gimpo, not at the one point of the river', () => {
    expect(events('A man was spotted on Sunday at the mouth of the Han River in Gimpo.', '2017-06-18').placed.map((e) => e[2])).toEqual(['gimpo']);
  });
  it('calls a border crossing that was a defection a defection', () => {
    expect(events('A soldier crossed the border into Hwacheon and defected on Monday.', '2015-06-15').placed.map((e) => e[0])).toEqual(['defection']);
  });
  it('takes no place from a background clause after the date ("…, although few cross the DMZ")', () => {
    const got = events('Last year, 1,396 North Koreans defected to South Korea, although few cross the DMZ.', '2015-06-15');
    expect(got.placed).toEqual([]);
    expect(got.unplaced.map((e) => e[0])).toEqual(['defection']);
  });
  it('keeps an air-raid warning a happening, not a threat', () => {
    const t = 'The launches prompted an air raid warning for Ulleungdo on Wednesday.';
    expect(events(t, '2022-11-02').placed).toEqual([['incident', '2022-11-02', 'kr-37430']]);
  });
  it('places a deed done "for investigation": an inquiry as its purpose does not make it words', () => {
    const t = 'The crew were brought to a military port in Yangyang early Sunday for investigation by authorities, it added.';
    expect(events(t, '2019-07-28').placed).toEqual([['incident', '2019-07-28', 'kr-32410']]);
  });
  it('reads "last evening" as the evening before the paper, like "last night"', () => {
    expect(dates('Residents of Yeoncheon were ordered to evacuate last evening.', '2020-08-06')).toEqual([['last evening', '2020-08-05T00:00', 'day']]);
    expect(events('Residents of Yeoncheon were ordered to evacuate last evening.', '2020-08-06').placed).toEqual([['incident', '2020-08-05', 'kr-31350']]);
  });
  it('reads a day after "its intent to" as ahead', () => {
    expect(dates('Seoul sent a notice of its intent to hand over the body at Panmunjom at 3 p.m. Tuesday.', '2023-09-21')).toEqual([['at 3 p.m. Tuesday', '2023-09-26T15:00', 'minute']]);
  });
  it('reads "this island" and "this town" as anaphors, like "the island"', () => {
    const t = 'Shells hit Yeonpyeong Island on Tuesday. Police patrolled this island on Wednesday.';
    expect(places(t).filter((p) => p[0] === 'this island')).toEqual([['this island', 'yeonpyeong', 'location']]);
    expect(events(t, '2010-11-26').placed.map((e) => [e[1], e[2]])).toContainEqual(['2010-11-24', 'yeonpyeong']);
  });
  it('reads a dated "after" clause under words said as a happening of its own', () => {
    const t = 'North Korea threatened retaliation after South Korean troops on May 27 fired warning shots near Yeonpyeong Island.';
    expect(events(t, '2016-05-30').placed).toEqual([['attack', '2016-05-27', 'yeonpyeong']]);
  });
  it('reads a full date with an ordinal day ("June 30th, 2016"), not its year alone', () => {
    expect(dates('On June 30th, 2016, troops fired warning shots.', '2016-07-30')).toEqual([['June 30th, 2016', '2016-06-30T00:00', 'day']]);
  });
  it('dates a deed with no day of its own by the report of it, until a later sentence gives its day', () => {
    expect(events('North Korea severed the hotline through Panmunjom, the ministry said Monday.', '2013-03-11').placed).toEqual([['communication-cut', '2013-03-11', 'panmunjom']]);
    const t = 'A soldier accidentally fired a machine gun at a guard post, the military confirmed Sunday. The incident occurred around 6 a.m. on April 23 at a guard post in Cheorwon County.';
    expect(events(t, '2025-04-27').placed).toEqual([['attack', '2025-04-23', 'cheorwon']]);
  });
  it('reads a day in "following its threat to do so last week" as the threat\'s, not the deed\'s', () => {
    const t = 'North Korea severed the hotline through Panmunjom following its threat to do so last week, the ministry said Monday.';
    expect(events(t, '2013-03-11').placed).toEqual([['communication-cut', '2013-03-11', 'panmunjom']]);
  });
  it('reads "on the 31st" in a paper of November 1 as October 31, and "on the 1st" as the paper\'s day', () => {
    expect(dates('The mayor visited Daeseong-dong village on the 31st.', '2024-11-01')).toEqual([['the 31st', '2024-10-31T00:00', 'day']]);
    expect(dates('The mayor visited the village on the 31st. According to the city on the 1st, he met residents.', '2024-11-01')).toEqual([
      ['the 31st', '2024-10-31T00:00', 'day'],
      ['the 1st', '2024-11-01T00:00', 'day'],
    ]);
  });
  it('reads "a frontline island" as an island, not as the front line', () => {
    expect(places('They resumed in 2010 after North Korea shelled a frontline island.').filter((p) => p[1] === 'mdl')).toEqual([]);
    expect(places('Troops moved along the front line on Monday.').map((p) => p[1])).toEqual(['mdl']);
    expect(places('The chairman told frontline commanders to stay ready.')).toEqual([]);
  });
  it('reads "last year on February 10th" and "February 10th last year" as that day of last year', () => {
    expect(dates('It was this day last year on February 10th when the complex was shut.', '2017-02-10')).toEqual([['last year on February 10th', '2016-02-10T00:00', 'day']]);
    expect(dates('The complex was closed on February 10th last year.', '2017-02-10')).toEqual([['February 10th last year', '2016-02-10T00:00', 'day']]);
  });
  it('places a planned happening told under a frame ("…, according to the ministry"), not the frame\'s words', () => {
    const t = 'The UNC will restart the tours to the Joint Security Area in Panmunjom on Nov. 30, according to the unification ministry.';
    expect(events(t, '2021-11-18').placed).toEqual([['incident', '2021-11-30', 'panmunjom']]);
  });
  it('reads "announced on July 29 that" as a frame, but not when its subject holds a dated deed', () => {
    const s1 = 'The government announced on July 29 that it plans to hand over the body through Panmunjom on August 5.';
    expect(s1.slice(...frame(s1).content)).toBe('it plans to hand over the body through Panmunjom on August 5.');
    const s2 = 'An executive who visited the area on July 3 said on August 6 that the hall was being used as a shop.';
    expect(frame(s2).content).toEqual([0, s2.length]);
  });
  it('dates a deed told after a head frame by the report ("The JCS said on Wednesday a man who crossed … had been captured")', () => {
    const t = 'The Joint Chiefs of Staff said on Wednesday a North Korean man who crossed the border near Goseong County had been captured.';
    expect(events(t, '2020-11-04').placed.map((e) => [e[1], e[2]])).toEqual([['2020-11-04', 'goseong']]);
  });
  it('reads a long inverted tail (", said a spokesman for South Korea\'s Ministry of National Defense.") as the frame', () => {
    const t = 'Two soldiers were on a search operation near Paju when a land mine detonated around 7:40 a.m., said a spokesman for South Korea’s Ministry of National Defense.';
    expect(t.slice(...frame(t).content)).toBe('Two soldiers were on a search operation near Paju when a land mine detonated around 7:40 a.m.');
  });
  it('reads "concluded the excavation" as a deed done, not a finding reported', () => {
    const t = 'The military on Saturday concluded the excavation of war remains at Arrowhead Ridge.';
    expect(events(t, '2019-11-25').placed.map((e) => [e[1], e[2]])).toEqual([['2019-11-23', 'arrowhead-ridge']]);
  });
  it('reads a tail in mid-sentence before an apposition (", the government said, the worst attack since …")', () => {
    const t = 'Two civilians were killed in Tuesday’s shelling, the Seoul government said, the worst attack since the 1950-53 Korean War.';
    expect(t.slice(...frame(t).content)).toBe('Two civilians were killed in Tuesday’s shelling');
  });
  it('reads "a Seoul housewife" as where a person is from, not where the happening is', () => {
    expect(places('Soldiers shot dead a Seoul housewife at Mount Kumgang in July 2008.').map((p) => [p[0], p[2]])).toEqual([
      ['Seoul', 'actor'],
      ['Mount Kumgang', 'location'],
    ]);
  });
  it('reads an institution after "according to" or "a spokesperson for" as a source, not a place', () => {
    const t = 'The talks began Monday morning and, according to the South\'s Unification Ministry, ran through the night.';
    expect(places(t).map((p) => [p[1], p[2]])).toContainEqual(['ministry-of-unification', 'actor']);
    expect(events(t, '2015-09-08').placed).toEqual([]);
  });
  it('reads "a buffer zone" in a story at sea as the maritime buffer zone, and on land as the ground one', () => {
    const sea = 'North Korea fired shells into a buffer zone on Wednesday. The shells fell north of the Northern Limit Line.';
    expect(places(sea).find((p) => p[0] === 'buffer zone')).toEqual(['buffer zone', 'cma-maritime-buffer', 'location']);
    const land = 'North Korea fired shells into a buffer zone on Wednesday. The shells fell north of the Military Demarcation Line.';
    expect(places(land).find((p) => p[0] === 'buffer zone')).toEqual(['buffer zone', 'cma-ground-buffer', 'location']);
  });
  it('reads a long source at the end ("…, according to the officials at the border county of Yeoncheon and K-Water.") as the frame', () => {
    const t = 'Water levels at Gunnam Dam rose to 23.66 meters before falling back on Monday, according to the officials at the South Korean border county of Yeoncheon and the state-run water company K-Water.';
    expect(t.slice(...frame(t).content)).toBe('Water levels at Gunnam Dam rose to 23.66 meters before falling back on Monday');
  });
  it('reads ", a day after it set out from Sokcho" as a happening of its own, on the day before', () => {
    const t = 'The boat was seized by North Korea on July 17, a day after it set out from Sokcho.';
    expect(events(t, '2019-07-28').placed.map((e) => [e[1], e[2]])).toEqual([['2019-07-16', 'sokcho']]);
  });
  it('reads "the ROKS Cheonan" as a ship, not the city', () => {
    expect(places('In response to the sinking of the ROKS Cheonan, the government cut the number of workers.')).toEqual([]);
  });
  it('reads a tail with ", who didn\'t want to be named, citing office rules" as the frame', () => {
    const t = 'The fishermen were returned through Panmunjom, said an official from the ministry, who didn’t want to be named, citing office rules.';
    expect(t.slice(...frame(t).content)).toBe('The fishermen were returned through Panmunjom');
  });
  it('reads a date in "fishermen who were rescued earlier this month" as the rescue\'s, not the sending back\'s', () => {
    const t = 'South Korea said yesterday that it had sent back two fishermen who were rescued earlier this month. The fishermen were returned through Panmunjom.';
    expect(events(t, '2015-07-15').placed.map((e) => [e[1], e[2]])).toEqual([['2015-07-14', 'panmunjom']]);
  });
  it('reads the day in "for their response to North Korea\'s shelling attacks on Aug. 20" as the shelling\'s', () => {
    const t = 'The president visited a base on Thursday. She commended the soldiers at the division in Yeoncheon for their response to North Korea’s shelling attacks on Aug. 20, a spokesman said.';
    expect(events(t, '2015-12-24').placed.map((e) => [e[1], e[2]])).toEqual([['2015-12-24', 'kr-31350']]);
  });
  it('places nothing at places offered as alternatives ("in Seoul or Pyongyang")', () => {
    const t = 'On Aug. 25 the two sides agreed to hold a dialogue in Seoul or Pyongyang.';
    expect(events(t, '2015-12-11').placed).toEqual([]);
    expect(events('On Aug. 25 the two sides held a dialogue in Seoul.', '2015-12-11').placed.map((e) => e[2])).toEqual(['seoul']);
  });
  it('dates a happening going on, told with no date, by the report in the next sentence of its paragraph', () => {
    const t = 'North Korea is demolishing a reunion center at the Mount Kumgang resort. The center was built with funds from Seoul, the ministry said Thursday.';
    expect(events(t, '2025-02-13').placed.map((e) => [e[0], e[1], e[2]])).toContainEqual(['demolition', '2025-02-13', 'mount-kumgang']);
  });
  it('reads a bare weekday told later than the report\'s day ("shots fired Friday …, sources said Thursday") as the week before', () => {
    const t = 'Machine gun shots fired Friday by North Korea at a guard post in Cheorwon were an accidental misfire, sources said Thursday.';
    expect(events(t, '2010-11-05').placed.map((e) => e[1])).toEqual(['2010-10-29']);
    expect(events('Machine gun shots were fired Friday by North Korea at a guard post in Cheorwon.', '2010-11-05').placed.map((e) => e[1])).toEqual(['2010-11-05']);
  });
  it('reads places and days listed in pairs ("the Kaesong tour Sept. 14 and the Mount Kumgang tour Sept. 21") as one happening each', () => {
    const t = 'The Hyundai Group said its subsidiary Hyundai Asan will resume the Kaesong tour Sept. 14 and the Mount Kumgang tour Sept. 21.';
    expect(events(t, '2009-08-27').placed.map((e) => [e[1], e[2]]).sort()).toEqual([['2009-09-14', 'kaesong'], ['2009-09-21', 'mount-kumgang']]);
  });
  it('reads more days of the month named ("on February 12 and 14, 2014", "March 3, 5 and 7") as days, with the year told after them', () => {
    const t = 'The two sides held talks in Panmunjom on February 12 and 14, 2014.';
    expect(events(t, '2015-06-14').placed.map((e) => e[1])).toEqual(['2014-02-12', '2014-02-14']);
    expect(events('Talks were held on March 3, 5 and 7 at Panmunjom.', '2014-03-14').placed.map((e) => e[1])).toEqual(['2014-03-03', '2014-03-05', '2014-03-07']);
    expect(events('On June 5 and 14 soldiers crossed at Panmunjom.', '2014-06-14').placed.map((e) => e[1])).toEqual(['2014-06-05']);
    // (A list that does not go up is no list, and a later one in the sentence is still read.)
    expect(dates('Talks failed on March 7 and 5, and they met again on March 9 and 11.', '2014-03-14').map((d) => d[1].slice(0, 10))).toEqual(['2014-03-07', '2014-03-09', '2014-03-11']);
  });
  it('reads a deadline ("asked them yesterday to leave by 10 a.m. today") as not the day of the asking', () => {
    const t = 'North Korea yesterday asked four employees at the reunion center at Mount Kumgang to leave by 10 a.m. today.';
    expect(events(t, '2010-04-13').placed.map((e) => [e[1], e[2]])).toEqual([['2010-04-12', 'mount-kumgang']]);
  });
  it('reads "A year ago Wednesday" as the day a year before the anniversary nearest the paper', () => {
    expect(events('A year ago Wednesday, North Korea shelled Yeonpyeong Island.', '2011-11-21').placed.map((e) => e[1])).toEqual(['2010-11-23']);
    expect(events('Two years ago today, the Cheonan sank off Baengnyeong Island.', '2012-03-26').placed.map((e) => e[1])).toEqual(['2010-03-26']);
  });
  it('reads the words quoted after "On July 17, he said that, “…" with a day of their own as a happening of that day', () => {
    const t = 'On July 17, the vice minister said at a press briefing that, “The ministry suggests that military talks be held at the Tongil-gak, a building at the truce village of Panmunjom, on July 21.”';
    const placed = events(t, '2017-07-18').placed;
    expect(placed.map((e) => e[1])).toEqual(['2017-07-21']);
    expect(['jsa-tongilgak', 'panmunjom']).toContain(placed[0][2]);
  });
  it('reads "Posted April. 07, 2010 05:26," with its trailing comma as a page stamp that dates nothing', () => {
    const t = 'Posted April. 07, 2010 05:26,\nThe delay is keeping the fishermen of Baengnyeong Island in port.\nA fishing boat sank off Baengnyeong Island on Monday.\n';
    const e = events(t, '2010-04-07');
    expect(e.placed.map((x) => x[1])).toEqual(['2010-04-05']);
    expect(e.unplaced).toEqual([]);
  });
  it('reads ", a day after going missing near Yeonpyeong" as a happening of its own on the day before', () => {
    const t = 'The official was fatally shot by the North\'s military on Sept. 22, 2020, a day after going missing while on duty near the border island of Yeonpyeong.';
    expect(events(t, '2022-06-16').placed.map((e) => [e[0], e[1], e[2]])).toEqual([['attack', '2020-09-22', 'yeonpyeong'], ['incident', '2020-09-21', 'yeonpyeong']]);
  });
  it('counts "the previous day" back from the day its sentence told before it ("said on Sunday that … the previous day")', () => {
    const t = 'The military said on Sunday that a North Korean patrol boat crossed the Northern Limit Line near Baengnyeong Island the previous day.';
    expect(events(t, '2023-04-17').placed.map((e) => e[1])).toEqual(['2023-04-15']);
  });
  it('reads a threat that is the subject of a deed ("The threat spurred rallies Thursday in Seoul") as the deed, not words', () => {
    expect(events('The North Korean threat spurred rallies Thursday in Seoul, where protesters burned flags.', '2012-11-22').placed.map((e) => [e[0], e[1], e[2]])).toEqual([['incident', '2012-11-22', 'seoul']]);
    expect(events('The North Korean threat said Thursday in Seoul that shells would fall.', '2012-11-22').placed).toEqual([]);
  });
  it('lends the story\'s day to "removed the loudspeakers it had installed in Paju" (a pluperfect that tells what the thing is)', () => {
    const t = 'North and South Korea on Tuesday began dismantling propaganda speakers along their border. South Korean officials removed the loudspeakers it had installed in Paju, news agencies reported.';
    expect(events(t, '2018-05-01').placed.map((e) => [e[1], e[2]])).toEqual([['2018-05-01', 'paju']]);
    const u = 'North and South Korea on Tuesday began dismantling propaganda speakers along their border. Officials had installed loudspeakers in Paju.';
    expect(events(u, '2018-05-01').placed).toEqual([]);
  });
  it('reads an institution named by its building as the body when a verb follows ("the Ministry of Unification has scheduled")', () => {
    expect(places('The Ministry of Unification has scheduled the tours to begin again on Friday.')).toEqual([['Ministry of Unification', 'ministry-of-unification', 'actor']]);
    expect(places('Officials met at the Ministry of Unification on Friday.')).toEqual([['Ministry of Unification', 'ministry-of-unification', 'location']]);
  });
  it('reads a weekday right after a present tense ("the games, which open on Friday") as ahead', () => {
    expect(dates('A protest opposed the agreement allowing North Korea to join the games, which open on Friday.', '2018-02-06')).toEqual([['on Friday', '2018-02-09T00:00', 'day']]);
    expect(dates('The talks begin Monday at Panmunjom.', '2018-02-06')).toEqual([['Monday', '2018-02-12T00:00', 'day']]);
    expect(dates('The talks began Monday at Panmunjom.', '2018-02-06')).toEqual([['Monday', '2018-02-05T00:00', 'day']]);
  });
  it('splits a full stop glued to an acronym ("have disappeared.VOA said") and reads "at the site" as the place told last', () => {
    expect(sentences('The building has disappeared.VOA said the work started on March 13.')).toEqual(['The building has disappeared.', 'VOA said the work started on March 13.']);
    const t = 'North Korea destroyed facilities at the Gaeseong Industrial Complex. VOA said the removal started on March 13 and a long object is now placed at the site.';
    expect(events(t, '2024-05-07').placed.map((e) => [e[1], e[2]])).toContainEqual(['2024-03-13', 'kaesong-industrial-complex']);
    expect(places('Helicopters flew to the site, where smoke rose.')).toEqual([]);
  });
  it('reads the day of "the Joint Declaration made between the two Koreas in June 2000" as the declaration\'s, not the clause\'s', () => {
    const t = 'The Donghae Line near Jejin Station was connected in 2006 to follow up on the Joint Declaration made between the two Koreas in June 2000.';
    expect([...new Set(events(t, '2024-05-31').placed.map((e) => e[1]))]).toEqual(['2006-01-01']);
  });
  it('places a conjunct with no subject and no place of its own ("… in January and dismantled street lamps along both roads in March") where the clause before it was', () => {
    const t = 'North Korea installed mines on the Gyeongui road in January and dismantled street lamps along the road in March.';
    expect(events(t, '2024-05-31').placed.map((e) => e[1]).sort()).toEqual(['2024-01-01', '2024-03-01']);
    const u = 'North Korea installed mines on the Gyeongui road in January and the South protested in March.';
    expect(events(u, '2024-05-31').placed.map((e) => e[1])).toEqual(['2024-01-01']);
  });
  it('reads a year followed by a preposition ("accelerated in 2022 following the easing of restrictions") as a time, not a name', () => {
    const t = 'The dismantling of the Haegeumgang Hotel accelerated in 2022 following the easing of COVID-19 restrictions.';
    expect(events(t, '2025-02-14').placed.map((e) => [e[1], e[2]])).toEqual([['2022-01-01', 'haegumgang-hotel']]);
  });
  it('reads "visited the area" as the place just named, and "in the area" as no place', () => {
    const t = 'North Korea has been demolishing facilities in the Mount Kumgang tourist region since Kim Jong Un visited the area in October 2019.';
    expect(events(t, '2025-02-14').placed.map((e) => [e[1], e[2]])).toContainEqual(['2019-10-01', 'mount-kumgang']);
    expect(places('Marines named Yeonpyeong Island. They will drill in the area on Friday.').map((p) => p[0])).toEqual(['Yeonpyeong Island']);
  });
  it('reads "after bombing the building in June 2020" as a deed of its own, at the building', () => {
    const t = 'At the beginning of this year, North Korea completed the removal of debris from the inter-Korean liaison office at the Gaeseong Industrial Complex after bombing the building in June 2020.';
    expect(events(t, '2024-05-07').placed.map((e) => [e[1], e[2]])).toEqual([['2024-01-01', 'inter-korean-liaison-office'], ['2020-06-01', 'inter-korean-liaison-office']]);
  });
  it('keeps two landmarks named apart and kilometres apart (a dam and a bridge) as two happenings on one day', () => {
    const t = 'North Korea released water from the Hwanggang Dam on Thursday. The water level at Pilseunggyo Bridge reached 2.9 meters on Thursday.';
    expect(events(t, '2024-07-18').placed.map((e) => e[2])).toEqual(['hwanggang-dam', 'pilseung-bridge']);
  });
  it('places "The wildfire first broke out at 4:06 p.m. the previous day" where the sentence that introduced "a wildfire" put it', () => {
    const t = 'A wildfire that broke out in Goseong County has continued into its second day. Helicopters were sent on Friday. Crews were mobilized. The wildfire first broke out at approximately 4:06 p.m. the previous day.';
    expect(events(t, '2025-04-25').placed.map((e) => [e[1], e[2]])).toContainEqual(['2025-04-24', 'goseong']);
    const u = 'Helicopters were sent to Goseong County on Friday. Crews were mobilized. The wildfire first broke out at approximately 4:06 p.m. the previous day.';
    expect(events(u, '2025-04-25').placed.map((e) => e[1])).not.toContain('2025-04-24');
  });
  it('reads "provinces have seen heavy rainfall, reaching 143 mm near Kaesong on Saturday" as a happening, not a description', () => {
    const t = 'The North Korean media reported North Hwanghae and Gangwon provinces have seen heavy rainfall, reaching 143 mm near Kaesong on Saturday.';
    expect(events(t, '2010-07-19').placed.map((e) => [e[1], e[2]])).toEqual([['2010-07-17', 'kaesong']]);
  });
  it('counts "the day after North Korea\'s artillery attack on Nov. 23" from the attack\'s day, and reads a "When …" clause before "he thought" as the deed', () => {
    const t = 'When Rhyu Sang-heum boarded a boat to flee his home on Yeonpyeong Island the day after North Korea’s artillery attack on Nov. 23, he thought he would need to take shelter temporarily.';
    expect(events(t, '2010-12-23').placed.map((e) => [e[1], e[2]])).toEqual([['2010-11-24', 'yeonpyeong']]);
  });
  it('reads the institution a notice was sent to ("sent a notice to the Unification Ministry") as the body, not a place', () => {
    expect(places('North Korea sent a notice to the Unification Ministry on Friday about the Mount Kumgang resort.').map((p) => [p[0], p[2]])).toEqual([['North Korea', 'actor'], ['Unification Ministry', 'actor'], ['Mount Kumgang', 'location']]);
  });
  it('reads "the front-line island" as the island told before, and "the border island of Yeonpyeong" as no anaphor', () => {
    const t = 'South Korea on Friday commemorated the anniversary of the shelling of Yeonpyeong Island. North Korea lobbed 170 rounds of artillery onto the front-line island two years ago.';
    expect(events(t, '2012-11-23').placed.map((e) => [e[1], e[2]])).toEqual([['2012-11-23', 'yeonpyeong'], ['2010-01-01', 'yeonpyeong']]);
    expect(places('Troops reached Baengnyeong Island. Shells fell on the border island of Yeonpyeong.').map((p) => p[0])).toEqual(['Baengnyeong Island', 'Yeonpyeong']);
  });
  it('places words said by "North Korean representatives at Panmunjom" at Panmunjom, apart from the same day\'s words said elsewhere', () => {
    const t = 'North Korea on Sunday threatened to fire at the launch site. Also on Sunday, North Korean representatives at Panmunjom reiterated their usual threat against the drills.';
    expect(events(t, '2011-02-27').placed.map((e) => [e[0], e[1], e[2]])).toEqual([['threat', '2011-02-27', 'panmunjom']]);
    expect(events('North Korea on Sunday threatened war at Panmunjom.', '2011-02-27').placed).toEqual([]);
  });
  it('reads a date inside ", named for Arthur Bonifas, an army captain killed … in August 1976" as the namesake\'s, not the landing\'s', () => {
    const t = 'Carter visited the Demilitarized Zone yesterday. His helicopter alighted at Camp Bonifas, named for Arthur Bonifas, an army captain killed in a DMZ axe attack in August 1976.';
    const placed = events(t, '2015-11-02').placed.map((e) => [e[1], e[2]]);
    expect(placed).toContainEqual(['2015-11-01', 'camp-bonifas']);
    expect(placed).not.toContainEqual(['1976-08-01', 'camp-bonifas']);
  });
  it('reads a capital after a verb of motion ("is planning to head to Seoul on Jan. 22") as a place, and "concessions to Seoul" as the government', () => {
    expect(places('Hyon is planning to head to Seoul on Jan. 22 to inspect venues.')).toEqual([['Seoul', 'seoul', 'location']]);
    expect(places('Pyongyang demanded concessions to Seoul on Jan. 22.').find((p) => p[0] === 'Seoul')).toEqual(['Seoul', 'seoul', 'actor']);
  });
  it('reads an island named as a ship ("the assault ship Dokdo", "the Dokdo ship") as no place, and "a boat near Dokdo" as the island', () => {
    expect(places('Lee was on the amphibious assault ship Dokdo on Tuesday, 2 km from the Dokdo ship.').filter((p) => p[1] === 'dokdo')).toEqual([]);
    expect(places('A fishing boat was rescued near Dokdo on Monday.').filter((p) => p[1] === 'dokdo')).toEqual([['Dokdo', 'dokdo', 'location']]);
  });
  it('places words at the occasion the speaking verb names ("said at an education forum in … Incheon", "said during a ceremony at Dorasan Station"), not in Seoul', () => {
    expect(events('"Dialogue is essential," Ban said at an education forum in the South Korean city of Incheon on Tuesday.', '2015-05-19').placed).toEqual([['statement', '2015-05-19', 'kr-23']]);
    expect(events('Minister Cho said during a ceremony at Dorasan Station on Friday that the railroads would be joined.', '2015-05-19').placed).toEqual([['statement', '2015-05-15', 'dorasan']]);
    expect(events('Minister Cho said in Seoul on Friday that the railroads would be joined at Dorasan Station.', '2015-05-19').placed).toEqual([]);
  });
  it('reads a day after "aimed to" or "hoped to" ("adding he aimed to make the visit on Thursday") as ahead', () => {
    expect(dates('Ban said he aimed to make the visit on Thursday.', '2015-05-19')).toEqual([['on Thursday', '2015-05-21T00:00', 'day']]);
    expect(dates('Ban said he made the visit on Thursday.', '2015-05-19')).toEqual([['on Thursday', '2015-05-14T00:00', 'day']]);
  });
  it('reads a day told in the frame after a quotation ("“… will be joined,” Cho said … on Friday") by the frame\'s tense', () => {
    expect(dates('"The railroads will be joined," Minister Cho said during a ceremony on Friday.', '2015-05-19')).toEqual([['on Friday', '2015-05-15T00:00', 'day']]);
    expect(dates('"We will meet again on Friday," Cho said.', '2015-05-19')).toEqual([['on Friday', '2015-05-22T00:00', 'day']]);
  });
  it('reads "surveyed damage from Tuesday\'s artillery barrage" as naming the barrage: the tour is not dated by it', () => {
    const t = 'Gen. Walter Sharp toured the island and surveyed damage from Tuesday\'s artillery barrage on Yeonpyeong Island.';
    expect(events(t, '2010-11-26').placed.map((e) => e[1])).not.toContain('2010-11-23');
    expect(events('Gen. Walter Sharp toured Yeonpyeong Island on Tuesday.', '2010-11-26').placed.map((e) => e[1])).toEqual(['2010-11-23']);
  });
  it('reads a day inside a participle after a noun ("a soldier found late July was returned … in August") as that noun\'s, not the return\'s', () => {
    const t = 'The body of a North Korean soldier found late July was returned to the North in August through Panmunjom.';
    expect(events(t, '2008-09-17').placed.map((e) => [e[1], e[2]])).toEqual([['2008-08-01', 'panmunjom']]);
    expect(events('Soldiers found the body in late July and returned it through Panmunjom.', '2008-09-17').placed.map((e) => e[1])).toEqual(['2008-07-01']);
  });
  it('reads spellings met in news text ("Cherwon", "Gaesong Industrial Complex", "Panmumjom") as their places, and a place in a foundation\'s name as the body', () => {
    expect(places('Troops fired near Cherwon and at Panmumjom; firms left the Gaesong Industrial Complex.').map((p) => p[1])).toEqual(['cheorwon', 'panmunjom', 'kaesong-industrial-complex']);
    expect(places('Three came from the Gaeseong Industrial District Foundation on Monday.').map((p) => p[2])).toEqual(['actor']);
  });
  it('reads "the East Sea overland route" and "the Gyeongui overland route" as the inter-Korean roads', () => {
    expect(places('Troops removed lights along the East Sea overland route and the Gyeongui overland route.').map((p) => p[1])).toEqual(['donghae-road', 'gyeongui-road']);
  });
  it('reads "a western border island" told before any island is named as the island the story names, but not "the shelling of a border island"', () => {
    const t = 'President Moon visited a front-line military unit on a western border island on Thursday.\n\nMoon toured the Marine brigade on Baengnyeong Island and met troops.\n';
    expect(places(t).filter((p) => p[1] === 'baengnyeong').map((p) => p[0])).toEqual(['a western border island', 'Baengnyeong Island']);
    const u = 'Tensions remain high since the shelling of a South Korean border island in 2010.\n\nActivists met on Baengnyeong Island on Monday.\n';
    expect(places(u).filter((p) => p[1] === 'baengnyeong').map((p) => p[0])).toEqual(['Baengnyeong Island']);
  });
  it('reads a month and day a few weeks after the paper, with no year, as this year\'s ("The official opening will be Nov. 6" in October), and "the June 13 local elections" as naming the vote', () => {
    expect(dates('The official opening will be Nov. 6, the ministry said.', '2020-10-19')).toEqual([['Nov. 6', '2020-11-06T00:00', 'day']]);
    expect(dates('If the North fails to respond by August 5, the body will be cremated.', '2025-07-29')).toEqual([['August 5', '2025-08-05T00:00', 'day']]);
    // Two months ahead is still last year's.
    expect(dates('The talks began on Dec. 26.', '2020-10-19')).toEqual([['Dec. 26', '2019-12-26T00:00', 'day']]);
    const { analysis } = extractArticle('The war ended in 1953.\n\nA candidate for the June 13 local elections showed his ticket at Seoul Station on June 3.\n', { published: '2018-06-03', tz: 'Asia/Seoul' }, g);
    const june13 = analysis.dates.find((d) => d.text === 'June 13')!;
    expect([june13.date_start.slice(0, 10), june13.attributive]).toEqual(['2018-06-13', true]);
  });
  it('reads "the island of about 2,000 inhabitants" as the island told before, and "the island of Baengnyeong" as naming its own', () => {
    expect(places('Shells fell near Yeonpyeong Island. In 2010, the island of about 2,000 inhabitants suffered an attack.').map((p) => [p[0], p[1]])).toEqual([['Yeonpyeong Island', 'yeonpyeong'], ['the island', 'yeonpyeong']]);
    expect(places('Shells fell near Yeonpyeong Island. Troops reached the island of Baengnyeong.').map((p) => [p[0], p[1]])).toEqual([['Yeonpyeong Island', 'yeonpyeong'], ['Baengnyeong', 'baengnyeong']]);
  });
  it('reads "The Ministry of Unification played down the visit in a regular briefing" as the body acting, not a place', () => {
    expect(places('The Ministry of Unification played down the visit in a regular briefing yesterday.').map((p) => p[2])).toEqual(['actor']);
  });
  it('reads the day of a report after a future ("… will expand from next year, the ministry said Friday") as past', () => {
    expect(dates('Fishing areas will expand from next year, the ministry said Friday.', '2012-12-31').find((d) => d[0] === 'Friday')).toEqual(['Friday', '2012-12-28T00:00', 'day']);
  });
});
