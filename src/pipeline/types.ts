// Types of the pipeline's intermediate stages. The public result is EventCollection (src/data/types.ts).
import type { DatePrecision, EventKind, GazetteerEntry } from '../data/types';

/** What the caller knows about the article. */
export interface ArticleMeta {
  /** Publication date, YYYY-MM-DD, in the events' time zone. */
  published: string;
  /** IANA time zone of the events; default Asia/Seoul. */
  tz?: string;
  title?: string;
  slug?: string;
  outlet?: string;
  url?: string;
}

export type BlockKind =
  | 'title'
  | 'body'
  | 'caption'
  | 'heading'
  | 'credit'
  | 'nav'
  | 'related'
  | 'timestamp'
  | 'dateline'
  | 'byline'
  | 'social';

/** A paragraph or a furniture line; [start, end) are offsets into the original text. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  /** 1-based number among body and caption paragraphs (the only ones that can be quoted). */
  paragraph?: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  caption: boolean;
}

/** A civil (wall-clock) date-time in the article's time zone. */
export interface Civil {
  y: number;
  m: number;
  d: number;
  h?: number;
  mi?: number;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  from: Civil;
  to: Civil;
  precision: DatePrecision;
  date_start: string;
  date_end: string;
  /** The date of a report ("said on Monday") rather than of the happening. */
  reporting: boolean;
  /** A date that names something rather than dating the sentence ("the 2018 agreement", "the Sept. 19 accord"). */
  attributive?: boolean;
  /** ", a day after it set out": the day of the clause that follows, counted back from the sentence's own day. */
  countedBack?: boolean;
  /** The report's date line ("SEOUL, June 30 (Yonhap) --"): the day of a happening the sentence gives no other date for. */
  dateline?: boolean;
  /** Resolved forward: announced or expected after publication ("will resume from Saturday"). */
  planned?: boolean;
  /** A stated GMT/UTC time checked against the local one. */
  utc_check?: { text: string; ok: boolean };
  /** Index of its sentence; -1 for a date line of the page (furniture), which dates nothing. */
  sentence: number;
}

export type PlaceRole = 'location' | 'actor';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
  role: PlaceRole;
  /** Resolved from "the office", "the island"… rather than named. */
  anaphor: boolean;
  /** Matched by the pipeline's generic area/line phrases ("the border"). */
  generic: boolean;
  sentence: number;
}

export interface Trigger {
  kind: EventKind;
  start: number;
  end: number;
  /** A weak trigger (said, reported) only names an event when nothing stronger does. */
  weak: boolean;
}

export interface ExtractOptions {
  /** Longest sentence kept whole; longer runs are cut at spaces so work stays bounded. */
  maxSentence?: number;
}

/** Everything the stages found, for tests, the CLI's warnings and the UI's audit view. */
export interface Analysis {
  blocks: Block[];
  sentences: Sentence[];
  places: PlaceMention[];
  dates: DateMention[];
  warnings: string[];
}

export interface EditorialChange {
  action: 'hide' | 'merge' | 'replace-place';
  /** The event's id (see EventProps.id). */
  event: string;
  /** merge: the id of the event that absorbs this one. */
  into?: string;
  /** replace-place: the gazetteer id of the new place. */
  place_id?: string;
  reason: string;
}
export interface Editorial {
  changes: EditorialChange[];
}
