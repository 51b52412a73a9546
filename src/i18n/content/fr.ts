/**
 * Content translations into French, keyed by the English text (src/i18n/localize.ts).
 * Translated by the engineer who built the language support, not reviewed by a native speaker.
 * Quotations stay verbatim in their own language (“…”), with our translation after them, marked as ours.
 */
import type { ContentMap } from '../localize.ts';

export const FR: ContentMap = {
  'Europol-coordinated operation · 25–26 April 2018': 'Opération coordonnée par Europol · 25–26 avril 2018',
  'Eight countries, two days: the takedown of Isis propaganda outlets':
    'Huit pays, deux jours : le démantèlement des médias de propagande de l’EI',
  'On 25–26 April 2018 agencies in eight countries, led by Belgian prosecutors and coordinated from The Hague, hit Amaq and other Isis media outlets, Europol said.':
    'Les 25 et 26 avril 2018, des services de huit pays, sous la direction de procureurs belges et coordonnés depuis La Haye, ont frappé Amaq et d’autres médias de l’EI, selon Europol.',
  'Wednesday 25 to Thursday 26 April 2018; Europol announced it on 27 April.':
    'Du mercredi 25 au jeudi 26 avril 2018 ; Europol l’a annoncé le 27 avril.',
  'Europol said law enforcement teams from Europe, the US and Canada had disabled the key communications channels of the Islamic State group, in a coordinated operation involving agencies in eight countries.':
    'Selon Europol, des équipes des forces de l’ordre d’Europe, des États-Unis et du Canada ont mis hors service les principaux canaux de communication du groupe État islamique, lors d’une opération coordonnée impliquant des services de huit pays.',
  'Europol said the two-day, simultaneous takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Selon Europol, le démantèlement simultané, mené sur deux jours, visait Amaq, un média de propagande se présentant comme une agence de presse, ainsi que “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (notre traduction : « des canaux de propagande secondaires, dont la radio Bayan, Halumu et Nashir news »).',
  'It was coordinated from Europol’s headquarters in The Hague and backed by Eurojust; Europol said it was led by Belgian prosecutors.':
    'L’opération a été coordonnée depuis le siège d’Europol à La Haye, avec l’appui d’Eurojust ; selon Europol, elle était dirigée par des procureurs belges.',
  'Europol said the aim was to disrupt the flow of Isis propaganda severely, hampering its broadcasts for an undetermined time.':
    'Selon Europol, le but était de perturber gravement la diffusion de la propagande de l’EI, en entravant ses émissions pour une durée indéterminée.',
  'Europol said national police forces expect the data retrieved to help identify the administrators of Isis media outlets and potentially radicalised people in Europe and beyond.':
    'Selon Europol, les polices nationales comptent sur les données saisies pour identifier les administrateurs des médias de l’EI et, potentiellement, des personnes radicalisées en Europe et au-delà.',
  'A propaganda outlet styled as a news agency. The report calls it “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism”; Europol called it the group’s “main mouthpiece”.':
    'Un média de propagande se présentant comme une agence de presse. Le reportage le décrit comme “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism” (notre traduction : « l’agence de presse dont le groupe se sert pour diffuser ses revendications d’attentats et son message djihadiste ») ; Europol l’a qualifié de “main mouthpiece” (notre traduction : « principal porte-voix ») du groupe.',
  'Europol said Isis officially endorsed it in July 2017 and that it became the primary source of information on the group’s activities worldwide.':
    'Selon Europol, l’EI l’a officiellement adoubé en juillet 2017 et il est devenu la principale source d’information sur les activités du groupe dans le monde.',
  'Wikipedia calls it a news outlet linked to the Islamic State, first noticed during the siege of Kobanî in 2014 and often the first place claims of responsibility appear.':
    'Wikipédia le décrit comme un média lié à l’État islamique, apparu pendant le siège de Kobané en 2014, et souvent le premier à publier les revendications.',
  'Isis’s official radio station, once on 92.5 FM in Mosul. By 2018, when the takedown targeted it, it was an online outlet.':
    'La radio officielle de l’EI, autrefois sur 92,5 FM à Mossoul. En 2018, quand le démantèlement l’a visée, c’était un média en ligne.',
  'An Iraqi airstrike took the Mosul station off air on 25 February 2017.':
    'Une frappe aérienne irakienne a réduit au silence la station de Mossoul le 25 février 2017.',
  'A later source (2022 or after) calls Halummu “a distribution and translation conduit for official statements”; that it was the same in April 2018 is not confirmed.':
    'Une source postérieure (2022 ou après) décrit Halummu comme “a distribution and translation conduit for official statements” (notre traduction : « un canal de diffusion et de traduction des communiqués officiels ») ; qu’il en allait de même en avril 2018 n’est pas confirmé.',
  'We found no description of Halumu from 2018.':
    'Nous n’avons trouvé aucune description de Halumu datant de 2018.',
  'An Isis distribution network, chiefly on Telegram; the name means “Distributor”. Its channel was advertised from 2015.':
    'Un réseau de diffusion de l’EI, surtout sur Telegram ; son nom signifie “Distributor” (notre traduction : « Distributeur »). Sa chaîne était promue dès 2015.',
  'By 2017 the main poster of Isis content on Telegram, running dozens of channels, MEMRI reported.':
    'En 2017, principal diffuseur de contenus de l’EI sur Telegram, avec des dizaines de chaînes, selon le MEMRI.',
  'Europol said that at the end of 2017 Isis propaganda was available in at least nine languages, through services such as mailed newsletters and add-ons for common browsers.':
    'Selon Europol, fin 2017 la propagande de l’EI était disponible dans au moins neuf langues, par des services tels que des lettres d’information envoyées par courriel et des extensions pour les navigateurs courants.',
  Paris: 'Paris',
  'Coordinated attacks in Paris (Bataclan, Stade de France, cafés)':
    'Attentats coordonnés à Paris (Bataclan, Stade de France, terrasses de cafés)',
  'The Bataclan theatre, one of several sites': 'Le Bataclan, l’un des différents lieux visés',
  'Claimed in an official Islamic State statement on 14 November 2015.':
    'Revendiqués dans un communiqué officiel de l’État islamique le 14 novembre 2015.',
  'We found no Amaq claim for these attacks.':
    'Nous n’avons trouvé aucune revendication d’Amaq pour ces attentats.',
  Brussels: 'Bruxelles',
  'Bombings at Brussels airport and Maalbeek metro station':
    'Attentats à l’aéroport de Bruxelles et à la station de métro Maelbeek',
  'Maalbeek metro station, one of two sites (the other is the airport)':
    'La station de métro Maelbeek, l’un des deux lieux visés (l’autre est l’aéroport)',
  'Amaq carried the claim the same day.': 'Amaq a diffusé la revendication le jour même.',
  Berlin: 'Berlin',
  'Truck attack on the Breitscheidplatz Christmas market':
    'Attentat au camion sur le marché de Noël de la Breitscheidplatz',
  Breitscheidplatz: 'Breitscheidplatz',
  'Amaq carried the claim on 20 December 2016.': 'Amaq a diffusé la revendication le 20 décembre 2016.',
  Barcelona: 'Barcelone',
  'Van attack on La Rambla': 'Attentat à la camionnette sur La Rambla',
  'A reference point on La Rambla': 'Un point de repère sur La Rambla',
  Trèbes: 'Trèbes',
  'Supermarket siege in Trèbes (Carcassonne and Trèbes attack)':
    'Prise d’otages dans un supermarché de Trèbes (attaques de Carcassonne et Trèbes)',
  'The centre of Trèbes, not the supermarket': 'Le centre de Trèbes, pas le supermarché',
  'Amaq carried a claim for the attack.': 'Amaq a diffusé une revendication de l’attaque.',
  'The report puts the Paris, Brussels, Barcelona and Berlin claims “in 2016”. Only Brussels (22 March 2016) and Berlin (19 December 2016) were in 2016: Paris was on 13 November 2015 and Barcelona on 17 August 2017. The report dates Trèbes correctly, as “last month’s supermarket siege” (23 March 2018).':
    'Le reportage situe les revendications de Paris, Bruxelles, Barcelone et Berlin “in 2016” (notre traduction : « en 2016 »). Seules celles de Bruxelles (22 mars 2016) et de Berlin (19 décembre 2016) datent de 2016 : Paris, c’était le 13 novembre 2015, et Barcelone le 17 août 2017. Le reportage date correctement Trèbes, comme “last month’s supermarket siege” (notre traduction : « la prise d’otages du supermarché le mois dernier ») (23 mars 2018).',
  'The Paris attacks of 13 November 2015 were claimed in an official Islamic State statement. Amaq did carry a claim for a later attack in Paris, the Champs-Élysées shooting of 20 April 2017, so which “Paris” Europol meant is unclear.':
    'Les attentats de Paris du 13 novembre 2015 ont été revendiqués dans un communiqué officiel de l’État islamique. Amaq a bien diffusé la revendication d’une attaque ultérieure à Paris, la fusillade des Champs-Élysées du 20 avril 2017 ; on ne sait donc pas de quel “Paris” Europol parlait.',
  'We found no Amaq claim for the November 2015 Paris attacks.':
    'Nous n’avons trouvé aucune revendication d’Amaq pour les attentats de Paris de novembre 2015.',
  'AFP quoted Europol’s director more broadly: Isis used Amaq to claim “every major attack since 2015 in Europe”.':
    'L’AFP a cité le directeur d’Europol de façon plus large : l’EI se servait d’Amaq pour revendiquer “every major attack since 2015 in Europe” (notre traduction : « chaque attentat majeur en Europe depuis 2015 »).',
  'Markers are approximate: each stands at one site of an attack, or at a reference point in the town or street.':
    'Les repères sont approximatifs : chacun se trouve sur l’un des lieux d’un attentat, ou sur un point de repère de la ville ou de la rue.',
  'What was seized where: Europol puts servers in the Netherlands, the US and Canada and digital evidence in Bulgaria, France and Romania; the Belgian federal prosecutor says servers were seized and shut down in all six; Bulgaria’s interior ministry says access to four servers was blocked.':
    'Ce qui a été saisi où : Europol place des serveurs aux Pays-Bas, aux États-Unis et au Canada et des preuves numériques en Bulgarie, en France et en Roumanie ; le parquet fédéral belge affirme que des serveurs ont été saisis et mis hors ligne dans ces six pays ; le ministère bulgare de l’Intérieur indique que l’accès à quatre serveurs a été bloqué.',
  'A Romanian report listed digital material seized in Romania, Bulgaria and France and also in Belgium and the UK, which does not match Europol’s account.':
    'Un article roumain mentionnait du matériel numérique saisi en Roumanie, en Bulgarie et en France, mais aussi en Belgique et au Royaume-Uni, ce qui ne correspond pas à la version d’Europol.',
  "How many took part: AFP reported that “dozens and dozens” of national police forces fanned out in their countries; franceinfo reported about 30 investigators (“Une trentaine d'enquêteurs”).":
    "Combien de participants : l’AFP a rapporté que “dozens and dozens” (notre traduction : « des dizaines et des dizaines ») de polices nationales se sont déployées dans leurs pays ; franceinfo a fait état d’environ 30 enquêteurs (“Une trentaine d'enquêteurs”).",
  'Spain’s interior ministry presented the action as growing out of a Guardia Civil case, listed Panama among the participants and spoke of users identified in 133 countries; Europol’s list of eight includes neither Spain nor Panama.':
    'Le ministère espagnol de l’Intérieur a présenté l’action comme issue d’une enquête de la Guardia Civil, a cité le Panama parmi les participants et a parlé d’utilisateurs identifiés dans 133 pays ; la liste des huit pays d’Europol ne comprend ni l’Espagne ni le Panama.',
  'A Spanish outlet, salamplan.com, said Spain “no ha estado directamente implicada” (our translation: was not directly involved).':
    'Un média espagnol, salamplan.com, a affirmé que l’Espagne “no ha estado directamente implicada” (notre traduction : « n’a pas été directement impliquée »).',
  'AP reported that Nashir was still sharing Isis statements and Amaq reports on Telegram on Friday 27 April.':
    'L’AP a rapporté que Nashir partageait encore des communiqués de l’EI et des dépêches d’Amaq sur Telegram le vendredi 27 avril.',
  'Charlie Winter, an expert on radicalisation at King’s College London, said Amaq had since published more than a dozen items, through a different channel than usual, Euronews reported.':
    'Charlie Winter, spécialiste de la radicalisation au King’s College de Londres, a déclaré qu’Amaq avait depuis publié plus d’une douzaine de contenus, par un autre canal que d’habitude, selon Euronews.',
  'RTL quoted Wassim Nasr as saying the propaganda was interrupted for only about two hours.':
    'RTL a cité Wassim Nasr, selon qui la propagande n’a été interrompue qu’environ deux heures.',
  'Rob Wainwright’s term as Europol’s director ended on 1 May 2018, days after the operation.':
    'Le mandat de Rob Wainwright à la tête d’Europol a pris fin le 1er mai 2018, quelques jours après l’opération.',
  'Belgium led a similar action again in November 2019: a Belgian investigating judge and the Federal Prosecutor’s Office managed it, and Europol’s Internet Referral Unit organised it at its headquarters in The Hague.':
    'La Belgique a de nouveau mené une action semblable en novembre 2019 : un juge d’instruction belge et le parquet fédéral l’ont dirigée, et l’unité de signalement des contenus sur Internet d’Europol l’a organisée à son siège de La Haye.',
  'Sources: news report, April 2018; Europol’s release (reposted); public reports cited in each panel. Map: Natural Earth (public domain).':
    'Sources : reportage d’avril 2018 ; communiqué d’Europol (republié) ; sources publiques citées dans chaque panneau. Carte : Natural Earth (domaine public).',
  'Coordinated from The Hague': 'Coordonnée depuis La Haye',
  'The report says the two-day takedown was coordinated from Europol’s headquarters in The Hague and backed by Eurojust, the EU’s judicial cooperation agency.':
    'Selon le reportage, le démantèlement de deux jours a été coordonné depuis le siège d’Europol à La Haye, avec l’appui d’Eurojust, l’agence de l’UE pour la coopération judiciaire.',
  'Europol said the EU Internet Referral Unit of its European Counter Terrorism Centre coordinated it.':
    'Selon Europol, l’unité de l’UE chargée du signalement des contenus sur Internet, au sein de son Centre européen de la lutte contre le terrorisme, l’a coordonné.',
  'We found no source that describes what Eurojust concretely did in April 2018.':
    'Nous n’avons trouvé aucune source décrivant ce qu’Eurojust a concrètement fait en avril 2018.',
  'Belgium led': 'La Belgique aux commandes',
  'Europol said Belgian prosecutors led the operation; its release names the Belgian Federal Prosecutor’s Office.':
    'Selon Europol, des procureurs belges ont dirigé l’opération ; son communiqué cite le parquet fédéral belge.',
  'In Belgium, the federal judicial police of Ghent took part in the action.':
    'En Belgique, la police judiciaire fédérale de Gand a participé à l’action.',
  'Evidence: France, Romania, Bulgaria': 'Preuves : France, Roumanie, Bulgarie',
  'Europol said French, Romanian and Bulgarian police had quantities of digital evidence; the Guardian reported digital evidence seized in all three.':
    'Selon Europol, les polices française, roumaine et bulgare détenaient des quantités de preuves numériques ; le Guardian a fait état de preuves numériques saisies dans ces trois pays.',
  'Bulgaria’s interior ministry said access was blocked to four servers Amaq used there.':
    'Le ministère bulgare de l’Intérieur a indiqué que l’accès à quatre serveurs utilisés par Amaq dans le pays avait été bloqué.',
  'We found no source naming the French or Romanian service that acted.':
    'Nous n’avons trouvé aucune source nommant le service français ou roumain qui est intervenu.',
  'Servers: the Netherlands, the US, Canada': 'Serveurs : Pays-Bas, États-Unis, Canada',
  'Europol said law enforcement officers in the Netherlands, the US and Canada captured Isis servers.':
    'Selon Europol, des agents des forces de l’ordre aux Pays-Bas, aux États-Unis et au Canada ont saisi des serveurs de l’EI.',
  'Dutch justice authorities confirmed servers were taken offline; Global News reported no arrests in Canada.':
    'La justice néerlandaise a confirmé que des serveurs avaient été mis hors ligne ; Global News n’a fait état d’aucune arrestation au Canada.',
  'The Belgian federal prosecutor named more countries: servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Le parquet fédéral belge a cité davantage de pays : des serveurs ont été saisis et mis hors ligne en Bulgarie, en France, en Roumanie, aux Pays-Bas, au Canada et aux États-Unis.',
  'Registrars: the United Kingdom': 'Bureaux d’enregistrement : Royaume-Uni',
  'Europol said Britain’s Counter Terrorism Internet Referral Unit identified the top-level domain registrars Isis had abused.':
    'Selon Europol, l’unité britannique de signalement des contenus terroristes sur Internet a identifié les bureaux d’enregistrement de domaines de premier niveau dont l’EI avait abusé.',
  'The unit sits in the Metropolitan Police’s Counter Terrorism Command; PA reported that it led the referral of abused web domains.':
    'L’unité fait partie du commandement antiterroriste de la police métropolitaine de Londres ; selon PA, elle a dirigé le signalement des domaines web détournés.',
  'Two strikes before, after an alert': 'Deux frappes avant, après une alerte',
  'Europol said the case began at the end of 2015, when it alerted EU member states to the rise of Amaq.':
    'Selon Europol, l’affaire a commencé fin 2015, quand l’agence a alerté les États membres de l’UE de la montée en puissance d’Amaq.',
  'The report calls April 2018 the third strike since 2016, when Amaq’s app and web assets were first targeted; Europol’s release names no lead country for that first takedown.':
    'Le reportage fait d’avril 2018 la troisième frappe depuis 2016, quand l’application et les ressources web d’Amaq ont été visées pour la première fois ; le communiqué d’Europol ne nomme aucun pays pilote pour ce premier démantèlement.',
  'In June 2017 Spain’s Guardia Civil led the second, supported by Europol and the US; the servers it seized led to radicalised people being identified in more than 100 countries.':
    'En juin 2017, la Guardia Civil espagnole a mené la deuxième, avec le soutien d’Europol et des États-Unis ; les serveurs saisis ont permis d’identifier des personnes radicalisées dans plus de 100 pays.',
  'The outlets': 'Les médias',
  'Europol said the takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Selon Europol, le démantèlement visait Amaq, un média de propagande se présentant comme une agence de presse, ainsi que “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (notre traduction : « des canaux de propagande secondaires, dont la radio Bayan, Halumu et Nashir news »).',
  'Afterwards, and where sources disagree': 'Ensuite, et là où les sources divergent',
  'Belgian Federal Prosecutor’s Office': 'Parquet fédéral belge',
  'Led the operation: Europol said Belgian prosecutors led it, and its release names the Belgian Federal Prosecutor’s Office.':
    'A dirigé l’opération : selon Europol, des procureurs belges l’ont menée, et son communiqué cite le parquet fédéral belge.',
  'The federal prosecutor gave the aim as “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (our translation: to severely destabilise IS’s propaganda apparatus and to identify and arrest the administrators of these servers).':
    'Le procureur fédéral a présenté l’objectif ainsi : “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs”.',
  'Cybercrime department of GDBOP (Chief Directorate Combating Organised Crime), Interior Ministry':
    'Service de lutte contre la cybercriminalité de la GDBOP (Direction générale de la lutte contre le crime organisé), ministère de l’Intérieur',
  'Europol said police in Bulgaria had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Selon Europol, la police bulgare détenait des quantités de preuves numériques ; le Guardian a fait état de preuves numériques saisies dans le pays.',
  'The interior ministry said access was blocked to four servers Amaq used in Bulgaria.':
    'Le ministère de l’Intérieur a indiqué que l’accès à quatre serveurs utilisés par Amaq en Bulgarie avait été bloqué.',
  'Europol lists Bulgaria for digital evidence; Bulgaria’s interior ministry speaks of four servers blocked, and the Belgian federal prosecutor of servers seized and shut down there.':
    'Europol cite la Bulgarie pour des preuves numériques ; le ministère bulgare de l’Intérieur parle de quatre serveurs bloqués, et le parquet fédéral belge de serveurs saisis et mis hors ligne dans le pays.',
  'Europol said law enforcement officers captured Isis servers in Canada; Global News reported servers seized there.':
    'Selon Europol, des agents des forces de l’ordre ont saisi des serveurs de l’EI au Canada ; Global News a fait état de serveurs saisis dans le pays.',
  'No arrests were made in Canada, Global News reported.':
    'Aucune arrestation n’a eu lieu au Canada, selon Global News.',
  'An RCMP spokesperson declined to comment further on what they called an ongoing law enforcement operation.':
    'Un porte-parole de la GRC a refusé d’en dire plus sur ce qu’il a qualifié d’opération policière en cours.',
  'The Belgian federal prosecutor said servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Le parquet fédéral belge a déclaré que des serveurs avaient été saisis et mis hors ligne en Bulgarie, en France, en Roumanie, aux Pays-Bas, au Canada et aux États-Unis.',
  'Europol said police in France had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Selon Europol, la police française détenait des quantités de preuves numériques ; le Guardian a fait état de preuves numériques saisies dans le pays.',
  'Europol said officers in the Netherlands captured Isis servers; NOS reported that servers of Amaq were seized there.':
    'Selon Europol, des agents aux Pays-Bas ont saisi des serveurs de l’EI ; la NOS a rapporté que des serveurs d’Amaq y avaient été saisis.',
  'Dutch justice authorities (“Justitie”) confirmed that servers were taken offline in the Netherlands too, without giving places or numbers.':
    'La justice néerlandaise (“Justitie”) a confirmé que des serveurs avaient aussi été mis hors ligne aux Pays-Bas, sans préciser de lieux ni de nombres.',
  'Police would not say whether anyone was arrested, NOS reported.':
    'La police n’a pas voulu dire si des personnes avaient été arrêtées, selon la NOS.',
  'Europol said police in Romania had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Selon Europol, la police roumaine détenait des quantités de preuves numériques ; le Guardian a fait état de preuves numériques saisies dans le pays.',
  'Counter Terrorism Internet Referral Unit (CTIRU), in the Metropolitan Police’s Counter Terrorism Command':
    'Unité de signalement des contenus terroristes sur Internet (CTIRU), au sein du commandement antiterroriste de la police métropolitaine de Londres',
  'Europol said the unit identified the top-level domain registrars that Isis had abused.':
    'Selon Europol, l’unité a identifié les bureaux d’enregistrement de domaines de premier niveau dont l’EI avait abusé.',
  'PA reported that it led the work of identifying and referring web domains abused by the group.':
    'Selon PA, elle a dirigé le travail d’identification et de signalement des domaines web détournés par le groupe.',
  'Europol said law enforcement officers captured Isis servers in the US; the Guardian reported servers seized there.':
    'Selon Europol, des agents des forces de l’ordre ont saisi des serveurs de l’EI aux États-Unis ; le Guardian a fait état de serveurs saisis dans le pays.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters and Eurojust; not either building':
    'Le centre de congrès World Forum à La Haye, à côté du siège d’Europol et d’Eurojust ; ni l’un ni l’autre bâtiment',
  'Europol headquarters': 'Siège d’Europol',
  'The report says the two-day action was coordinated from Europol’s headquarters in The Hague. The building is at Eisenhowerlaan 73.':
    'Selon le reportage, l’action de deux jours a été coordonnée depuis le siège d’Europol à La Haye. Le bâtiment se trouve Eisenhowerlaan 73.',
  'EU Internet Referral Unit (EU IRU)':
    'Unité de l’UE chargée du signalement des contenus sur Internet (EU IRU)',
  'Europol said the takedown was coordinated by its EU IRU, set up in July 2015, within its European Counter Terrorism Centre (ECTC), launched on 25 January 2016.':
    'Selon Europol, le démantèlement a été coordonné par son EU IRU, créée en juillet 2015, au sein de son Centre européen de la lutte contre le terrorisme (ECTC), lancé le 25 janvier 2016.',
  Eurojust: 'Eurojust',
  'The report says the operation was backed by Eurojust, the EU’s judicial cooperation agency; DW spoke of its assistance. Eurojust has been based at Johan de Wittlaan 9, The Hague, since 2017.':
    'Selon le reportage, l’opération a été appuyée par Eurojust, l’agence de l’UE pour la coopération judiciaire ; la DW a évoqué son assistance. Eurojust est installée Johan de Wittlaan 9, à La Haye, depuis 2017.',
  'The marker stands at the World Forum: Europol’s building stands on land cleared from the convention centre, and Eurojust’s premises are on the edge of the World Forum area.':
    'Le repère se trouve au World Forum : le bâtiment d’Europol a été construit sur un terrain détaché du centre de congrès, et les locaux d’Eurojust sont en bordure du quartier du World Forum.',
  'We found no source giving building-level coordinates for either agency, so the marker is approximate.':
    'Nous n’avons trouvé aucune source donnant les coordonnées exactes des bâtiments de l’une ou l’autre agence ; le repère est donc approximatif.',
  'End of 2015 (alert)': 'Fin 2015 (alerte)',
  'Not a strike: Europol said the case began when it alerted all EU member states to the rise of Amaq and the technical resilience of its online infrastructure.':
    'Pas une frappe : selon Europol, l’affaire a commencé quand l’agence a alerté tous les États membres de l’UE de la montée en puissance d’Amaq et de la résilience technique de son infrastructure en ligne.',
  '25–26 April 2018': '25–26 avril 2018',
  'Belgium (Federal Prosecutor’s Office)': 'Belgique (parquet fédéral)',
  'The report calls it “the third such strike” since 2016; Europol called it a “simultaneous, multinational takedown”, involving agencies in eight countries and coordinated from The Hague.':
    'Le reportage la qualifie de “the third such strike” (notre traduction : « la troisième frappe de ce type ») depuis 2016 ; Europol a parlé d’un “simultaneous, multinational takedown” (notre traduction : « démantèlement simultané et multinational »), impliquant des services de huit pays et coordonné depuis La Haye.',
  'A Europol official told franceinfo it was “la troisième action sur les deux dernières années” (our translation: the third action in the last two years), the first in summer 2016 and the second in summer 2017.':
    'Un responsable d’Europol a déclaré à franceinfo qu’il s’agissait de “la troisième action sur les deux dernières années”, la première à l’été 2016 et la deuxième à l’été 2017.',
  'executive director of the European police agency': 'directeur exécutif de l’agence européenne de police',
  'With this groundbreaking operation, we have punched a big hole in the capability of [Isis] to spread propaganda online and radicalise young people in Europe,':
    'Avec cette opération inédite, nous avons porté un coup sévère à la capacité de [l’EI] à diffuser sa propagande en ligne et à radicaliser des jeunes en Europe,',
  'European Commissioner for the Security Union': 'commissaire européen chargé de l’union de la sécurité',
  'by working together we can stamp out the poisonous propaganda ... used to fuel many of the recent terror attacks in Europe.':
    'en travaillant ensemble, nous pouvons éradiquer cette propagande empoisonnée ... utilisée pour alimenter bon nombre des récents attentats terroristes en Europe.',
  'The starting point is a news report of April 2018 on the operation, read in a syndicated copy; its paragraphs are cited as “article ¶N”.':
    'Le point de départ est un reportage d’avril 2018 sur l’opération, lu dans une copie reprise par d’autres titres ; ses paragraphes sont cités sous la forme “article ¶N”.',
  'Every other fact was looked up in public pages (Europol’s release as reposted in full, national police and justice statements as reported by the press, news reports in several languages), read from archived copies, and checked against the report. Each fact names its sources; quotations are verbatim, and a translation is marked as ours.':
    'Tous les autres faits ont été vérifiés dans des pages publiques (le communiqué d’Europol republié en entier, des déclarations de polices et de parquets nationaux rapportées par la presse, des articles en plusieurs langues), lues dans des copies archivées, et confrontés au reportage. Chaque fait cite ses sources ; les citations sont reproduites mot pour mot, et une traduction est signalée comme la nôtre.',
  'Where a statement is someone’s account rather than a checked fact, it says whose (“Europol said…”). Where sources disagree, both accounts are shown.':
    'Quand une affirmation est la version de quelqu’un plutôt qu’un fait vérifié, le texte dit de qui (« Selon Europol… »). Quand les sources divergent, les deux versions sont présentées.',
  Unconfirmed: 'Non confirmé',
  'a source says it, but no other source confirms it, or it applies a later source to 2018.':
    'une source l’affirme, mais aucune autre ne le confirme, ou bien elle applique à 2018 une source postérieure.',
  'a source says it, but no other source confirms it.':
    'une source l’affirme, mais aucune autre ne le confirme.',
  'Not named': 'Non nommé',
  'we found no source naming the agency that acted in that country; it does not mean none took part.':
    'nous n’avons trouvé aucune source nommant le service qui est intervenu dans ce pays ; cela ne signifie pas qu’aucun n’y a pris part.',
  'Research note': 'Note de recherche',
  'a finding of our research, such as what we could not find; no page is cited because no page says it.':
    'un résultat de nos recherches, par exemple ce que nous n’avons pas trouvé ; aucune page n’est citée, car aucune page ne le dit.',
  'Each panel cites its sources; the downloads list every source with its address. A repost or a copy is named as one. Markers for places and attacks are approximate.':
    'Chaque panneau cite ses sources ; les téléchargements donnent chaque source avec son adresse. Une republication ou une copie est signalée comme telle. Les repères des lieux et des attentats sont approximatifs.',
  'Country outlines: Natural Earth via world-atlas (public domain).':
    'Contours des pays : Natural Earth via world-atlas (domaine public).',
  'Research, data and map: the Takedown Map project; code and data under the MIT licence.':
    'Recherche, données et carte : le projet Takedown Map ; code et données sous licence MIT.',
  'Corrected: claims by Europol and others are now attributed to them; the report’s “in 2016” is corrected without blaming it for Trèbes; the end-of-2015 entry is shown as an alert, not a strike; Eurojust’s address is given as its location only; Julian King’s title; source names and titles; added the scale of the operation, the Romanian and Spanish accounts, the aftermath reported by RTL and Charlie Winter, and context.':
    'Corrigé : les affirmations d’Europol et d’autres leur sont désormais attribuées ; le “in 2016” du reportage est corrigé sans lui reprocher Trèbes ; l’entrée de fin 2015 est présentée comme une alerte, non comme une frappe ; l’adresse d’Eurojust n’est donnée que comme sa localisation ; le titre de Julian King ; les noms et titres des sources ; ajout de l’ampleur de l’opération, des versions roumaine et espagnole, des suites rapportées par RTL et Charlie Winter, et du contexte.',
  'We found no source naming the agency that acted.':
    'Nous n’avons trouvé aucune source nommant le service qui est intervenu.',
};
