import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../../src/i18n/format.ts';
import { createI18n } from '../../../src/i18n/i18n.ts';
import { once } from '../../../src/i18n/once.ts';
import { EN } from '../../../src/i18n/messages/en.ts';

const restore: Array<() => void> = [];
afterEach(() => {
  while (restore.length) restore.pop()!();
});

/** Counts the formatters Intl[name] makes (a subclass stands in for it until the test ends). */
function counted(name: 'DisplayNames' | 'DateTimeFormat' | 'ListFormat' | 'PluralRules' | 'NumberFormat') {
  const intl = Intl as unknown as Record<string, new (...a: never[]) => object>;
  const Original = intl[name]!;
  const count = { made: 0 };
  intl[name] = class extends Original {
    constructor(...args: never[]) {
      super(...args);
      count.made++;
    }
  };
  restore.push(() => {
    intl[name] = Original;
  });
  return count;
}

describe('once', () => {
  it('makes its value on the first call only, and keeps it (undefined too)', () => {
    const make = vi.fn(() => ({}));
    const get = once(make);
    expect(make).not.toHaveBeenCalled();
    const a = get();
    expect(get()).toBe(a);
    expect(make).toHaveBeenCalledTimes(1);
    const nothing = vi.fn(() => undefined);
    const none = once(nothing);
    none();
    none();
    expect(nothing).toHaveBeenCalledTimes(1);
  });
});

describe('Intl formatters at start-up', () => {
  it('createI18n makes no Intl formatter until one is used, then one of each', () => {
    const names = counted('DisplayNames');
    const dates = counted('DateTimeFormat');
    const lists = counted('ListFormat');
    const i18n = createI18n('fr', EN);
    expect(names.made).toBe(0);
    expect(dates.made).toBe(0);
    expect(lists.made).toBe(0);
    expect(i18n.country('RO')).toBe('Roumanie');
    expect(i18n.country('BG')).toBe('Bulgarie');
    expect(i18n.date('2018-04-25')).toBe('25 avril 2018');
    expect(i18n.date('2018-04-26')).toBe('26 avril 2018');
    expect(i18n.list(['a', 'b', 'c'])).toBe('a, b et c');
    expect(i18n.list(['a', 'b'])).toBe('a et b');
    expect(names.made).toBe(1);
    expect(dates.made).toBe(1);
    expect(lists.made).toBe(1);
  });

  it('formatMessage makes one PluralRules and one NumberFormat per locale, however many plurals', () => {
    const plurals = counted('PluralRules');
    const numbers = counted('NumberFormat');
    const t =
      '{n, plural, one {# pays} other {# pays}} et {m, plural, =0 {aucun} one {# lien} other {# liens}}';
    expect(formatMessage(t, { n: 1, m: 1200 }, 'ro-RO')).toBe('1 pays et 1.200 liens');
    expect(formatMessage(t, { n: 3, m: 0 }, 'ro-RO')).toBe('3 pays et aucun');
    expect(plurals.made).toBe(1);
    expect(numbers.made).toBe(1);
    // Another locale has its own, with its own rules and digits.
    expect(formatMessage(t, { n: 2, m: 1200 }, 'en-GB')).toBe('2 pays et 1,200 liens');
    expect(plurals.made).toBe(2);
    expect(numbers.made).toBe(2);
  });
});
