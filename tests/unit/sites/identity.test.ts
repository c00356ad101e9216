/**
 * Who is writing, and in whose thread: the cookies the background reads, the page's own signals
 * (labels, the account switcher, ytcfg, URLs) and the pack's official accounts. Signals that are
 * missing or disagree give "unknown", never a guess.
 */
import { describe, expect, it } from 'vitest';
import { actingAsLabel, facebookIdentity, facebookThread } from '../../../lib/sites/facebook/identity';
import { switcherHandle, twidAccountId, xIdentity, xThread } from '../../../lib/sites/x/identity';
import { commentBoxHandle, youtubeIdentity, youtubeThread, ytcfgValue } from '../../../lib/sites/youtube/identity';
import { ACCOUNTS, find, LANGUAGES, loadFixture, OTHERS, PACK, PACK_WITHOUT_ACCOUNTS, pack } from './fixtures';

const FACEBOOK_PAGE = ACCOUNTS.facebook.id;

describe('Facebook: who is writing', () => {
  const commentBox = (fixture: string, selector = 'form [contenteditable="true"][role="textbox"]') => {
    loadFixture(fixture);
    return find(selector);
  };

  it.each(LANGUAGES)('acting as the official Page (i_user), with the box saying so (%s UI), is official', (lang) => {
    const editor = commentBox(`facebook/comment.${lang}.html`);
    expect(actingAsLabel(editor)).toBe('Hofors kommun');
    const identity = facebookIdentity(PACK, { c_user: OTHERS.facebookPerson, i_user: FACEBOOK_PAGE }, editor);
    expect(identity).toMatchObject({ platform: 'facebook', kind: 'official', accountId: FACEBOOK_PAGE, handle: 'hoforskommun', name: 'Hofors kommun' });
    expect(identity.source).toMatch(/i_user/);
  });

  it('acting as the official Page without a labelled box is official', () => {
    expect(facebookIdentity(PACK, { c_user: OTHERS.facebookPerson, i_user: FACEBOOK_PAGE }).kind).toBe('official');
  });

  it.each(LANGUAGES)('only the person (c_user) is private, named by the box when it names them (%s UI)', (lang) => {
    const named = commentBox(`facebook/comment-personal.${lang}.html`, '[role="dialog"] [contenteditable="true"][role="textbox"]');
    expect(facebookIdentity(PACK, { c_user: OTHERS.facebookPerson }, named)).toMatchObject({
      kind: 'private',
      accountId: OTHERS.facebookPerson,
      name: 'Anna Berg',
    });
    const unnamed = find('[role="feed"] [contenteditable="true"][role="textbox"]');
    expect(actingAsLabel(unnamed)).toBeUndefined();
    expect(facebookIdentity(PACK, { c_user: OTHERS.facebookPerson }, unnamed)).toMatchObject({ kind: 'private', name: undefined });
    expect(facebookIdentity(PACK, { c_user: OTHERS.facebookPerson }).kind).toBe('private');
  });

  it('acting as a Page that is not among the official accounts is unknown', () => {
    const identity = facebookIdentity(PACK, { c_user: OTHERS.facebookPerson, i_user: OTHERS.facebookPage });
    expect(identity).toMatchObject({ kind: 'unknown', accountId: OTHERS.facebookPage });
  });

  it('without cookies (signed out, or not read yet) is unknown', () => {
    expect(facebookIdentity(PACK, {}).kind).toBe('unknown');
    expect(facebookIdentity(PACK, {}, commentBox('facebook/comment.sv.html')).kind).toBe('unknown');
  });

  it.each(LANGUAGES)('the cookie says official but the box says "… som Anna Berg": unknown (%s UI)', (lang) => {
    const editor = commentBox(`facebook/comment-personal.${lang}.html`, '[role="dialog"] [contenteditable="true"][role="textbox"]');
    const identity = facebookIdentity(PACK, { c_user: OTHERS.facebookPerson, i_user: FACEBOOK_PAGE }, editor);
    expect(identity.kind).toBe('unknown');
    expect(identity.source).toMatch(/Anna Berg/);
  });

  it.each(LANGUAGES)('the cookie says a person but the box says "… som Hofors kommun": unknown (%s UI)', (lang) => {
    const editor = commentBox(`facebook/comment.${lang}.html`);
    expect(facebookIdentity(PACK, { c_user: OTHERS.facebookPerson }, editor).kind).toBe('unknown');
  });

  it('reads the acting-as labels of comments and replies, and nothing else', () => {
    const label = (text: string) => {
      const element = document.createElement('div');
      element.setAttribute('aria-label', text);
      return actingAsLabel(element);
    };
    expect(label('Kommentera som Hofors kommun')).toBe('Hofors kommun');
    expect(label('Comment as Hofors kommun…')).toBe('Hofors kommun');
    expect(label('Svara som Hofors kommun')).toBe('Hofors kommun');
    expect(label('Reply as Hofors kommun')).toBe('Hofors kommun');
    expect(label('Svara Anna Berg')).toBeUndefined();
    expect(label('Reply to Anna Berg')).toBeUndefined();
    expect(label('Skriv en kommentar…')).toBeUndefined();
    expect(actingAsLabel(undefined)).toBeUndefined();
  });
});

