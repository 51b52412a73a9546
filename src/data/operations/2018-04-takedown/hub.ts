/** The coordination hub: Europol's headquarters in The Hague, backed by Eurojust (facts.md §3). */
import type { Hub } from '../../types.ts';

export const HUB: Hub = {
  name: 'The Hague',
  role: 'hub',
  lngLat: [4.2835, 52.093],
  lngLatCite: [{ source: 'worldForum' }],
  marks:
    'The World Forum convention centre in The Hague, beside Europol’s headquarters and Eurojust; not either building',
  bodies: [
    {
      name: 'Europol headquarters',
      what: {
        text: 'The report says the two-day action was coordinated from Europol’s headquarters in The Hague. The building is at Eisenhowerlaan 73.',
        cite: [{ source: 'article', paragraph: 10 }, { source: 'rvbEuropol' }],
      },
    },
    {
      name: 'EU Internet Referral Unit (EU IRU)',
      what: {
        text: 'Europol said the takedown was coordinated by its EU IRU, set up in July 2015, within its European Counter Terrorism Centre (ECTC), launched on 25 January 2016.',
        cite: [{ source: 'europol' }, { source: 'ctcSentinel' }, { source: 'continuity' }],
        saidBy: 'Europol',
      },
    },
    {
      name: 'Eurojust',
      what: {
        text: 'The report says the operation was backed by Eurojust, the EU’s judicial cooperation agency; DW spoke of its assistance. Eurojust has been based at Johan de Wittlaan 9, The Hague, since 2017.',
        cite: [{ source: 'article', paragraph: 10 }, { source: 'dw' }, { source: 'rvbEurojust' }],
      },
    },
  ],
  caveats: [
    {
      text: 'We found no source that describes what Eurojust concretely did in April 2018.',
      cite: [],
      research: true,
    },
    {
      text: 'The marker stands at the World Forum: Europol’s building stands on land cleared from the convention centre, and Eurojust’s premises are on the edge of the World Forum area.',
      cite: [{ source: 'worldForum' }, { source: 'wikiWorldForum' }, { source: 'rvbEurojust' }],
    },
    {
      text: 'We found no source giving building-level coordinates for either agency, so the marker is approximate.',
      cite: [],
      research: true,
    },
  ],
};
