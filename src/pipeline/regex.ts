// Regex helpers for the hot loops of the pipeline.

/**
 * Every match of a global regex in `s`, as `[...s.matchAll(re)]` gives them. matchAll works on a copy of
 * `re`, and V8 compiles a copy again (slowly, for the large patterns here) on every call; this reuses `re`.
 * @param re a global (g) regex, used by no caller further up the stack (its lastIndex is reset here)
 */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // As matchAll does: step over an empty match (by a whole code point in unicode mode).
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}

function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