describe('Facebook: whose thread', () => {
  const thread = (url: string, pack = PACK) => facebookThread(pack, new URL(url));

  it('the Page slug in a post URL', () => {
    expect(thread('https://www.facebook.com/hoforskommun/posts/123')).toMatchObject({ owner: 'hoforskommun', official: true });
    expect(thread('https://www.facebook.com/hoforskommun/posts/pfbid02Xk7Wq3RfTzH8sYv1NmL4cPa9eJdKuB6oGiVtQxZwyEAr5hnFjMbCDl?comment_id=Y29tbWVudDo5')).toMatchObject({
      owner: 'hoforskommun',
      official: true,
    });
    expect(thread('https://www.facebook.com/annaberg.privat/posts/123')).toMatchObject({ owner: 'annaberg.privat', official: false });
  });

  it('the id of profile.php and permalink.php', () => {
    expect(thread(`https://www.facebook.com/profile.php?id=${FACEBOOK_PAGE}`)).toMatchObject({ owner: FACEBOOK_PAGE, official: true });
    expect(thread(`https://www.facebook.com/profile.php?id=${OTHERS.facebookPerson}&sk=about`)).toMatchObject({ owner: OTHERS.facebookPerson, official: false });
    expect(thread(`https://www.facebook.com/permalink.php?story_fbid=pfbid0aBcD1234&id=${FACEBOOK_PAGE}`)).toMatchObject({ owner: FACEBOOK_PAGE, official: true });
    expect(thread(`https://www.facebook.com/story.php?story_fbid=987654321&id=${OTHERS.facebookPage}`)).toMatchObject({ owner: OTHERS.facebookPage, official: false });
  });

  it('a post id is not an owner: a permalink without id= says nothing', () => {
    expect(thread('https://www.facebook.com/permalink.php?story_fbid=987654321').owner).toBeUndefined();
  });

  it('the id in a /people/<name>/<id>/ address', () => {
    expect(thread(`https://www.facebook.com/people/Hofors-kommun/${FACEBOOK_PAGE}/`)).toMatchObject({ owner: FACEBOOK_PAGE, official: true });
  });

  it('pages that belong to no one: the feed, Messenger, groups, watch', () => {
    for (const url of [
      'https://www.facebook.com/',
      'https://www.facebook.com/messages/t/7100000000000001',
      'https://www.facebook.com/groups/123456/posts/789/',
      'https://www.facebook.com/watch/?v=123',
      'https://business.facebook.com/latest/inbox/all/?asset_id=100064512345678',
    ]) {
      expect(thread(url).owner, url).toBeUndefined();
    }
  });

  it('a pack without Facebook accounts cannot say whether a thread is official', () => {
    expect(thread('https://www.facebook.com/hoforskommun/posts/123', PACK_WITHOUT_ACCOUNTS)).toMatchObject({ owner: 'hoforskommun', official: undefined });
  });
});

