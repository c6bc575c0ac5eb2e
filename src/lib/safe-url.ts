/** Only http(s) addresses are kept: a `javascript:` or `data:` URL from a page or a file is dropped. */
export function safeHttpUrl(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  try {
    const u = new URL(s.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
