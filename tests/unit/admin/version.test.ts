import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../lib/admin/version';

describe('pack versions in semantic-version order', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.10', '1.0.9', 1],
    ['1.2.0', '1.10.0', -1],
    ['2.0.0', '1.99.99', 1],
    ['2.0.0-rc.1', '2.0.0', -1],
    ['2.0.0-rc.2', '2.0.0-rc.10', -1],
    ['2.0.0-alpha', '2.0.0-alpha.1', -1],
    ['2.0.0-1', '2.0.0-alpha', -1],
    ['2.0.0-beta', '2.0.0-alpha', 1],
  ])('%s against %s is %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });
});