describe('X: who is writing', () => {
  const OFFICIAL_TWID = `u%3D${ACCOUNTS.x.id}`;

  it('reads the numeric id from the twid cookie, however it is quoted', () => {
    expect(twidAccountId('u%3D1234567890')).toBe('1234567890');
    expect(twidAccountId('u=1234567890')).toBe('1234567890');
    expect(twidAccountId('"u=1234567890"')).toBe('1234567890');
    expect(twidAccountId(undefined)).toBeUndefined();
    expect(twidAccountId('garbage')).toBeUndefined();
  });

  it.each(LANGUAGES)('reads the handle in the account switcher, not the composer’s avatar (%s UI)', (lang) => {
    loadFixture(`x/post.${lang}.html`);
    expect(switcherHandle(document)).toBe('hoforskommun');
    loadFixture(`x/mobile-post.${lang}.html`);
    expect(switcherHandle(document)).toBeUndefined();
  });

  it.each(LANGUAGES)('twid and the switcher agree on the official account: official (%s UI)', (lang) => {
    loadFixture(`x/post.${lang}.html`);
    expect(xIdentity(PACK, OFFICIAL_TWID, document)).toMatchObject({
      platform: 'x',
      kind: 'official',
      accountId: ACCOUNTS.x.id,
      handle: 'hoforskommun',
      name: 'Hofors kommun',
    });
  });

  it('twid of another account while the switcher shows the official one: unknown', () => {
    loadFixture('x/post.sv.html');
    expect(xIdentity(PACK, `u%3D${OTHERS.xAccount}`, document).kind).toBe('unknown');
  });

  it('twid of the official account while the switcher shows another: unknown', () => {
    loadFixture('x/post.sv.html');
    find('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]').setAttribute('data-testid', 'UserAvatar-Container-annaberg_ex');
    expect(xIdentity(PACK, OFFICIAL_TWID, document).kind).toBe('unknown');
  });

  it('only twid (mobile web has no switcher): by the id alone', () => {
    loadFixture('x/mobile-post.sv.html');
    expect(xIdentity(PACK, OFFICIAL_TWID, document)).toMatchObject({ kind: 'official', accountId: ACCOUNTS.x.id });
    expect(xIdentity(PACK, `u%3D${OTHERS.xAccount}`, document)).toMatchObject({ kind: 'private', accountId: OTHERS.xAccount });
  });

  it('another account in both signals: private', () => {
    loadFixture('x/post.sv.html');
    find('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]').setAttribute('data-testid', 'UserAvatar-Container-annaberg_ex');
    expect(xIdentity(PACK, `u%3D${OTHERS.xAccount}`, document)).toMatchObject({ kind: 'private', handle: 'annaberg_ex' });
  });

  it('no twid and no switcher: unknown', () => {
    loadFixture('x/mobile-post.sv.html');
    expect(xIdentity(PACK, undefined, document).kind).toBe('unknown');
  });
});

describe('X without official accounts in the pack', () => {
  it('cannot tell who is official, so it says unknown', () => {
    document.body.innerHTML = '<nav><div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-annaberg"></div></div></nav>';
    expect(xIdentity(PACK_WITHOUT_ACCOUNTS, 'u%3D1234567890', document).kind).toBe('unknown');
  });
});

describe('X: whose thread', () => {
  it('the author in a /<handle>/status/<id> address', () => {
    expect(xThread(PACK, new URL('https://x.com/hoforskommun/status/1'))).toMatchObject({ owner: 'hoforskommun', official: true, source: 'sidans adress' });
    expect(xThread(PACK, new URL('https://x.com/annaberg_ex/status/1861234567890123456'))).toMatchObject({ owner: 'annaberg_ex', official: false });
    expect(xThread(PACK, new URL('https://x.com/home')).owner).toBeUndefined();
    expect(xThread(PACK_WITHOUT_ACCOUNTS, new URL('https://x.com/hoforskommun/status/1')).official).toBeUndefined();
  });

  it.each(LANGUAGES)('the inline reply under a post (%s UI) answers the post’s author', (lang) => {
    const { url } = loadFixture(`x/reply.${lang}.html`);
    expect(xThread(PACK, url, find('[data-testid="tweetTextarea_0"]'))).toMatchObject({ owner: 'hoforskommun', official: true });
  });

  it.each(LANGUAGES)('the reply dialog answers the handle in "Svarar @…"/"Replying to @…" (%s UI)', (lang) => {
    const { url } = loadFixture(`x/reply-modal.${lang}.html`);
    const editor = find('[role="dialog"] [data-testid="tweetTextarea_0"]');
    expect(xThread(PACK, url, editor)).toMatchObject({ owner: 'hoforskommun', official: true, source: 'svarsrutan' });
  });

  it('reads the handle from the "Svarar" line, not from a draft that starts the same way', () => {
    const { url } = loadFixture('x/reply-modal.sv.html');
    const editor = find('[role="dialog"] [data-testid="tweetTextarea_0"]');
    editor.querySelector('[data-text="true"]')!.textContent = 'Svarar @annaberg_ex: vi plogar i natt.';
    expect(xThread(PACK, url, editor).owner).toBe('hoforskommun');
  });

  it('a new post in the compose dialog answers no one', () => {
    const { url } = loadFixture('x/thread.sv.html');
    expect(xThread(PACK, url, find('[data-testid="tweetTextarea_1"]')).owner).toBeUndefined();
  });
});

