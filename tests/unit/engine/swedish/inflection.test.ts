/** Officialese forms that lists seldom spell out: the old passive in -es and strong participles. */
import { describe, expect, it } from 'vitest';
import { verbVariants } from '../../../../lib/engine/swedish/inflection';

describe('verbVariants', () => {
  it('the old passive with the replacement of the modern passive, and participles of a strong verb without one', () => {
    const variants = verbVariants(['erhålla', 'erhåller', 'erhöll', 'erhållit', 'erhålls'], ['få', 'får', 'fick', 'fått', 'fås']);
    expect(variants).toEqual([
      { form: 'erhålles', prefer: 'fås' },
      { form: 'erhållen', prefer: undefined },
      { form: 'erhållet', prefer: undefined },
      { form: 'erhållna', prefer: undefined },
    ]);
  });

  it('leaves forms the entry gives, and entries that are not one verb, alone', () => {
    expect(verbVariants(['utbetala', 'utbetalar', 'utbetales'], ['betala ut'])).toEqual([]);
    expect(verbVariants(['i enlighet med'], ['enligt'])).toEqual([]);
    expect(verbVariants(['beträffande'], ['om'])).toEqual([]);
  });
});
