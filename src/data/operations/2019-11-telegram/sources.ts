/** Sources only this operation cites; Europol's release and Anadolu's report are shared (facts.md §4). */
import type { Source } from '../../types.ts';

export const SOURCES: Readonly<Record<string, Source>> = {
  europeDiplomatic: {
    publisher: 'Europe Diplomatic',
    about: 'Report on the November 2019 action, following Europol’s release',
    url: 'https://europediplomatic.com/2019/11/26/europol-cyber-offensive-against-is/',
    date: '2019-11-26',
  },
  politieBe: {
    publisher: 'Belgian federal police',
    about: 'Press release in Dutch on the action led by the Belgian judiciary',
    url: 'https://www.politie.be/5998/nl/pers/terroristische-online-propaganda-internationaal-aangepakt-onder-leiding-van-belgisch-gerecht',
    date: '2019-11-25',
  },
  nuNl: {
    publisher: 'NU.nl',
    about: 'Report in Dutch on the action led by Belgium',
    url: 'https://www.nu.nl/tech/6013271/belgie-en-europol-halen-propagandakanalen-islamitische-staat-offline.html',
    date: '2019-11',
  },
  france3: {
    publisher: 'France 3 Hauts-de-France (AFP)',
    about: 'Report in French on the action and the arrest in the Canary Islands',
    url: 'https://france3-regions.francetvinfo.fr/hauts-de-france/justice-belge-polices-europeennes-portent-coup-severe-propagande-daech-1754507.html',
    date: '2019-11',
  },
};
