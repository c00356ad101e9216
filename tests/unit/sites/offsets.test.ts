/**
 * Offsets through real editor markup: the text the engine checks is read from the fixture's editor
 * (Lexical paragraphs, Draft.js blocks, plain contenteditable lines, emoji images, mention chips),
 * and every finding of the basic pack must come back as a DOM Range over exactly the flagged text.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/engine/lint';
import type { Platform } from '../../../lib/engine/types';
import { builtinPack } from '../../../lib/packs/builtin';
import { makeComposer } from '../../../lib/sites/composer';
import { offsetAt, rangeAt, readTextMap } from '../../../lib/sites/editors/text-map';
import { FACEBOOK_SURFACES } from '../../../lib/sites/facebook/composers';
import type { SurfaceRule } from '../../../lib/sites/types';
import { X_SURFACES } from '../../../lib/sites/x/composers';
import { YOUTUBE_SURFACES } from '../../../lib/sites/youtube/composers';
import { find, LANGUAGES, loadFixture } from './fixtures';

const RULES: Record<Platform, readonly SurfaceRule[]> = { facebook: FACEBOOK_SURFACES, x: X_SURFACES, youtube: YOUTUBE_SURFACES };

interface Case {
  fixture: string;
  selector: string;
  text: string;
  /** Emoji drawn as <img alt>: a DOM Range's toString() has no text for them. */
  images: string[];
  /** Rules the draft must trip, so that the mapping is exercised on real findings. */
  rules: string[];
}

const CASES: Case[] = [
  {
    fixture: 'facebook/post',
    selector: '[role="dialog"] [data-lexical-editor="true"]',
    text:
      'Hej alla Hoforsbor! 😀\n\nFrån måndag kan Ni erhålla nya sopkärl vid återvinningscentralen.\n' +
      'Frågor? Ring 070-174 06 05 eller mejla anna.berg@example.com.\nTack till Hofors bibliotek för hjälpen 🎉',
    images: ['😀', '🎉'],
    rules: ['bas.du-tilltal', 'bas.myndighetssprak', 'bas.telefonnummer', 'bas.epost'],
  },
  {
    fixture: 'facebook/reply',
    selector: 'form [contenteditable="true"][role="textbox"]',
    text: 'Anna Berg Tack för att du hör av dig! Granvägen plogas i natt.\nDu kan erhålla mer information på kommunens webbplats ❄️',
    images: ['❄️'],
    rules: ['bas.myndighetssprak'],
  },
  {
    fixture: 'x/post',
    selector: '[data-testid="tweetTextarea_0"]',
    text: 'Snöröjningen pågår i hela kommunen ❄️\n\nNi kan erhålla sand gratis vid depån. Tips från @hoforsbibliotek: låna en bok om vintern!\nFrågor? Ring 070-174 06 12.',
    images: [],
    // "Ni" opening a sentence may be plural, so it is not flagged as ni-tilltal.
    rules: ['bas.myndighetssprak', 'bas.telefonnummer'],
  },
  {
    fixture: 'x/thread',
    selector: '[data-testid="tweetTextarea_1"]',
    text: 'Julafton och nyårsafton hämtas inga sopor.\nNi kan erhålla en extra hämtning i januari (2/2)',
    images: [],
    rules: ['bas.myndighetssprak'],
  },
  {
    fixture: 'youtube/comment',
    selector: 'ytd-comments ytd-commentbox #contenteditable-root',
    text: 'Tack för att ni tittade! 👍\nProtokollet finns på kommunens webbplats. Ni kan erhålla det på papper i receptionen.',
    images: ['👍'],
    rules: ['bas.myndighetssprak'],
  },
  {
    fixture: 'youtube/live-chat',
    selector: 'yt-live-chat-text-input-field-renderer > div#input',
    text: 'Välkomna till direktsändningen 👋 Ni kan erhålla handlingarna i förväg på kommunens webbplats.',
    images: ['👋'],
    // The wave ends the greeting, so "Ni" opens a sentence to the many who are welcome: no du-tilltal.
    rules: ['bas.myndighetssprak'],
  },
];

/** What Range.toString() shows of a stretch of the text: no line breaks, no image emoji. */
function visible(text: string, images: string[]): string {
  return images.reduce((result, image) => result.split(image).join(''), text.replace(/\n/g, ''));
}

