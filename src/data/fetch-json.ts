import { DataError } from './validate';

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
  if (!res.ok) throw new DataError(path, `HTTP ${res.status}`);
  const text = await res.text();
  if (as === 'text') return text;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataError(path, `is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}
