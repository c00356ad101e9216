/**
 * Which composer is this? Every surface's fixture, in the Swedish and the English UI, is loaded at
 * its own URL; the editor is found the way the site marks it, and the site's rules must name the
 * right surface and editor kind. A contenteditable that no rule recognises stays unclassified.
 */
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../lib/engine/types';
import { classify, editorRoot, makeComposer } from '../../../lib/sites/composer';
import { FACEBOOK_SURFACES } from '../../../lib/sites/facebook/composers';
import { type EditorKind, SURFACES, type Surface, type SurfaceRule } from '../../../lib/sites/types';
import { X_SURFACES } from '../../../lib/sites/x/composers';
import { YOUTUBE_SURFACES } from '../../../lib/sites/youtube/composers';
import { find, fixtureFiles, fixtureHeader, innerTextNode, LANGUAGES, loadFixture, setUrl, SITES } from './fixtures';

const RULES: Record<Platform, readonly SurfaceRule[]> = { facebook: FACEBOOK_SURFACES, x: X_SURFACES, youtube: YOUTUBE_SURFACES };

interface Case {
  /** tests/fixtures/<fixture>.<lang>.html */
  fixture: string;
  /** How the editor is found: the site's own markup (tags, roles, testids), never class names. */
  selector: string;
  surface: Surface;
  editor: EditorKind;
  /** The start of the draft the fixture holds, as the composer reads it. */
  draft: string;
}

const CASES: Case[] = [
  { fixture: 'facebook/post', selector: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]', surface: 'facebook/post', editor: 'lexical', draft: 'Hej alla Hoforsbor! 😀\n\nFrån måndag' },
  { fixture: 'facebook/comment', selector: 'form [contenteditable="true"][role="textbox"]', surface: 'facebook/comment', editor: 'lexical', draft: 'Tack för Er fråga!' },
  { fixture: 'facebook/comment-personal', selector: '[role="feed"] [contenteditable="true"][role="textbox"]', surface: 'facebook/comment', editor: 'lexical', draft: 'Äntligen!' },
  { fixture: 'facebook/comment-personal', selector: '[role="dialog"] [contenteditable="true"][role="textbox"]', surface: 'facebook/comment', editor: 'lexical', draft: '' },
  { fixture: 'facebook/reply', selector: 'form [contenteditable="true"][role="textbox"]', surface: 'facebook/reply', editor: 'lexical', draft: 'Anna Berg Tack för att du hör av dig!' },
  { fixture: 'facebook/inbox', selector: '[role="main"] [contenteditable="true"][role="textbox"]', surface: 'facebook/inbox', editor: 'lexical', draft: 'Hej Anna!' },
  { fixture: 'facebook/inbox-business', selector: '[role="main"] textarea', surface: 'facebook/inbox', editor: 'textarea', draft: 'Hej Anna!' },
  { fixture: 'x/post', selector: '[data-testid="tweetTextarea_0"]', surface: 'x/post', editor: 'draft', draft: 'Snöröjningen pågår i hela kommunen ❄️\n\nNi kan' },
  { fixture: 'x/reply', selector: '[data-testid="tweetTextarea_0"]', surface: 'x/reply', editor: 'draft', draft: 'Tack för frågan!' },
  { fixture: 'x/reply-modal', selector: '[role="dialog"] [data-testid="tweetTextarea_0"]', surface: 'x/reply', editor: 'draft', draft: 'Plogbilarna är ute' },
  { fixture: 'x/thread', selector: '[data-testid="tweetTextarea_0"]', surface: 'x/post', editor: 'draft', draft: 'Så här fungerar sophämtningen' },
  { fixture: 'x/thread', selector: '[data-testid="tweetTextarea_1"]', surface: 'x/thread', editor: 'draft', draft: 'Julafton och nyårsafton hämtas inga sopor.\nNi kan' },
  { fixture: 'x/mobile-post', selector: 'textarea[data-testid="tweetTextarea_0"]', surface: 'x/post', editor: 'textarea', draft: 'Badhuset öppnar igen på måndag!\nNi kan' },
  { fixture: 'youtube/comment', selector: 'ytd-comments ytd-commentbox #contenteditable-root', surface: 'youtube/comment', editor: 'plain', draft: 'Tack för att ni tittade! 👍\nProtokollet' },
  { fixture: 'youtube/reply', selector: 'ytd-comment-reply-dialog-renderer ytd-commentbox #contenteditable-root', surface: 'youtube/reply', editor: 'plain', draft: 'Hej! Protokollet publiceras på fredag.' },
  { fixture: 'youtube/studio-reply', selector: 'ytcp-commentbox textarea', surface: 'youtube/studio-reply', editor: 'textarea', draft: 'Hej! Personalen har utbildning' },
  { fixture: 'youtube/live-chat', selector: 'yt-live-chat-text-input-field-renderer > div#input', surface: 'youtube/live-chat', editor: 'plain', draft: 'Välkomna till direktsändningen 👋 Ni kan' },
];

