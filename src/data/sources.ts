/**
 * Every source the app cites, once. Facts point here by id; the panels render
 * "article ¶N" for the report and the publisher, linked, for public pages.
 *
 * Publishers are named for what they are: a repost or a syndicated copy says
 * so ("Europol release, reposted by Lockcode"). URLs are copied from
 * research/facts.md, except that a Wikipedia article facts.md read through a
 * mirror site is linked at en.wikipedia.org under the same article name.
 * A title is given only where it is the page's real title: as facts.md
 * records it (`titleFrom: 'facts'`) or as read off the stored page
 * (`titleFrom: 'page'`); otherwise `about` says, in our words, what the page
 * is. Dates only as facts.md gives them.
 */
import { ATTACK_SOURCES } from './attack-sources.ts';
import type { Source } from './types.ts';

export type { Source };

/** The reports on the operations and the campaign against Isis propaganda. */
const REPORT_SOURCES = {
  article: {
    publisher: 'News report',
    date: '2018-04',
    about: 'News report of April 2018, read in a syndicated copy; the original headline is not confirmed',
  },
  europol: {
    publisher: 'Europol release, reposted by Lockcode',
    title: 'Islamic State propaganda machine hit by law enforcement in coordinated takedown action',
    titleFrom: 'facts',
    about:
      'Europol’s press release of 27 April 2018, reposted in full on a cybersecurity firm’s blog (Europol’s own page was not found)',
    url: 'https://www.lockcodecybersecurity.com/post/2018/04/27/islamic-state-propaganda-machine-hit-by-law-enforcement-in-coordinated-takedown-action',
    date: '2018-04-27',
  },
  guardian: {
    publisher: 'The Guardian',
    title: "Joint police action 'punches big hole' in Isis propaganda ability",
    titleFrom: 'facts',
    about: 'Report on the operation',
    url: 'https://www.theguardian.com/world/2018/apr/27/global-police-action-punches-big-hole-isis-propaganda-computer-servers',
    date: '2018-04-27',
  },
  bbc: {
    publisher: 'BBC News',
    about: 'Report on the operation',
    url: 'http://www.bbc.com/news/world-europe-43921120',
    date: '2018-04-27',
  },
  euronews: {
    publisher: 'Euronews',
    about: 'Report on the operation, quoting Charlie Winter',
    url: 'http://www.euronews.com/2018/04/27/eu-police-action-has-punched-big-hole-in-isil-propaganda-',
    date: '2018-04-27',
  },
  sofiaGlobe: {
    publisher: 'The Sofia Globe',
    about: 'Report on Bulgaria’s part in the operation',
    url: 'https://sofiaglobe.com/2018/04/27/bulgaria-assists-in-takedown-of-islamic-state-propaganda-machine-europol/',
    date: '2018-04-27',
  },
  laLibre: {
    publisher: 'La Libre Belgique',
    about:
      'Report in French quoting the Belgian federal prosecutor (one article, id 5ae2db94cd702e6324ee2c67, reached under two addresses)',
    url: 'http://www.lalibre.be/actu/international/les-polices-neutralisent-des-outils-de-propagande-de-l-ei-5ae2db94cd702e6324ee2c67',
    date: '2018-04',
  },
  flashnews: {
    publisher: 'flashnews.bg',
    about: 'Report in Bulgarian on the interior ministry’s statement',
    url: 'https://www.flashnews.bg/spryaha-chetiri-sarvara-za-propaganda-na-islyamska-darzhava-u-nas/',
  },
  afpTheNews: {
    publisher: 'AFP, via The News (Pakistan)',
    about: 'AFP report on the operation, printed by The News',
    url: 'https://www.thenews.com.pk/print/310104-eu-us-police-cripple-is-media-mouthpieces',
  },
  globalNews: {
    publisher: 'Global News',
    title: 'ISIS servers seized in Canada as countries launch coordinated takedown of propaganda network',
    titleFrom: 'page',
    about: 'Report on Canada’s part in the operation',
    url: 'https://globalnews.ca/news/4171947/canada-isis-propaganda/',
  },
  nrc: {
    publisher: 'NRC',
    about: 'Report in Dutch on the Dutch part of the operation',
    url: 'https://www.nrc.nl/nieuws/2018/04/27/servers-is-persbureau-in-beslag-genomen-tijdens-europese-actie-a1601101',
    date: '2018-04-27',
  },
  nos: {
    publisher: 'NOS',
    about: 'Report in Dutch on the operation',
    url: 'https://nos.nl/artikel/2229276-internationale-politieactie-tegen-propaganda-apparaat-is.html',
  },
  paAol: {
    publisher: 'PA, via AOL UK',
    about: 'Press Association report on the operation',
    url: 'https://www.aol.co.uk/news/2018/04/27/islamic-state-propaganda-machine-hit-in-two-day-blitz/',
    date: '2018-04-27',
  },
  ctp: {
    publisher: 'Counter Terrorism Policing',
    about: 'Page on the Counter Terrorism Internet Referral Unit',
    url: 'https://www.counterterrorism.police.uk/justicetogether-counter-terrorism-internet-referral-unit/',
  },
  diarioLeon: {
    publisher: 'Diario de León',
    about: 'Report in Spanish on the Spanish interior ministry’s account',
    url: 'https://www.diariodeleon.es/nacional/180428/1395110/guardia-civil-lidera-duro-golpe-internacional-daesh_amp.html',
  },
  salamplan: {
    publisher: 'salamplan.com',
    about: 'Spanish report saying Spain was not directly involved',
    unlinked: 'facts.md records the site but not the page’s address',
  },
  romanianReport: {
    publisher: 'Romanian news report',
    about: 'Romanian report listing where material was seized',
    unlinked: 'facts.md records the report but not its publisher or address',
  },
  dw: {
    publisher: 'DW',
    about: 'Report on the operation',
    url: 'https://amp.dw.com/en/international-police-severely-disrupt-is-media-mouthpieces/a-43561319',
    date: '2018-04-27',
  },
  ctcSentinel: {
    publisher: 'CTC Sentinel',
    about: 'Interview with an official of Europol’s EU Internet Referral Unit',
    url: 'https://ctc.westpoint.edu/view-ct-foxhole-interview-official-europols-eu-internet-referral-unit/',
  },
  continuity: {
    publisher: 'Continuity Central',
    about: 'Report on the launch of Europol’s European Counter Terrorism Centre',
    url: 'https://continuitycentral.com/index.php/news/resilience-news/832-new-european-counter-terrorism-centre-launched',
    date: '2016-01-26',
  },
  rvbEuropol: {
    publisher: 'Rijksvastgoedbedrijf (Dutch government real-estate agency)',
    about: 'Page in Dutch on Europol’s headquarters building',
    url: 'https://www.rijksvastgoedbedrijf.nl/vastgoed/projecten-in-uitvoering/den-haag-europol-hoofdkantoor',
  },
  rvbEurojust: {
    publisher: 'Rijksvastgoedbedrijf (Dutch government real-estate agency)',
    about: 'Page on Eurojust’s premises in The Hague',
    url: 'https://english.rijksvastgoedbedrijf.nl/real-estate/eurojust-new-premises-in-the-hague%E2%80%99s-international-zone',
  },
  wikiWorldForum: {
    publisher: 'Wikipedia',
    title: 'World Forum (The Hague)',
    titleFrom: 'facts',
    about: 'Wikipedia article on the World Forum convention centre',
    url: 'https://en.wikipedia.org/wiki/World_Forum_(The_Hague)',
  },
  worldForum: {
    publisher: 'nearbywiki',
    about: 'Coordinates of the World Forum, The Hague (derived from Wikipedia)',
    url: 'https://de.nearbywiki.org/detail/7147680',
  },
  straitsTimes: {
    publisher: 'AFP, via The Straits Times',
    about: 'AFP report on the operation',
    url: 'https://www.straitstimes.com/world/europe/strike-by-eu-us-silences-isis-media-mouthpieces',
  },
  apHamilton: {
    publisher: 'AP, via The Hamilton Spectator (PressReader)',
    title: 'Servers used by Islamic State propaganda sites taken down',
    titleFrom: 'page',
    about: 'AP report on the operation',
    url: 'http://www.pressreader.com/canada/the-hamilton-spectator/20180428/281689730426795',
  },
  rtl: {
    publisher: 'RTL',
    about: 'Report in French on how long the propaganda was interrupted, quoting Wassim Nasr',
    url: 'https://www.rtl.fr/actu/international/daesh-la-propagande-jihadiste-de-l-ei-vraiment-neutralisee-7793185823',
  },
  laGaceta: {
    publisher: 'La Gaceta',
    about: 'Report in Spanish on the Guardia Civil case behind the June 2017 strike',
    url: 'https://gaceta.es/espana/una-operacion-de-la-guardia-civil-facilito-el-golpe-a-la-propaganda-del-isis-20180429-0800/',
    date: '2018-04-29',
  },
  franceinfo: {
    publisher: 'franceinfo',
    about: 'Report in French on the operation, quoting a Europol official',
    url: 'https://www.francetvinfo.fr/monde/proche-orient/offensive-jihadiste-en-irak/l-offensive-d-europol-contre-l-organe-de-propagande-de-daech-va-permettre-d-identifier-des-personnes-en-voie-de-radicalisation_2726365.html',
  },
  xinhua: {
    publisher: 'Xinhua, via China.org.cn',
    about: 'Report on Catherine De Bolle succeeding Rob Wainwright at Europol',
    url: 'http://en.chinagate.cn/2018-05/02/content_51087028.htm',
  },
  lawSocieties: {
    publisher: 'Law Societies’ Joint Brussels Office',
    about: 'Article on Julian King, the last British EU commissioner',
    url: 'https://www.lawsocieties.eu/latest-news/the-last-commissioner/5059540.article',
  },
  europolTelegram: {
    publisher: 'Europol',
    title: 'Europol and Telegram take on terrorist propaganda online',
    titleFrom: 'facts',
    about: 'Europol’s release on the November 2019 action',
    url: 'https://www.europol.europa.eu/newsroom/news/europol-and-telegram-take-terrorist-propaganda-online',
    date: '2019-11-25',
  },
  hurriyet: {
    publisher: 'Hürriyet Daily News (Anadolu)',
    about: 'Report on the November 2019 action and who led it',
    url: 'http://www.hurriyetdailynews.com/europol-disrupts-isils-online-activities-in-europe-149125',
    date: '2019-11-26',
  },
  wikiAmaq: {
    publisher: 'Wikipedia',
    about: 'Wikipedia article on Amaq News Agency',
    url: 'https://en.wikipedia.org/wiki/Amaq_News_Agency',
  },
  wikiBayan: {
    publisher: 'Wikipedia',
    about: 'Wikipedia article on al-Bayan radio',
    url: 'https://en.wikipedia.org/wiki/Al-Bayan_(radio_station)',
  },
  diyaruna: {
    publisher: 'Diyaruna',
    about: 'Report on the airstrike that took the Mosul station off air',
    url: 'http://diyaruna.com/en_GB/articles/cnmi_di/features/2017/03/10/feature-02',
    date: '2017-03-10',
  },
  bbcNashir: {
    publisher: 'BBC Monitoring, on BBC News',
    about: 'Report on the launch of Isis’s Telegram channel Nashir',
    url: 'https://www.bbc.com/news/technology-34466287',
    date: '2015',
  },
  memri: {
    publisher: 'MEMRI Cyber & Jihad Lab',
    about: 'Report on Nasher News on Telegram',
    url: 'https://memri.org/cjlab/nasher-news-on-telegram-sets-conditions-for-isis-%E2%80%8Esupporters-to-post-groups-content-on-their-own-%E2%80%8Echannels-directs-them-to-twitter',
    date: '2017-07',
  },
  halummu: {
    publisher: 'The Media Line, via reflectiigeopolitice.ro',
    about: 'Later report (2022 or after) on jihadist manuals reaching Europe',
    url: 'https://reflectiigeopolitice.ro/why-are-jihadist-manuals-continuing-to-reach-europe',
  },
} as const satisfies Record<string, Source>;

export const SOURCES = { ...REPORT_SOURCES, ...ATTACK_SOURCES } as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
