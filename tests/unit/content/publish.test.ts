import { describe, expect, it } from 'vitest';
import { lixBand } from '../../../lib/engine/lix-band';
import { FACEBOOK_PUBLISH } from '../../../lib/sites/facebook/publish';
import { publishButton } from '../../../lib/sites/publish';
import { X_PUBLISH } from '../../../lib/sites/x/publish';
import { YOUTUBE_PUBLISH } from '../../../lib/sites/youtube/publish';

describe('publish buttons the submit guard watches', () => {
  it('finds the button from a click on its label', () => {
    document.body.innerHTML = '<div role="button" aria-label="Publicera"><span id="label">Publicera</span></div>';
    expect(publishButton(FACEBOOK_PUBLISH, document.getElementById('label'))?.getAttribute('aria-label')).toBe('Publicera');
  });

  it('knows X and YouTube buttons by their stable attributes', () => {
    document.body.innerHTML =
      '<button data-testid="tweetButtonInline"><span id="x">Svara</span></button><ytd-commentbox><div id="submit-button"><span id="yt">Kommentera</span></div></ytd-commentbox>';
    expect(publishButton(X_PUBLISH, document.getElementById('x'))).toBeDefined();
    expect(publishButton(YOUTUBE_PUBLISH, document.getElementById('yt'))).toBeDefined();
  });

  it('leaves other buttons alone', () => {
    document.body.innerHTML = '<div role="button" aria-label="Gilla" id="like">Gilla</div><button data-testid="like" id="xlike">♥</button>';
    expect(publishButton(FACEBOOK_PUBLISH, document.getElementById('like'))).toBeUndefined();
    expect(publishButton(X_PUBLISH, document.getElementById('xlike'))).toBeUndefined();
  });

  it('says where Enter sends', () => {
    expect(FACEBOOK_PUBLISH.enterSends.has('facebook/comment')).toBe(true);
    expect(FACEBOOK_PUBLISH.enterSends.has('facebook/post')).toBe(false);
    expect(YOUTUBE_PUBLISH.enterSends.has('youtube/live-chat')).toBe(true);
  });
});

describe('LIX bands', () => {
  it.each([
    [20, 'veryEasy'],
    [27, 'easy'],
    [35, 'medium'],
    [45, 'fairlyHard'],
    [55, 'hard'],
    [65, 'veryHard'],
  ] as const)('LIX %d is %s', (lix, band) => expect(lixBand(lix)).toBe(band));
});
