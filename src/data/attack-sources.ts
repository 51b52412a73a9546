/**
 * The sources of the claimed attacks on the campaign's map (where each happened and who claimed it): part of
 * SOURCES (sources.ts), by the same rules.
 */
import type { Source } from './types.ts';

export const ATTACK_SOURCES = {
  bataclan: {
    publisher: 'Wikipedia',
    about: 'Wikipedia article on the Bataclan theatre',
    url: 'https://en.wikipedia.org/wiki/Bataclan_(theatre)',
  },
  isParis: {
    publisher: 'The Long War Journal (copy on derechos.org)',
    title: 'The Islamic State claims responsibility for Paris attacks',
    titleFrom: 'page',
    about: 'Report on the Islamic State statement claiming the Paris attacks',
    unlinked: 'the page reproduces the group’s statement',
  },
  toiBrussels: {
    publisher: 'The Times of Israel',
    about: 'Report on the Amaq claim for the Brussels attacks',
    url: 'https://www.timesofisrael.com/islamic-state-claims-brussels-terror-attacks/',
  },
  wikiMaalbeek: {
    publisher: 'Wikipedia',
    about: 'Wikipedia article on Maalbeek/Maelbeek metro station',
    url: 'https://en.wikipedia.org/wiki/Maalbeek/Maelbeek_metro_station',
  },
  berlinWiki: {
    publisher: 'Wikipedia',
    about: 'Wikipedia article on the 2016 Berlin attack',
    url: 'https://en.wikipedia.org/wiki/2016_Berlin_attack',
  },
  gulfNews: {
    publisher: 'Gulf News',
    title: 'Daesh claims Berlin Christmas market truck attack',
    titleFrom: 'page',
    about: 'Report on the Amaq claim for the Berlin attack',
    url: 'http://gulfnews.com/news/europe/germany/daesh-claims-berlin-christmas-market-truck-attack-1.1949360',
    date: '2016-12-20',
  },
  reutersBarcelona: {
    publisher: 'Reuters',
    about: 'Report on the Amaq claim for the Barcelona attack',
    url: 'http://www.reuters.com/article/us-spain-barcelona-islamic-state-idUSKCN1AX2GQ',
    date: '2017-08-17',
  },
  ramblas: {
    publisher: 'Wikipedia',
    about: 'Wikipedia article on La Rambla (coordinates)',
    url: 'https://en.wikipedia.org/wiki/Las_Ramblas',
  },
  trebesWiki: {
    publisher: 'Wikipedia',
    about: 'Wikipedia article on the Carcassonne and Trèbes attack',
    url: 'https://en.wikipedia.org/wiki/Carcassonne_and_Tr%C3%A8bes_attack',
  },
  trebesCoords: {
    publisher: 'Wikipedia',
    about: 'Wikipedia article on Trèbes (coordinates of the town)',
    url: 'https://en.wikipedia.org/wiki/Tr%C3%A8bes',
  },
  krone: {
    publisher: 'Krone.at',
    about: 'Report in German on the Amaq claim for the Champs-Élysées shooting',
    url: 'http://www.krone.at/schlagzeilen/jihadistenmiliz-is-reklamierte-angriff-in-paris-fuer-sich-amaq-schlagzeilen-story-565629',
  },
} as const satisfies Record<string, Source>;
