/** The coordination hub: Europol's headquarters in The Hague, backed by Eurojust (facts.md §3). */
import type { Hub } from './types.ts';

export const HUB: Hub = {
  name: 'The Hague',
  role: 'hub',
  lngLat: [4.2835, 52.093],
  lngLatCite: [{ source: 'worldForum' }],
  bodies: [
    {
      name: 'Europol headquarters',
      what: { text: 'The two-day action was coordinated from Europol’s headquarters in The Hague (Eisenhowerlaan 73).', cite: [{ source: 'article', paragraph: 10 }, { source: 'rvbEuropol' }] },
    },
    {
      name: 'EU Internet Referral Unit (EU IRU)',
      what: { text: 'The takedown was coordinated by the EU IRU, set up in July 2015, within Europol’s European Counter Terrorism Centre (ECTC), launched in January 2016.', cite: [{ source: 'europol' }, { source: 'ctcSentinel' }, { source: 'continuity' }] },
    },
    {
      name: 'Eurojust',
      what: { text: 'Eurojust, the EU’s judicial cooperation agency, backed the operation from its premises in The Hague (Johan de Wittlaan 9).', cite: [{ source: 'article', paragraph: 10 }, { source: 'dw' }, { source: 'rvbEurojust' }] },
    },
  ],
  caveats: [
    { text: 'What Eurojust concretely did in April 2018 is not described by any source found.', cite: [{ source: 'dw' }], unconfirmed: true },
    { text: 'The marker stands at the World Forum, beside both agencies; building-level coordinates are not confirmed.', cite: [{ source: 'worldForum' }], unconfirmed: true },
  ],
};