describe('YouTube: who is writing', () => {
  /** Replaces the page's ytcfg.set({...}) scripts with one holding `config`. */
  const setYtcfg = (config: Record<string, unknown>) => {
    for (const script of Array.from(document.scripts)) script.remove();
    const script = document.createElement('script');
    script.textContent = `ytcfg.set(${JSON.stringify(config)});`;
    document.head.append(script);
  };
  const commentBox = (lang: 'sv' | 'en' = 'sv') => {
    const { url } = loadFixture(`youtube/comment.${lang}.html`);
    return { url, editor: find('ytd-comments ytd-commentbox #contenteditable-root') };
  };
  const setBoxHandle = (editor: HTMLElement, handle: string) =>
    editor.closest('ytd-commentbox')!.querySelector('a[href^="/@"]')!.setAttribute('href', `/@${handle}`);

  it.each(LANGUAGES)('Studio names the channel in its URL (%s UI)', (lang) => {
    const { url } = loadFixture(`youtube/studio-reply.${lang}.html`);
    const editor = find('ytcp-commentbox textarea');
    expect(youtubeIdentity(PACK, document, url, editor)).toMatchObject({
      platform: 'youtube',
      kind: 'official',
      accountId: ACCOUNTS.youtube.id,
      handle: 'hoforskommun',
      name: 'Hofors kommun',
    });
    const other = new URL(`https://studio.youtube.com/channel/${OTHERS.youtubeChannel}/comments/inbox`);
    // Not in the pack: perhaps another of the municipality's channels, so unknown rather than private.
    expect(youtubeIdentity(PACK, document, other, editor)).toMatchObject({ kind: 'unknown', accountId: OTHERS.youtubeChannel });
    expect(youtubeIdentity(PACK, document, new URL('https://studio.youtube.com/video/hK9mQ2pL7xA/comments'), editor).kind).toBe('unknown');
  });

  it.each(LANGUAGES)('signed in as a brand account whose comment box links the official channel: official (%s UI)', (lang) => {
    const { url, editor } = commentBox(lang);
    expect(ytcfgValue(document, 'DELEGATED_SESSION_ID')).toBe(OTHERS.youtubePageId);
    expect(commentBoxHandle(editor)).toBe('hoforskommun');
    expect(youtubeIdentity(PACK, document, url, editor)).toMatchObject({ kind: 'official', accountId: ACCOUNTS.youtube.id, handle: 'hoforskommun' });
  });

  it.each(LANGUAGES)('the reply box links the channel that replies, not the commenter (%s UI)', (lang) => {
    const { url } = loadFixture(`youtube/reply.${lang}.html`);
    const editor = find('ytd-comment-reply-dialog-renderer #contenteditable-root');
    expect(commentBoxHandle(editor)).toBe('hoforskommun');
    expect(youtubeIdentity(PACK, document, url, editor).kind).toBe('official');
  });

  it('ytcfg DELEGATED_SESSION_ID that is one of the official accounts: official, even without the box', () => {
    const { url, editor } = commentBox();
    setYtcfg({ LOGGED_IN: true, DELEGATED_SESSION_ID: ACCOUNTS.youtube.id });
    expect(youtubeIdentity(PACK, document, url)).toMatchObject({ kind: 'official', accountId: ACCOUNTS.youtube.id, source: 'ytcfg DELEGATED_SESSION_ID' });
    expect(youtubeIdentity(PACK, document, url, editor).kind).toBe('official');
  });

  it("a brand account's numeric page id listed under otherIds matches DELEGATED_SESSION_ID", () => {
    const { url } = commentBox();
    const withPageId = pack({ youtube: [{ ...ACCOUNTS.youtube, otherIds: [OTHERS.youtubePageId] }] });
    setYtcfg({ LOGGED_IN: true, DELEGATED_SESSION_ID: OTHERS.youtubePageId });
    expect(youtubeIdentity(withPageId, document, url)).toMatchObject({ kind: 'official', accountId: ACCOUNTS.youtube.id, name: 'Hofors kommun' });
    // Without it, the same page id is a brand channel the pack does not know.
    expect(youtubeIdentity(PACK, document, url).kind).toBe('unknown');
  });

  it('ytcfg delegates to the official account but the box links another channel: unknown', () => {
    const { url, editor } = commentBox();
    setYtcfg({ LOGGED_IN: true, DELEGATED_SESSION_ID: ACCOUNTS.youtube.id });
    setBoxHandle(editor, 'annaberg-x1');
    expect(youtubeIdentity(PACK, document, url, editor).kind).toBe('unknown');
  });

  it('a brand account that no signal ties to an official channel: unknown', () => {
    const { url, editor } = commentBox();
    expect(youtubeIdentity(PACK, document, url).kind).toBe('unknown');
    setBoxHandle(editor, 'annankanal');
    expect(youtubeIdentity(PACK, document, url, editor).kind).toBe('unknown');
  });

  it('signed out (LOGGED_IN false): unknown, whatever the box shows', () => {
    const { url, editor } = commentBox();
    setYtcfg({ LOGGED_IN: false });
    expect(youtubeIdentity(PACK, document, url, editor).kind).toBe('unknown');
  });

  it('a personal account (signed in, not delegated): private', () => {
    const { url, editor } = commentBox();
    setYtcfg({ LOGGED_IN: true });
    setBoxHandle(editor, 'annaberg-x1');
    expect(youtubeIdentity(PACK, document, url, editor)).toMatchObject({ kind: 'private', handle: 'annaberg-x1' });
    expect(youtubeIdentity(PACK, document, url).kind).toBe('private');
  });

  it('no page config and no box: unknown', () => {
    const { url } = commentBox();
    setYtcfg({});
    expect(youtubeIdentity(PACK, document, url).kind).toBe('unknown');
  });

  it.each(LANGUAGES)('live chat: signed in as a brand account, the chip has no link: unknown (%s UI)', (lang) => {
    const { url } = loadFixture(`youtube/live-chat.${lang}.html`);
    const editor = find('yt-live-chat-text-input-field-renderer > div#input');
    expect(commentBoxHandle(editor)).toBeUndefined();
    expect(youtubeIdentity(PACK, document, url, editor).kind).toBe('unknown');
  });
});

