/**
 * Old `#strike=` links (src/app/strike-redirect.ts): a hash naming another
 * operation's campaign id goes to that operation's page, with the rest of
 * the hash; anything else stays.
 */
import { describe, expect, test } from 'vitest';
import { strikeRedirect } from '../../../src/app/strike-redirect.ts';

const APRIL = { slug: '2018-04-takedown', strike: { id: '2018-04' } } as const;
const JUNE = { slug: '2017-06', strike: { id: '2017-06' } } as const;
const NOV = { slug: '2019-11-telegram', strike: { id: '2019-11' } } as const;
const redirect = (hash: string, op: { slug: string; strike: { id: string } }) =>
  strikeRedirect(hash, op as Parameters<typeof strikeRedirect>[1]);

describe('strikeRedirect', () => {
  test('from the default page (the site root) to another operation, keeping the rest of the hash', () => {
    expect(redirect('#strike=2017-06', APRIL)).toBe('./2017-06/');
    expect(redirect('#strike=2017-06&country=es', APRIL)).toBe('./2017-06/#country=es');
    expect(redirect('#country=es&strike=2019-11&step=2', APRIL)).toBe(
      './2019-11-telegram/#country=es&step=2',
    );
    expect(redirect('strike=2016-08', APRIL)).toBe('./2016-08/');
    expect(redirect('strike=2016-08&a#b', APRIL)).toBe('./2016-08/#a#b');
    expect(redirect('#STRIKE=2017-06&Strike=2016-08&hub', APRIL)).toBe('./2017-06/#hub');
  });

  test('from an operation page, one level up; to the default operation, the site root', () => {
    expect(redirect('#strike=2018-04', JUNE)).toBe('../');
    expect(redirect('#strike=2018-04&hub', NOV)).toBe('../#hub');
    expect(redirect('#strike=2019-11', JUNE)).toBe('../2019-11-telegram/');
  });

  test("no redirect: the page's own id, an unknown or malformed id, no strike, an empty hash", () => {
    expect(redirect('#strike=2017-06&country=es', JUNE)).toBeNull();
    expect(redirect('#strike=2017-07', APRIL)).toBeNull();
    expect(redirect('#strike=2015-12', APRIL)).toBeNull();
    expect(redirect('#strike=junk', APRIL)).toBeNull();
    expect(redirect('#strike=', APRIL)).toBeNull();
    expect(redirect('#country=fr', APRIL)).toBeNull();
    expect(redirect('#xstrike=2017-06', APRIL)).toBeNull();
    expect(redirect('', APRIL)).toBeNull();
    expect(redirect(undefined as unknown as string, APRIL)).toBeNull();
  });
});
