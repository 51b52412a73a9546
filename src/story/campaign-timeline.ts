/**
 * What the campaign timeline draws, computed once at build time
 * (build/campaign-plugin.ts, `virtual:campaign-timeline`): each entry's
 * campaign id and page, its label in every language, and the time axis laid
 * out as percentages. The page then draws the timeline without loading any
 * other operation's chunk or d3's time scale. Pure: data in, data out; the
 * operations' folders stay the one source (their `strike` and translations).
 */
import type { CampaignEntry } from '../data/pages.ts';
import type { StrikeId } from '../data/types.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import type { ContentMap } from '../i18n/localize.ts';
import { strikeAxis, type StrikeAxis } from './strike-axis.ts';

export interface CampaignTimeline {
  /** Every entry in time order: its campaign id, and the slug of its page (null for Europol's alert). */
  readonly entries: readonly { readonly id: StrikeId; readonly slug: string | null }[];
  /** Each entry's label (same order as `entries`), by language. */
  readonly labels: Readonly<Record<Lang, readonly string[]>>;
  /** Year ticks and each entry's mark, in percent along the axis. */
  readonly axis: StrikeAxis;
}

/**
 * The timeline of a campaign. An operation's label is translated by its own
 * folder's translations (`byOperation[slug][lang]`), then by the shared ones
 * (`shared[lang]`, where the default operation's and the alert's are), else
 * it stays English: what the page showed when it loaded each operation and
 * its translation to read the label.
 */
export function campaignTimeline(
  campaign: readonly CampaignEntry[],
  shared: Readonly<Record<Lang, ContentMap>>,
  byOperation: Readonly<Record<string, Partial<Record<Lang, ContentMap>>>>,
): CampaignTimeline {
  const labelIn = (e: CampaignEntry, lang: Lang): string =>
    (e.slug === null ? undefined : byOperation[e.slug]?.[lang]?.[e.label]) ??
    shared[lang][e.label] ??
    e.label;
  return {
    entries: campaign.map((e) => ({ id: e.id, slug: e.slug })),
    labels: Object.fromEntries(LANGS.map((l) => [l, campaign.map((e) => labelIn(e, l))])) as Record<
      Lang,
      string[]
    >,
    axis: strikeAxis(campaign.map((e) => e.id)),
  };
}
