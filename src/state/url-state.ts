// The shareable state of the app, read from and written to the URL hash.
// Parsing never throws: anything unreadable falls back to the default for that field alone.

export interface View {
  lng: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  /** Story slug. */
  story?: string;
  view?: View;
  /** Ids of visible overlay layers; undefined means "the manifest's defaults". */
  layers?: string[];
  /** Selected event id. */
  event?: string;
  /** Time filter, YYYY-MM-DD inclusive. */
  from?: string;
  to?: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_LAYERS = 64;

function parseView(raw: string | null): View | undefined {
  if (!raw) return undefined;
  const parts = raw.split('/');
  if (parts.length !== 3) return undefined;
  const [zoom, lat, lng] = parts.map((p) => (/^-?\d{1,3}(\.\d{1,8})?$/.test(p) ? Number(p) : NaN));
  if (![zoom, lat, lng].every(Number.isFinite)) return undefined;
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lng < -180 || lng > 180) return undefined;
  return { zoom, lat, lng };
}

function parseDay(raw: string | null): string | undefined {
  if (!raw) return undefined;
  const m = DAY.exec(raw);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  // Reject 2020-02-31 and friends: the date must round-trip.
  return d.toISOString().slice(0, 10) === raw ? raw : undefined;
}

function parseId(raw: string | null): string | undefined {
  return raw && ID.test(raw) ? raw : undefined;
}

/** Reads state from a location hash such as `#story=x&map=7/37.9/126.8&layers=dmz,mdl&event=e1&from=2018-01-01&to=2020-06-16`. */
export function parseUrlState(hash: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, '').slice(0, 4096));
  } catch {
    return {};
  }
  const state: UrlState = {};
  const story = parseId(params.get('story'));
  if (story) state.story = story;
  const view = parseView(params.get('map'));
  if (view) state.view = view;
  const layers = params.get('layers');
  if (layers !== null) {
    const ids = layers === '' ? [] : layers.split(',').filter((l) => ID.test(l));
    // An all-garbage list means "unreadable", not "hide everything".
    if (layers === '' || ids.length > 0) state.layers = [...new Set(ids)].slice(0, MAX_LAYERS);
  }
  const event = parseId(params.get('event'));
  if (event) state.event = event;
  let from = parseDay(params.get('from'));
  let to = parseDay(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  if (from) state.from = from;
  if (to) state.to = to;
  return state;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Writes state as a hash (with the leading '#'); fields left undefined are omitted. */
export function formatUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.story) parts.push(`story=${encodeURIComponent(state.story)}`);
  if (state.view) {
    const { zoom, lat, lng } = state.view;
    parts.push(`map=${round(zoom, 2)}/${round(lat, 4)}/${round(lng, 4)}`);
  }
  if (state.layers) parts.push(`layers=${state.layers.map(encodeURIComponent).join(',')}`);
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.from) parts.push(`from=${state.from}`);
  if (state.to) parts.push(`to=${state.to}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
