import { DataError } from './validate';

/** A development server or a static host that answers a missing file with the app's own page (an SPA fallback). */
export function looksLikeHtmlPage(contentType: string | null, body: string): boolean {
  if (/\btext\/html\b/i.test(contentType ?? '')) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(body.slice(0, 512));
}

/** Fetches a same-origin JSON or text file under the app's data folder, with errors that name the file. */
export async function fetchData(baseUrl: string, path: string, as: 'json'): Promise<unknown>;
export async function fetchData(baseUrl: string, path: string, as: 'text'): Promise<string>;
export async function fetchData(baseUrl: string, path: string, as: 'json' | 'text'): Promise<unknown> {
  // Paths come from our own manifests; still refuse anything that could leave the data folder.
  if (!/^[a-z0-9][a-z0-9_./-]*$/i.test(path) || path.includes('..')) throw new DataError(path, 'refusing an unexpected data path');
  const url = `${baseUrl}data/${path}`;
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new DataError(path, `could not be fetched (${err instanceof Error ? err.message : String(err)})`);
  }
  if (res.status === 404) throw new DataError(path, 'is missing (HTTP 404 Not Found)');
  if (!res.ok) throw new DataError(path, `could not be loaded (HTTP ${res.status})`);
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    throw new DataError(path, `could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
  if (looksLikeHtmlPage(res.headers.get('content-type'), text))
    throw new DataError(path, `is missing (404): the server answered with a web page instead of ${as === 'json' ? 'JSON' : 'text'}`);
  if (as === 'text') return text;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataError(path, `is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}
