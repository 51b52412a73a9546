/**
 * The attacks the report says Amaq was used to claim (¶8), with their real
 * dates (facts.md §5). The report groups them "in 2016"; only two were.
 */
import type { Attack, Fact } from './types.ts';

export const ATTACKS: readonly Attack[] = [
  {
    id: 'paris', place: 'Paris', name: 'Coordinated attacks in Paris (Bataclan, Stade de France, cafés)', date: '2015-11-13', lngLat: [2.3708, 48.8631],
    claim: { text: 'Claimed by an official Isis statement on 14 November 2015; an Amaq claim for these attacks was not found.', cite: [{ source: 'isParis' }], unconfirmed: true },
    cite: [{ source: 'article', paragraph: 8 }, { source: 'bataclan' }],
  },
  {
    id: 'brussels', place: 'Brussels', name: 'Bombings at Brussels airport and Maalbeek metro station', date: '2016-03-22', lngLat: [4.3767, 50.8439],
    claim: { text: 'Amaq carried the claim the same day.', cite: [{ source: 'toiBrussels' }] },
    cite: [{ source: 'article', paragraph: 8 }, { source: 'wikiMaalbeek' }],
  },
  {
    id: 'berlin', place: 'Berlin', name: 'Truck attack on the Breitscheidplatz Christmas market', date: '2016-12-19', lngLat: [13.3355, 52.5049],
    claim: { text: 'Amaq carried the claim on 20 December 2016.', cite: [{ source: 'gulfNews' }] },
    cite: [{ source: 'article', paragraph: 8 }, { source: 'berlinWiki' }],
  },
  {
    id: 'barcelona', place: 'Barcelona', name: 'Van attack on La Rambla', date: '2017-08-17', lngLat: [2.1731, 41.3814],
    claim: { text: 'Amaq carried the claim the same day.', cite: [{ source: 'reutersBarcelona' }] },
    cite: [{ source: 'article', paragraph: 8 }, { source: 'ramblas' }],
  },
  {
    id: 'trebes', place: 'Trèbes', name: 'Supermarket siege in Trèbes (Carcassonne and Trèbes attack)', date: '2018-03-23', lngLat: [2.4422, 43.2106],
    claim: { text: 'Amaq called the attacker a “soldier of the Islamic State”.', cite: [{ source: 'trebesAmaq' }] },
    cite: [{ source: 'article', paragraph: 8 }, { source: 'trebesWiki' }, { source: 'trebesCoords' }],
  },
];

export const ATTACKS_NOTE: readonly Fact[] = [
  {
    text: 'The report says these claims came “in 2016”. Only Brussels (March 2016) and Berlin (December 2016) were in 2016: Paris was in November 2015, Barcelona in August 2017 and Trèbes in March 2018.',
    cite: [{ source: 'article', paragraph: 8 }, { source: 'bataclan' }, { source: 'reutersBarcelona' }],
  },
  {
    text: 'The Paris attacks of 13 November 2015 were claimed in an official Islamic State statement; no Amaq claim for them was found. Amaq did claim a later Paris attack, the Champs-Élysées shooting of April 2017, so which “Paris” Europol meant is unclear.',
    cite: [{ source: 'isParis' }, { source: 'krone' }],
    unconfirmed: true,
  },
  {
    text: 'AFP quoted Europol’s director more broadly: Amaq was used to claim every major attack in Europe since 2015.',
    cite: [{ source: 'straitsTimes' }],
  },
];
