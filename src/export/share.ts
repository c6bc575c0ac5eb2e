// Share links and the embed snippet. The embed is a second page, embed.html, that opens a story
// and a view without the side panel; its path stays fixed so that frame-ancestors can name it.
import { formatUrlState, type UrlState } from '../state/url-state';

/** The app's folder URL ("https://host/borderline/") from any page of it. */
export function appBase(href: string): string {
  const u = new URL(href);
  u.hash = '';
  u.search = '';
  u.pathname = u.pathname.replace(/[^/]*$/, '');
  return u.href;
}

export function shareUrl(href: string, state: UrlState): string {
  return appBase(href) + formatUrlState(state);
}

export function embedUrl(href: string, state: Pick<UrlState, 'story' | 'view' | 'layers'>): string {
  return appBase(href) + 'embed.html' + formatUrlState({ story: state.story, view: state.view, layers: state.layers });
}

/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe a newsroom pastes into its page. */
export function embedSnippet(src: string, title: string, height = 480): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Borderline: ${title}`)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
