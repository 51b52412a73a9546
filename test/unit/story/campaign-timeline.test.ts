/** The campaign timeline's build-time builder (src/story/campaign-timeline.ts) and the module the build makes of it. */
import { describe, expect, test } from 'vitest';
import CAMPAIGN_TIMELINE from 'virtual:campaign-timeline';
import { ALERT } from '../../../src/data/campaign.ts';
import { campaignOf, type CampaignEntry } from '../../../src/data/pages.ts';
import { CAMPAIGN, OPERATIONS } from '../../../src/data/registry.ts';
import { MESSAGES, OPERATION_CONTENT, SHARED_CONTENT } from '../../../src/i18n/all-locales.ts';
import { createI18n, withContent } from '../../../src/i18n/i18n.ts';
import { LANGS, type Lang } from '../../../src/i18n/langs.ts';
import type { ContentMap } from '../../../src/i18n/localize.ts';
import { campaignTimeline } from '../../../src/story/campaign-timeline.ts';
import { strikeAxis } from '../../../src/story/strike-axis.ts';

const NONE: Record<Lang, ContentMap> = { en: {}, fr: {}, nl: {}, de: {}, ro: {}, bg: {} };
const entry = (id: string, slug: string | null, label: string): CampaignEntry =>
  ({ ...ALERT, id, slug, label, kind: slug ? 'strike' : 'alert' }) as CampaignEntry;

describe('campaignTimeline()', () => {
  test('every entry in the order given, with its page (none for the alert), and the axis laid out', () => {
    const t = campaignTimeline(CAMPAIGN, SHARED_CONTENT, OPERATION_CONTENT);
    expect(t.entries).toEqual([
      { id: '2015-12', slug: null },
      { id: '2016-08', slug: '2016-08' },
      { id: '2017-06', slug: '2017-06' },
      { id: '2018-04', slug: '2018-04-takedown' },
      { id: '2018-10', slug: '2018-10-telegram' },
      { id: '2019-11', slug: '2019-11-telegram' },
    ]);
    expect(t.labels.en).toEqual(CAMPAIGN.map((e) => e.label));
    // The axis as d3's time scale lays it out: whole years, each entry at the middle of its month.
    expect(t.axis).toEqual(strikeAxis(CAMPAIGN.map((e) => e.id)));
    expect(t.axis.ticks.map((k) => [k.label, k.at])).toEqual([
      ['2015', 0],
      ['2016', 20],
      ['2017', 40],
      ['2018', 60],
      ['2019', 80],
      ['2020', 100],
    ]);
    expect(t.axis.strikes.find((m) => m.id === '2018-04')?.at).toBe(65.7);
  });

  test("a label: its operation's own translation first, then the shared one, else English", () => {
    const campaign = [
      entry('2015-12', null, 'Alert'),
      entry('2016-08', 'a', 'August'),
      entry('2017-06', 'b', 'June'),
    ];
    const shared = { ...NONE, fr: { Alert: 'Alerte', August: 'Août (partagé)', June: 'Juin (partagé)' } };
    const own = { a: { fr: { August: 'Août' } }, b: { de: { June: 'Juni' } } };
    const t = campaignTimeline(campaign, shared, own);
    expect(t.labels.fr).toEqual(['Alerte', 'Août', 'Juin (partagé)']);
    expect(t.labels.de).toEqual(['Alert', 'August', 'Juni']);
    expect(t.labels.nl).toEqual(['Alert', 'August', 'June']);
    // An operation's translations never translate the alert (it has no folder), nor another operation's label.
    const t2 = campaignTimeline(campaign, NONE, { a: { fr: { Alert: 'x', June: 'y' } } });
    expect(t2.labels.fr).toEqual(['Alert', 'August', 'June']);
    expect(Object.keys(t.labels)).toEqual([...LANGS]);
  });

  test('what the page showed when it loaded every operation for the labels, on every page in every language', () => {
    // Before: each operation's label put into its own translation, then the page's i18n.text (shared + the page's own).
    const t = campaignTimeline(CAMPAIGN, SHARED_CONTENT, OPERATION_CONTENT);
    for (const lang of LANGS)
      for (const page of OPERATIONS) {
        const i18n = withContent(
          createI18n(lang, MESSAGES[lang], SHARED_CONTENT[lang]),
          OPERATION_CONTENT[page.slug]?.[lang] ?? {},
        );
        const before = CAMPAIGN.map((e) =>
          i18n.text(
            (e.slug && lang !== 'en' ? OPERATION_CONTENT[e.slug]?.[lang]?.[e.label] : undefined) ?? e.label,
          ),
        );
        expect(t.labels[lang], `${page.slug} ${lang}`).toEqual(before);
      }
  });
});

describe('virtual:campaign-timeline', () => {
  test("is the builder's timeline of every operation folder, as plain data", () => {
    expect(CAMPAIGN_TIMELINE).toEqual(
      campaignTimeline(campaignOf(OPERATIONS), SHARED_CONTENT, OPERATION_CONTENT),
    );
    expect(JSON.parse(JSON.stringify(CAMPAIGN_TIMELINE))).toEqual(CAMPAIGN_TIMELINE);
    expect(CAMPAIGN_TIMELINE.labels.fr).not.toEqual(CAMPAIGN_TIMELINE.labels.en);
  });
});