describe('YouTube: whose thread', () => {
  it.each(LANGUAGES)('the watch page’s channel, from meta[itemprop=channelId] (%s UI)', (lang) => {
    const { url } = loadFixture(`youtube/comment.${lang}.html`);
    expect(youtubeThread(PACK, document, url)).toMatchObject({ owner: ACCOUNTS.youtube.id, official: true, source: 'videons kanal' });
  });

  it('the owner link when there is no channel id in the page', () => {
    const { url } = loadFixture('youtube/reply.sv.html');
    expect(document.querySelector('meta[itemprop="channelId"]')).toBeNull();
    expect(youtubeThread(PACK, document, url)).toMatchObject({ owner: 'hoforskommun', official: true });
    find('ytd-video-owner-renderer a[href^="/@"]').setAttribute('href', '/@annankanal');
    expect(youtubeThread(PACK, document, url)).toMatchObject({ owner: 'annankanal', official: false });
  });

  it('another channel’s video', () => {
    const { url } = loadFixture('youtube/comment.sv.html');
    find('meta[itemprop="channelId"]').setAttribute('content', OTHERS.youtubeChannel);
    for (const link of Array.from(document.querySelectorAll('ytd-video-owner-renderer a'))) link.setAttribute('href', '/@annaberg-x1');
    expect(youtubeThread(PACK, document, url)).toMatchObject({ owner: OTHERS.youtubeChannel, official: false });
  });

  it.each(LANGUAGES)('Studio: the channel in the URL (%s UI)', (lang) => {
    const { url } = loadFixture(`youtube/studio-reply.${lang}.html`);
    expect(youtubeThread(PACK, document, url)).toMatchObject({ owner: ACCOUNTS.youtube.id, official: true, source: 'Studios adress' });
  });

  it('live chat: nothing on the page names the channel', () => {
    const { url } = loadFixture('youtube/live-chat.sv.html');
    expect(youtubeThread(PACK, document, url).owner).toBeUndefined();
  });
});
