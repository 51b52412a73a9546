/**
 * Every source the app cites, once. Facts point here by id; the panels render
 * "article ¶N" for the report and the publisher, linked, for public pages.
 * URLs are copied from research/facts.md.
 */
export interface Source {
  readonly publisher: string;
  readonly title: string;
  /** Absent only for the news report, which is cited by paragraph. */
  readonly url?: string;
  readonly date?: string;
}

export const SOURCES = {
  article: { publisher: 'News report', title: 'News report, April 2018 (syndicated copy)', date: '2018-04' },
  europol: {
    publisher: 'Europol',
    title: 'Islamic State propaganda machine hit by law enforcement in coordinated takedown action (press release, full repost)',
    url: 'https://www.lockcodecybersecurity.com/post/2018/04/27/islamic-state-propaganda-machine-hit-by-law-enforcement-in-coordinated-takedown-action',
    date: '2018-04-27',
  },
  guardian: {
    publisher: 'The Guardian',
    title: "Joint police action 'punches big hole' in Isis propaganda ability",
    url: 'https://www.theguardian.com/world/2018/apr/27/global-police-action-punches-big-hole-isis-propaganda-computer-servers',
    date: '2018-04-27',
  },
  bbc: { publisher: 'BBC', title: 'BBC News, 27 April 2018', url: 'http://www.bbc.com/news/world-europe-43921120', date: '2018-04-27' },
  sofiaGlobe: {
    publisher: 'The Sofia Globe',
    title: 'Bulgaria assists in takedown of Islamic State propaganda machine – Europol',
    url: 'https://sofiaglobe.com/2018/04/27/bulgaria-assists-in-takedown-of-islamic-state-propaganda-machine-europol/',
    date: '2018-04-27',
  },
  laLibreGhent: {
    publisher: 'La Libre Belgique',
    title: "Les polices neutralisent des outils de propagande de l'EI",
    url: 'http://www.lalibre.be/actu/international/les-polices-neutralisent-des-outils-de-propagande-de-l-ei-5ae2db94cd702e6324ee2c67',
    date: '2018-04',
  },
  laLibreProsecutor: {
    publisher: 'La Libre Belgique',
    title: "Vaste opération menée notamment en Belgique pour contrer l'Etat islamique",
    url: 'http://www.lalibre.be/actu/international/vaste-operation-menee-notamment-en-belgique-pour-contrer-l-etat-islamique-5ae2db94cd702e6324ee2c67',
    date: '2018-04',
  },
  flashnews: {
    publisher: 'flashnews.bg',
    title: 'Four servers for Islamic State propaganda stopped in Bulgaria',
    url: 'https://www.flashnews.bg/spryaha-chetiri-sarvara-za-propaganda-na-islyamska-darzhava-u-nas/',
  },
  afpTheNews: {
    publisher: 'AFP via The News',
    title: 'EU, US police cripple IS media mouthpieces',
    url: 'https://www.thenews.com.pk/print/310104-eu-us-police-cripple-is-media-mouthpieces',
  },
  globalNews: { publisher: 'Global News', title: 'ISIS propaganda servers seized in Canada', url: 'https://globalnews.ca/news/4171947/canada-isis-propaganda/' },
  nrc: {
    publisher: 'NRC',
    title: 'Servers IS-persbureau in beslag genomen tijdens Europese actie',
    url: 'https://www.nrc.nl/nieuws/2018/04/27/servers-is-persbureau-in-beslag-genomen-tijdens-europese-actie-a1601101',
    date: '2018-04-27',
  },
  nos: { publisher: 'NOS', title: 'Internationale politieactie tegen propaganda-apparaat IS', url: 'https://nos.nl/artikel/2229276-internationale-politieactie-tegen-propaganda-apparaat-is.html' },
  paAol: {
    publisher: 'PA via AOL UK',
    title: 'Islamic State propaganda machine hit in two-day blitz',
    url: 'https://www.aol.co.uk/news/2018/04/27/islamic-state-propaganda-machine-hit-in-two-day-blitz/',
    date: '2018-04-27',
  },
  ctp: {
    publisher: 'Counter Terrorism Policing',
    title: 'Counter Terrorism Internet Referral Unit',
    url: 'https://www.counterterrorism.police.uk/justicetogether-counter-terrorism-internet-referral-unit/',
  },
  sky: { publisher: 'Sky News via amsterdamtimes.info', title: 'IS propaganda machine crippled in international operation', url: 'https://amsterdamtimes.info/is-propaganda-machine-crippled-in-international-operation/' },
  diarioLeon: {
    publisher: 'Diario de León',
    title: 'La Guardia Civil lidera un duro golpe internacional al Daesh',
    url: 'https://www.diariodeleon.es/nacional/180428/1395110/guardia-civil-lidera-duro-golpe-internacional-daesh_amp.html',
    date: '2018-04-28',
  },
  dw: { publisher: 'DW', title: 'International police severely disrupt IS media mouthpieces', url: 'https://amp.dw.com/en/international-police-severely-disrupt-is-media-mouthpieces/a-43561319', date: '2018-04-27' },
  ctcSentinel: { publisher: 'CTC Sentinel', title: "A View from the CT Foxhole: an official of Europol's EU Internet Referral Unit", url: 'https://ctc.westpoint.edu/view-ct-foxhole-interview-official-europols-eu-internet-referral-unit/' },
  continuity: { publisher: 'Continuity Central', title: 'New European Counter Terrorism Centre launched', url: 'https://continuitycentral.com/index.php/news/resilience-news/832-new-european-counter-terrorism-centre-launched', date: '2016-01-26' },
  rvbEuropol: { publisher: 'Rijksvastgoedbedrijf', title: 'Den Haag, Europol hoofdkantoor', url: 'https://www.rijksvastgoedbedrijf.nl/vastgoed/projecten-in-uitvoering/den-haag-europol-hoofdkantoor' },
  rvbEurojust: { publisher: 'Rijksvastgoedbedrijf', title: "Eurojust new premises in The Hague's international zone", url: 'https://english.rijksvastgoedbedrijf.nl/real-estate/eurojust-new-premises-in-the-hague%E2%80%99s-international-zone' },
  worldForum: { publisher: 'nearbywiki', title: 'World Forum, The Hague (coordinates)', url: 'https://de.nearbywiki.org/detail/7147680' },
  straitsTimes: { publisher: 'The Straits Times (AFP)', title: 'Strike by EU, US silences ISIS media mouthpieces', url: 'https://www.straitstimes.com/world/europe/strike-by-eu-us-silences-isis-media-mouthpieces' },
  apHamilton: { publisher: 'AP via The Hamilton Spectator', title: 'Servers used by Islamic State propaganda sites seized', url: 'http://www.pressreader.com/canada/the-hamilton-spectator/20180428/281689730426795', date: '2018-04-28' },
  rtl: { publisher: 'RTL', title: 'Daesh : la propagande jihadiste de l’EI vraiment neutralisée ?', url: 'https://www.rtl.fr/actu/international/daesh-la-propagande-jihadiste-de-l-ei-vraiment-neutralisee-7793185823' },
  laGaceta: { publisher: 'La Gaceta', title: 'Una operación de la Guardia Civil facilitó el golpe a la propaganda del ISIS', url: 'https://gaceta.es/espana/una-operacion-de-la-guardia-civil-facilito-el-golpe-a-la-propaganda-del-isis-20180429-0800/', date: '2018-04-29' },
  franceinfo: { publisher: 'franceinfo', title: "L'offensive d'Europol contre l'organe de propagande de Daech", url: 'https://www.francetvinfo.fr/monde/proche-orient/offensive-jihadiste-en-irak/l-offensive-d-europol-contre-l-organe-de-propagande-de-daech-va-permettre-d-identifier-des-personnes-en-voie-de-radicalisation_2726365.html' },
  wikiAmaq: { publisher: 'Wikipedia', title: 'Amaq News Agency', url: 'https://en.wikipedia.org/wiki/Amaq_News_Agency' },
  wikiBayan: { publisher: 'Wikipedia (mirror)', title: 'Al-Bayan (radio station)', url: 'https://bahnsport-info.de/bahnsport-info-wikipedia/langbahn-team-weltmeisterschaft/?rdp_we_resource=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FAl-Bayan_%28radio_station%29' },
  diyaruna: { publisher: 'Diyaruna', title: 'Al-Bayan radio taken offline', url: 'http://diyaruna.com/en_GB/articles/cnmi_di/features/2017/03/10/feature-02', date: '2017-03-10' },
  bbcNashir: { publisher: 'BBC Monitoring', title: 'IS launches Telegram channel', url: 'https://www.bbc.com/news/technology-34466287', date: '2015' },
  memri: { publisher: 'MEMRI CJL', title: 'Nasher News on Telegram', url: 'https://memri.org/cjlab/nasher-news-on-telegram-sets-conditions-for-isis-%E2%80%8Esupporters-to-post-groups-content-on-their-own-%E2%80%8Echannels-directs-them-to-twitter', date: '2017-07' },
  halummu: { publisher: 'reflectiigeopolitice.ro / The Media Line', title: 'Why are jihadist manuals continuing to reach Europe', url: 'https://reflectiigeopolitice.ro/why-are-jihadist-manuals-continuing-to-reach-europe' },
  bataclan: { publisher: 'Wikipedia', title: 'Bataclan (theatre)', url: 'https://en.wikipedia.org/wiki/Bataclan_(theatre)' },
  isParis: { publisher: 'Long War Journal (via derechos.org)', title: 'Islamic State claims Paris attacks', url: 'https://www.derechos.org/peace/syria/doc/isparis6.html' },
  toiBrussels: { publisher: 'The Times of Israel', title: 'Islamic State claims Brussels terror attacks', url: 'https://www.timesofisrael.com/islamic-state-claims-brussels-terror-attacks/' },
  wikiMaalbeek: { publisher: 'Wikipedia', title: 'Maalbeek/Maelbeek metro station', url: 'https://en.m.wikipedia.org/wiki/Maalbeek/Maelbeek_metro_station' },
  berlinWiki: { publisher: 'Wikipedia (mirror)', title: '2016 Berlin attack', url: 'http://piglix.com/piglix/2016_Berlin_attack' },
  gulfNews: { publisher: 'Gulf News', title: 'Daesh claims Berlin Christmas market truck attack', url: 'http://gulfnews.com/news/europe/germany/daesh-claims-berlin-christmas-market-truck-attack-1.1949360', date: '2016-12-20' },
  reutersBarcelona: { publisher: 'Reuters', title: 'Islamic State claims Barcelona attack', url: 'http://www.reuters.com/article/us-spain-barcelona-islamic-state-idUSKCN1AX2GQ', date: '2017-08-17' },
  ramblas: { publisher: 'Wikipedia (mirror)', title: 'Las Ramblas', url: 'http://piglix.com/piglix/Las_Ramblas' },
  trebesWiki: { publisher: 'Wikipedia', title: 'Carcassonne and Trèbes attack', url: 'https://en.wikipedia.org/wiki/Carcassonne_and_Tr%C3%A8bes_attack' },
  trebesAmaq: { publisher: 'Wikipedia (mirror)', title: 'Carcassonne and Trèbes attack', url: 'http://chaos.owiki.org/wiki/Carcassonne_and_Tr%C3%A8bes_attack' },
  trebesCoords: { publisher: 'Wikipedia (2018 copy)', title: 'Trèbes', url: 'https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Tr%C3%A8bes.html' },
  krone: { publisher: 'Krone.at', title: 'Jihadistenmiliz IS reklamierte Angriff in Paris für sich', url: 'http://www.krone.at/schlagzeilen/jihadistenmiliz-is-reklamierte-angriff-in-paris-fuer-sich-amaq-schlagzeilen-story-565629', date: '2017-04' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
