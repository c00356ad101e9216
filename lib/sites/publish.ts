/** How a site publishes what is written: its publish buttons and the keys that send. */
import type { Surface } from './types';

export interface PublishControls {
  /** Selectors for the buttons that publish, most specific first (checked with closest()). */
  buttons: readonly string[];
  /** Surfaces where a plain Enter sends (comments, chat); Ctrl/Cmd+Enter sends everywhere. */
  enterSends: ReadonlySet<Surface>;
  /** Where to switch to the municipality's account. */
  switchAccountUrl: string;
}

/** The publish button the event happened on, if any. */
export function publishButton(controls: PublishControls, target: EventTarget | null): HTMLElement | undefined {
  if (!target || typeof (target as Element).closest !== 'function') return undefined;
  for (const selector of controls.buttons) {
    const button = (target as Element).closest<HTMLElement>(selector);
    if (button) return button;
  }
  return undefined;
}
