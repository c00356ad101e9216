/** Whom a draft speaks to: one person greeted, called by title or opening with their handle, or many. */
import { describe, expect, it } from 'vitest';
import { findAddressee } from '../../../../lib/engine/swedish/addressee';
import { buildTextModel } from '../../../../lib/engine/text/model';

const NAMES = new Set(['Anna', 'Kalle', 'Leif', 'Sara']);
const onePerson = (text: string) => findAddressee(buildTextModel(text), NAMES).onePerson;

describe('findAddressee', () => {
  it.each([
    ['Hej Anna! Ni kan hämta kortet i dag.'],
    ['Tack Leif för att du kom!'],
    ['@berit_h Vi har fått ditt mejl.'],
    ['Vi har fått brevet, herr Holmberg.'],
    ['Tack för svaret, Sara!'],
    ['Kalle, vi har tittat på det.'],
    ['Tjena Robban! Din kallelse har kommit.'], // a nickname by its shape, with a du-form
    ['Hej Stig! Tack för tipset.'], // a name that is also a word, right after the greeting
  ])('one person: %s', (text) => {
    expect(onePerson(text)).toBe(true);
  });

  it.each([
    ['Hej alla! Ni är välkomna.'],
    ['Hej Anna och Kalle! Ni kan komma.'],
    ['Hej grannar! Vattnet stängs av.'],
    ['Hej Ludvika! Nu kan ni rösta.'], // a town's name by its shape, with no du-form
    ['Välkommen till biblioteket!'],
    ['@anna @kalle Tack för tipsen!'],
  ])('not one person: %s', (text) => {
    expect(onePerson(text)).toBe(false);
  });
});
