/**
 * The campaign axis fits its box: the year labels are centred on their ticks
 * (translateX(-50%)), so the first and last stick out of the scale's range
 * by half their width; the axis' side margins must hold that half, or the
 * "2020" label overflows the timeline (it did by 15 px at every width).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const CSS = readFileSync(resolve(import.meta.dirname, '../../../src/styles/app.css'), 'utf8');
/** The declarations of the one rule whose selector is exactly `selector`. */
const rule = (selector: string): Record<string, string> => {
  const m = new RegExp(`(?:^|\\n)${selector.replace(/[.]/g, '\\.')}\\s*\\{([^}]*)\\}`).exec(CSS);
  expect(m, selector).not.toBeNull();
  return Object.fromEntries(
    m![1]!
      .split(';')
      .map((d) => d.split(':').map((s) => s.trim()))
      .filter((d) => d.length === 2 && d[0])
      .map(([k, v]) => [k!, v!]),
  );
};
/** A length in px at the root font size (16 px). */
const px = (len: string): number => {
  const m = /^(-?[\d.]+)(px|rem)?$/.exec(len.trim());
  expect(m, len).not.toBeNull();
  return Number(m![1]) * (m![2] === 'rem' ? 16 : 1);
};

test('the axis’ side margins hold half of a year label, so nothing overflows or is clipped', () => {
  const tick = rule('.op-timeline__tick');
  expect(tick.transform).toBe('translateX(-50%)');
  // Four digits at the tick's size: about 0.6 em each (DejaVu Sans digits are 0.64 em).
  const halfLabel = (4 * 0.64 * px(tick['font-size']!)) / 2;
  const margin = rule('.op-timeline__axis').margin!.split(/\s+/);
  const [, right = margin[0]!, , left = right] = margin;
  expect(px(right)).toBeGreaterThanOrEqual(halfLabel);
  expect(px(left)).toBeGreaterThanOrEqual(halfLabel);
});
