/**
 * `virtual:campaign-timeline`: the campaign timeline's entries, their labels in every language and the axis laid
 * out (src/story/campaign-timeline.ts), computed at build time from every operation's folder through the kit. A
 * page's timeline imports this small module (under 1 KB gzip) instead of loading every other operation's chunk
 * and translation for their labels and d3's time scale for the axis.
 */
import type { Plugin } from 'vite';
import type { PageKit } from './page-kit.ts';

const VIRTUAL = 'virtual:campaign-timeline';
const RESOLVED = `\0${VIRTUAL}`;

export function campaignPlugin(kit: PageKit): Plugin {
  return {
    name: 'takedown-map:campaign-timeline',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load: async (id) =>
      id === RESOLVED
        ? `export default ${JSON.stringify((await kit()).allCampaignTimeline())};\n`
        : undefined,
  };
}