describe.each(LANGUAGES)('offsets through fixture markup (%s UI)', (lang) => {
  describe.each(CASES)('$fixture', ({ fixture, selector, text, images, rules }) => {
    const platform = fixture.split('/')[0] as Platform;
    const load = () => {
      loadFixture(`${fixture}.${lang}.html`);
      return find(selector);
    };

    it('reads the draft as the engine sees it', () => {
      const editor = load();
      expect(readTextMap(editor).text).toBe(text);
      expect(makeComposer(editor, platform, RULES[platform]).text()).toBe(text);
    });

    it('maps every finding of the basic pack to a Range over its text', () => {
      const editor = load();
      const map = readTextMap(editor);
      const findings = lint(map.text, { pack: builtinPack('bas'), platform, account: 'official' }).findings;
      expect(findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(rules));
      for (const finding of findings) {
        const flagged = text.slice(finding.start, finding.end);
        const range = rangeAt(map, finding.start, finding.end);
        expect(range.toString(), `${finding.ruleId} [${finding.start}, ${finding.end}) ${JSON.stringify(flagged)}`).toBe(visible(flagged, images));
        // And back: where the Range starts and ends are the finding's offsets.
        expect(offsetAt(map, range.startContainer, range.startOffset), `${finding.ruleId} start`).toBe(finding.start);
        expect(offsetAt(map, range.endContainer, range.endOffset), `${finding.ruleId} end`).toBe(finding.end);
      }
    });

    it('maps every word; a word inside one text node is selected inside it and offered as a one-click fix', () => {
      const editor = load();
      const map = readTextMap(editor);
      const composer = makeComposer(editor, platform, RULES[platform]);
      const atomics = map.segments.filter((segment) => segment.kind === 'atomic');
      for (const word of text.matchAll(/[\p{L}\p{N}@.-]+/gu)) {
        const start = word.index;
        const end = start + word[0].length;
        const range = composer.rangeAt(start, end)!;
        const chip = atomics.find((segment) => start < segment.textStart + segment.length && end > segment.textStart);
        if (chip) {
          // Part of a chip is the whole chip: it is underlined whole and never rewritten.
          expect(range.toString()).toBe(chip.node.textContent);
          expect(composer.canReplace(start, end)).toBe(false);
          continue;
        }
        expect(range.toString(), JSON.stringify(word[0])).toBe(word[0]);
        expect(range.startContainer, JSON.stringify(word[0])).toBe(range.endContainer);
        expect(range.startContainer.nodeType).toBe(Node.TEXT_NODE);
        expect(composer.canReplace(start, end)).toBe(true);
      }
      for (const image of images) {
        const start = text.indexOf(image);
        expect(composer.canReplace(start, start + image.length)).toBe(false);
      }
    });
  });
});

describe('mention chips', () => {
  it.each(LANGUAGES)('a Lexical mention chip reads as its name and is underlined whole, but never rewritten (%s UI)', (lang) => {
    loadFixture(`facebook/reply.${lang}.html`);
    const editor = find('form [contenteditable="true"][role="textbox"]');
    const map = readTextMap(editor);
    const chip = map.segments.find((segment) => segment.kind === 'atomic' && segment.node.getAttribute('contenteditable') === 'false');
    expect(chip).toMatchObject({ textStart: 0, length: 'Anna Berg'.length });
    expect(rangeAt(map, 0, 'Anna Berg'.length).toString()).toBe('Anna Berg');
    expect(makeComposer(editor, 'facebook', FACEBOOK_SURFACES).canReplace(0, 4)).toBe(false);
  });

  it.each(LANGUAGES)('a Draft.js mention is highlighted text, read and rewritten like any other (%s UI)', (lang) => {
    loadFixture(`x/post.${lang}.html`);
    const editor = find('[data-testid="tweetTextarea_0"]');
    const composer = makeComposer(editor, 'x', X_SURFACES);
    const start = composer.text().indexOf('@hoforsbibliotek');
    expect(composer.rangeAt(start, start + '@hoforsbibliotek'.length)?.toString()).toBe('@hoforsbibliotek');
    expect(composer.canReplace(start, start + '@hoforsbibliotek'.length)).toBe(true);
  });
});