const platformOf = (fixture: string) => fixture.split('/')[0] as Platform;

describe('the fixtures', () => {
  const files = SITES.flatMap(fixtureFiles).filter((file) => file !== 'facebook/plain-composers.html');

  it.each(files)('%s says what it models, its URL and date, and that it holds no real person’s data', (file) => {
    const header = fixtureHeader(file);
    expect(header).toMatch(/Models: /);
    expect(header).toMatch(/^\s*URL: https:\/\/\S+$/m);
    expect(header).toMatch(/Date: 2026-11\b/);
    expect(header).toMatch(/No real person's data/);
  });

  it('come in Swedish and English for every case, and every fixture is tested', () => {
    const expected = new Set(CASES.flatMap((test) => LANGUAGES.map((lang) => `${test.fixture}.${lang}.html`)));
    expect(new Set(files)).toEqual(expected);
  });

  it('cover every surface', () => {
    expect(new Set(CASES.map((test) => test.surface))).toEqual(new Set(SURFACES));
  });
});

describe.each(LANGUAGES)('classifying composers (%s UI)', (lang) => {
  describe.each(CASES)('$fixture: $selector', ({ fixture, selector, surface, editor, draft }) => {
    const load = () => {
      loadFixture(`${fixture}.${lang}.html`);
      return find(selector);
    };

    it(`is ${surface}`, () => {
      const element = load();
      expect(classify(RULES[platformOf(fixture)], element)).toBe(surface);
    });

    it('is found from a keystroke inside it', () => {
      const element = load();
      expect(editorRoot(element)).toBe(element);
      if (element.tagName !== 'TEXTAREA' && draft) expect(editorRoot(innerTextNode(element))).toBe(element);
    });

    it(`is read as a ${editor} editor`, () => {
      const element = load();
      const composer = makeComposer(element, platformOf(fixture), RULES[platformOf(fixture)]);
      expect(composer.editor).toBe(editor);
      expect(composer.surface).toBe(surface);
      expect(composer.platform).toBe(platformOf(fixture));
      expect(composer.text().startsWith(draft)).toBe(true);
      if (!draft) expect(composer.text()).toBe('');
    });
  });
});

describe('rules that do not depend on one wording', () => {
  it('finds the Facebook post composer by its dialog when the textbox label changes', () => {
    for (const lang of LANGUAGES) {
      loadFixture(`facebook/post.${lang}.html`);
      const element = find('[role="dialog"] [data-lexical-editor="true"]');
      element.setAttribute('aria-label', 'Skriv något …');
      element.removeAttribute('aria-placeholder');
      expect(classify(FACEBOOK_SURFACES, element)).toBe('facebook/post');
      element.setAttribute('aria-label', 'Berätta något');
      expect(classify(FACEBOOK_SURFACES, element)).toBe('facebook/post');
    }
  });

  it('reads a Facebook reply label that names the Page it answers as', () => {
    loadFixture('facebook/reply.sv.html');
    const element = find('form [contenteditable="true"][role="textbox"]');
    element.setAttribute('aria-label', 'Svara som Hofors kommun');
    expect(classify(FACEBOOK_SURFACES, element)).toBe('facebook/reply');
  });

  it('tells an X reply on a post page from the same composer on the home timeline', () => {
    loadFixture('x/reply.sv.html');
    const element = find('[data-testid="tweetTextarea_0"]');
    // Before X relabels the button, the /status/ page alone says it is a reply.
    find('[data-testid="tweetButtonInline"]').textContent = 'Posta';
    expect(classify(X_SURFACES, element)).toBe('x/reply');
    setUrl('https://x.com/home');
    expect(classify(X_SURFACES, element)).toBe('x/post');
  });

  it('sees the X reply dialog by its "Svarar @…" line even when the button is not labelled yet', () => {
    for (const lang of LANGUAGES) {
      loadFixture(`x/reply-modal.${lang}.html`);
      const element = find('[role="dialog"] [data-testid="tweetTextarea_0"]');
      find('[role="dialog"] [data-testid="tweetButton"]').textContent = '';
      expect(classify(X_SURFACES, element)).toBe('x/reply');
    }
  });
});

describe('composers no rule recognises', () => {
  const unclassified = (url: string, html: string, rules: readonly SurfaceRule[], platform: Platform) => {
    setUrl(url);
    document.head.replaceChildren();
    document.body.innerHTML = html;
    const element = find('#editor');
    expect(classify(rules, element)).toBeUndefined();
    // The popup reports such a composer as "unclassified", but it is still read and checked.
    const composer = makeComposer(element, platform, rules);
    expect(composer.surface).toBeUndefined();
    return composer;
  };

  it('Facebook: the event description box', () => {
    const composer = unclassified(
      'https://www.facebook.com/events/create/',
      '<div role="main"><h1>Skapa evenemang</h1><div id="editor" contenteditable="true" role="textbox" aria-label="Detaljer" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Julmarknad på torget.</span></p></div></div>',
      FACEBOOK_SURFACES,
      'facebook',
    );
    expect(composer.editor).toBe('lexical');
    expect(composer.text()).toBe('Julmarknad på torget.');
  });

  it('X: the direct-message composer (Draft.js without a tweetTextarea testid)', () => {
    const composer = unclassified(
      'https://x.com/messages/1234567890-9876543210',
      '<div data-testid="DmActivityContainer"><div class="DraftEditor-root"><div id="editor" class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="dmComposerTextInput"><div data-contents="true"><div data-block="true" data-offset-key="aa1-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="aa1-0-0"><span data-text="true">Hej!</span></span></div></div></div></div></div><button data-testid="dmComposerSendButton">Skicka</button></div>',
      X_SURFACES,
      'x',
    );
    expect(composer.editor).toBe('draft');
    expect(composer.text()).toBe('Hej!');
  });

  it('YouTube: a contenteditable outside the comment boxes', () => {
    unclassified(
      'https://www.youtube.com/playlist?list=PLinventedPlaylist0001',
      '<ytd-playlist-header-renderer><div id="editor" contenteditable="true" aria-label="Beskrivning">Alla sändningar från fullmäktige.</div></ytd-playlist-header-renderer>',
      YOUTUBE_SURFACES,
      'youtube',
    );
  });

  it('YouTube Studio: the video description on the details page is not a comment reply', () => {
    unclassified(
      'https://studio.youtube.com/video/hK9mQ2pL7xA/edit',
      '<ytcp-video-metadata-editor><ytcp-social-suggestions-textbox id="description-textarea"><div id="editor" contenteditable="true" role="textbox" aria-label="Berätta för tittarna om videon">Sändning från kommunfullmäktige.</div></ytcp-social-suggestions-textbox></ytcp-video-metadata-editor>',
      YOUTUBE_SURFACES,
      'youtube',
    );
  });
});
