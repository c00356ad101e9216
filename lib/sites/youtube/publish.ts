import type { PublishControls } from '../publish';

/**
 * YouTube's comment and reply boxes have a #submit-button; Studio's reply box a ytcp-button;
 * live chat sends on Enter and with #send-button. Checked on youtube.com and studio.youtube.com, 2026-11.
 */
export const YOUTUBE_PUBLISH: PublishControls = {
  buttons: ['ytd-commentbox #submit-button', 'ytcp-commentbox #submit-button', 'ytcp-commentbox ytcp-button[type="filled"]', 'yt-live-chat-message-input-renderer #send-button'],
  enterSends: new Set(['youtube/live-chat']),
  switchAccountUrl: 'https://www.youtube.com/channel_switcher',
};
