// Splits an article into blocks (its lines) and each block into plain runs and event passages,
// keeping character offsets so that a highlighted run is always the article's own text.

export interface PassageRef {
  eventId: string;
  n: number;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  /** The passage this run belongs to, if any; `first` marks the run that opens it. */
  passage?: PassageRef & { first: boolean };
}

export interface Block {
  start: number;
  end: number;
  segments: Segment[];
}

/** Non-empty lines of the text with their offsets. */
export function lines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) out.push({ start: pos + lead, end: pos + lead + body.length });
    pos += line.length + 1;
  }
  return out;
}

/**
 * Blocks of the article with passages marked; overlapping passages keep the earlier-starting one.
 * @param ranges the blocks' extents (e.g. the pipeline's paragraphs); by default, the text's lines
 */
export function articleBlocks(text: string, passages: PassageRef[], ranges: { start: number; end: number }[] = lines(text)): Block[] {
  const sorted = passages
    .filter((p) => Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end <= text.length && p.start < p.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop the parts of passages that overlap an earlier one.
  const spans: PassageRef[] = [];
  let covered = 0;
  for (const p of sorted) {
    const start = Math.max(p.start, covered);
    if (start >= p.end) continue;
    spans.push({ ...p, start });
    covered = p.end;
  }
  const opened = new Set<string>();
  // Spans are sorted and disjoint, ranges usually ascending: one pointer walks both (linear in a megabyte).
  let j = 0;
  let last = -1;
  return ranges.map(({ start, end }) => {
    if (start < last) j = 0;
    last = start;
    while (j < spans.length && spans[j].end <= start) j++;
    const segments: Segment[] = [];
    let pos = start;
    for (let k = j; k < spans.length && spans[k].start < end; k++) {
      const sp = spans[k];
      const s = Math.max(sp.start, start);
      const e = Math.min(sp.end, end);
      if (s > pos) segments.push({ text: text.slice(pos, s), start: pos });
      const first = !opened.has(sp.eventId + ':' + sp.start);
      opened.add(sp.eventId + ':' + sp.start);
      segments.push({ text: text.slice(s, e), start: s, passage: { ...sp, first } });
      pos = e;
    }
    if (pos < end) segments.push({ text: text.slice(pos, end), start: pos });
    return { start, end, segments };
  });
}
