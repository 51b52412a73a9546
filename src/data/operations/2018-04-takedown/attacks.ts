/**
 * The attacks the report says Amaq was used to claim (¶8), with their real
 * dates (facts.md §5). The report puts Paris, Brussels, Barcelona and Berlin
 * "in 2016" and dates Trèbes correctly ("last month's supermarket siege");
 * of the four, only Brussels and Berlin were in 2016.
 * Markers are approximate: one site of several (Paris, Brussels) or a town
 * or street reference point (Trèbes, Barcelona).
 */
import type { Attack, Fact } from '../../types.ts';

export const ATTACKS: readonly Attack[] = [
  {
    id: 'paris',
    place: 'Paris',
    name: 'Coordinated attacks in Paris (Bataclan, Stade de France, cafés)',
    date: '2015-11-13',
    lngLat: [2.3708, 48.8631],
    marks: 'The Bataclan theatre, one of several sites',
    claims: [
      {
        text: 'Claimed in an official Islamic State statement on 14 November 2015.',
        cite: [{ source: 'isParis' }],
      },
      { text: 'We found no Amaq claim for these attacks.', cite: [], research: true },
    ],
    cite: [{ source: 'article', paragraph: 8 }, { source: 'bataclan' }],
  },
  {
    id: 'brussels',
    place: 'Brussels',
    name: 'Bombings at Brussels airport and Maalbeek metro station',
    date: '2016-03-22',
    lngLat: [4.3767, 50.8439],
    marks: 'Maalbeek metro station, one of two sites (the other is the airport)',
    claims: [{ text: 'Amaq carried the claim the same day.', cite: [{ source: 'toiBrussels' }] }],
    cite: [{ source: 'article', paragraph: 8 }, { source: 'wikiMaalbeek' }],
  },
  {
    id: 'berlin',
    place: 'Berlin',
    name: 'Truck attack on the Breitscheidplatz Christmas market',
    date: '2016-12-19',
    lngLat: [13.3355, 52.5049],
    marks: 'Breitscheidplatz',
    claims: [{ text: 'Amaq carried the claim on 20 December 2016.', cite: [{ source: 'gulfNews' }] }],
    cite: [{ source: 'article', paragraph: 8 }, { source: 'berlinWiki' }],
  },
  {
    id: 'barcelona',
    place: 'Barcelona',
    name: 'Van attack on La Rambla',
    date: '2017-08-17',
    lngLat: [2.1731, 41.3814],
    marks: 'A reference point on La Rambla',
    claims: [{ text: 'Amaq carried the claim the same day.', cite: [{ source: 'reutersBarcelona' }] }],
    cite: [{ source: 'article', paragraph: 8 }, { source: 'ramblas' }],
  },
  {
    id: 'trebes',
    place: 'Trèbes',
    name: 'Supermarket siege in Trèbes (Carcassonne and Trèbes attack)',
    date: '2018-03-23',
    lngLat: [2.4422, 43.2106],
    marks: 'The centre of Trèbes, not the supermarket',
    claims: [{ text: 'Amaq carried a claim for the attack.', cite: [{ source: 'trebesWiki' }] }],
    cite: [{ source: 'article', paragraph: 8 }, { source: 'trebesWiki' }, { source: 'trebesCoords' }],
  },
];

export const ATTACKS_NOTE: readonly Fact[] = [
  {
    text: 'The report puts the Paris, Brussels, Barcelona and Berlin claims “in 2016”. Only Brussels (22 March 2016) and Berlin (19 December 2016) were in 2016: Paris was on 13 November 2015 and Barcelona on 17 August 2017. The report dates Trèbes correctly, as “last month’s supermarket siege” (23 March 2018).',
    cite: [
      { source: 'article', paragraph: 8 },
      { source: 'wikiMaalbeek' },
      { source: 'berlinWiki' },
      { source: 'bataclan' },
      { source: 'reutersBarcelona' },
      { source: 'trebesWiki' },
    ],
  },
  {
    text: 'The Paris attacks of 13 November 2015 were claimed in an official Islamic State statement. Amaq did carry a claim for a later attack in Paris, the Champs-Élysées shooting of 20 April 2017, so which “Paris” Europol meant is unclear.',
    cite: [{ source: 'isParis' }, { source: 'krone' }],
  },
  { text: 'We found no Amaq claim for the November 2015 Paris attacks.', cite: [], research: true },
  {
    text: 'AFP quoted Europol’s director more broadly: Isis used Amaq to claim “every major attack since 2015 in Europe”.',
    cite: [{ source: 'straitsTimes' }],
    saidBy: 'Europol’s director',
  },
  {
    text: 'Markers are approximate: each stands at one site of an attack, or at a reference point in the town or street.',
    cite: [],
    research: true,
  },
];
