/**
 * Loading the site fixtures (tests/fixtures/<site>/<surface>.<lang>.html) into happy-dom's document,
 * at the URL each fixture names in its header comment, and the test pack with official accounts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack } from '../../../lib/packs/load';
import type { Pack } from '../../../lib/packs/schema';

// Paths, not URLs: under happy-dom the global URL is not the one node:fs accepts.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** The sites with fixtures, and the UI languages every surface fixture comes in. */
export const SITES = ['facebook', 'x', 'youtube'] as const;
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every fixture file of a site, e.g. "facebook/comment.sv.html". */
export function fixtureFiles(site: (typeof SITES)[number]): string[] {
  return readdirSync(join(FIXTURES, site))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `${site}/${name}`);
}

export function fixtureSource(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

/** The header comment: what the fixture models, its URL and date. */
export function fixtureHeader(file: string): string {
  return /<!--([\s\S]*?)-->/.exec(fixtureSource(file))?.[1] ?? '';
}

export function fixtureUrl(file: string): URL {
  const url = /^\s*URL: (\S+)\s*$/m.exec(fixtureHeader(file))?.[1];
  if (!url) throw new Error(`${file} names no URL in its header comment`);
  return new URL(url);
}

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

/** Moves the test window to `url` without loading anything (location, hostname and path follow). */
export function setUrl(url: URL | string): void {
  (window as unknown as HappyDomWindow).happyDOM.setURL(String(url));
}

/**
 * Replaces the document's head and body with the fixture's and moves the window to the fixture's
 * URL. Scripts are imported, not run (ytcfg.set is read from their text, as the adapter does).
 */
export function loadFixture(file: string): { url: URL } {
  const url = fixtureUrl(file);
  setUrl(url);
  const parsed = new DOMParser().parseFromString(fixtureSource(file), 'text/html');
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  const imported = (parent: Element) => Array.from(parent.childNodes).map((node) => document.importNode(node, true));
  document.head.replaceChildren(...imported(parsed.head));
  document.body.replaceChildren(...imported(parsed.body));
  // happy-dom 21 reads contenteditable="" as "inherit"; the HTML standard (and every browser) reads
  // the empty value as "true". YouTube's live chat input is written that way, so say it explicitly.
  for (const element of Array.from(document.querySelectorAll('[contenteditable=""]'))) element.setAttribute('contenteditable', 'true');
  return { url };
}

/** The element `selector` finds in the loaded fixture; fails loudly when the fixture lacks it. */
export function find(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element for ${selector}`);
  return element;
}

/** The first non-empty text node inside `element` (what a keystroke's target sits in). */
export function innerTextNode(element: Element): Text {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.trim() && (node.parentElement as HTMLElement | null)?.isContentEditable) return node as Text;
  }
  throw new Error('no editable text node');
}

/** The official accounts the tests match against (all invented). */
export const ACCOUNTS = {
  facebook: { id: '100064512345678', handle: 'hoforskommun', name: 'Hofors kommun' },
  x: { id: '1234567890', handle: 'hoforskommun', name: 'Hofors kommun' },
  youtube: { id: 'UCh0f0rsKommun0fficia1xQ', handle: 'hoforskommun', name: 'Hofors kommun' },
} as const;

/** Someone else: a private profile, another page or channel (all invented). */
export const OTHERS = {
  facebookPerson: '100089876543210',
  facebookPage: '100064000000001',
  xAccount: '9876543210',
  youtubeChannel: 'UCpr1vatKanalAnnaBerg0xy',
  /** What ytcfg's DELEGATED_SESSION_ID holds in the fixtures: a brand account's numeric page id. */
  youtubePageId: '117000000000000000001',
} as const;

export function pack(accounts: Record<string, unknown>): Pack {
  const result = loadPack({
    id: 'sites-test',
    name: 'Testkommun',
    organisation: 'Hofors kommun',
    version: '1.0.0',
    policy: { title: 'Riktlinjer för sociala medier, Testkommun' },
    templates: {
      privateReferral: 'Kontakta kommunen via de officiella kanalerna.',
      confidentialCase: 'Vi tar din fråga vidare som ett vanligt ärende.',
    },
    accounts,
    rules: [],
  });
  if (!result.ok) throw new Error(`test pack does not load: ${JSON.stringify(result.problems)}`);
  return result.pack;
}

export const PACK = pack({ facebook: [ACCOUNTS.facebook], x: [ACCOUNTS.x], youtube: [ACCOUNTS.youtube] });
/** A pack that lists no official accounts: nothing can be matched. */
export const PACK_WITHOUT_ACCOUNTS = pack({});
