/** The operations as the browser loads them (src/data/pages.ts): paths, campaign ids, lazy loading, the timeline. */
import { describe, expect, test } from 'vitest';
import { ALERT } from '../../../src/data/campaign.ts';
import {
  campaignOf,
  DEFAULT_SLUG,
  isCampaignId,
  loadOperation,
  pagePath,
  SLUGS,
  slugForStrike,
} from '../../../src/data/pages.ts';
import { CAMPAIGN, folderOf, OPERATIONS, operationBySlug } from '../../../src/data/registry.ts';

describe('pages', () => {
  test('every operation folder, sorted; the default page is the April 2018 takedown', () => {
    expect(SLUGS).toEqual(['2016-08', '2017-06', '2018-04-takedown', '2018-10-telegram', '2019-11-telegram']);
    expect(DEFAULT_SLUG).toBe('2018-04-takedown');
  });

  test("a page's path: '' for the default operation, '<slug>/' for the others", () => {
    expect(pagePath('2018-04-takedown')).toBe('');
    expect(pagePath('2017-06')).toBe('2017-06/');
    expect(pagePath('2019-11-telegram')).toBe('2019-11-telegram/');
  });

  test('a campaign id names the operation whose folder it starts', () => {
    expect(slugForStrike('2018-04')).toBe('2018-04-takedown');
    expect(slugForStrike('2018-1')).toBeUndefined();
    expect(slugForStrike('2018-04-takedown')).toBeUndefined();
    expect(isCampaignId('2018-10')).toBe(true);
    expect(isCampaignId('2018-11')).toBe(false);
    expect(isCampaignId('2015-12')).toBe(false);
  });

  test('loads one operation by slug, and none for an unknown slug', async () => {
    expect((await loadOperation('2017-06'))?.slug).toBe('2017-06');
    expect(await loadOperation('2099-01')).toBeUndefined();
  });

  test("the campaign: Europol's alert first, then every operation's entry, by id", () => {
    const campaign = campaignOf(OPERATIONS);
    expect(campaign.map((e) => [e.id, e.slug])).toEqual([
      ['2015-12', null],
      ['2016-08', '2016-08'],
      ['2017-06', '2017-06'],
      ['2018-04', '2018-04-takedown'],
      ['2018-10', '2018-10-telegram'],
      ['2019-11', '2019-11-telegram'],
    ]);
    expect(campaign[0]).toEqual({ ...ALERT, slug: null });
    expect(CAMPAIGN).toEqual(campaign);
  });

  test('campaignOf sorts by id whatever the order given, and keeps each entry whole', () => {
    const reversed = [...OPERATIONS].reverse();
    const c = campaignOf(reversed);
    expect(c.map((e) => e.id)).toEqual([...c.map((e) => e.id)].sort());
    expect(c.find((e) => e.slug === '2017-06')).toEqual({
      ...operationBySlug('2017-06')!.strike,
      slug: '2017-06',
    });
    expect(campaignOf([]).map((e) => e.id)).toEqual(['2015-12']);
  });
});

describe('registry', () => {
  test('operations sorted by start date, found by slug, each from its own folder', () => {
    const starts = OPERATIONS.map((o) => o.start);
    expect(starts).toEqual([...starts].sort());
    expect(OPERATIONS.map((o) => o.slug)).toEqual(SLUGS);
    expect(operationBySlug('2018-10-telegram')?.strike.id).toBe('2018-10');
    expect(operationBySlug('nope')).toBeUndefined();
    expect(folderOf('./operations/2017-06/index.ts')).toBe('2017-06');
    expect(folderOf('index.ts')).toBe('');
    expect(folderOf('/checkout/src/data/operations/2019-11-telegram/index.ts')).toBe('2019-11-telegram');
  });
});
