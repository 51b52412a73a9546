/**
 * Content translations into Dutch, keyed by the English text (src/i18n/localize.ts).
 * Translated by the engineer who built the language support, not reviewed by a native speaker.
 * Quotations stay verbatim in their own language (“…”), with our translation after them, marked as ours.
 */
import type { ContentMap } from '../localize.ts';

export const NL: ContentMap = {
  'Europol-coordinated operation · 25–26 April 2018':
    'Door Europol gecoördineerde operatie · 25–26 april 2018',
  'Eight countries, two days: the takedown of Isis propaganda outlets':
    'Acht landen, twee dagen: het uitschakelen van propagandamedia van IS',
  'On 25–26 April 2018 agencies in eight countries, led by Belgian prosecutors and coordinated from The Hague, hit Amaq and other Isis media outlets, Europol said.':
    'Op 25 en 26 april 2018 troffen diensten in acht landen, onder leiding van Belgische aanklagers en gecoördineerd vanuit Den Haag, Amaq en andere mediakanalen van IS, aldus Europol.',
  'Wednesday 25 to Thursday 26 April 2018; Europol announced it on 27 April.':
    'Woensdag 25 tot en met donderdag 26 april 2018; Europol maakte het op 27 april bekend.',
  'Europol said law enforcement teams from Europe, the US and Canada had disabled the key communications channels of the Islamic State group, in a coordinated operation involving agencies in eight countries.':
    'Volgens Europol hebben opsporingsteams uit Europa, de VS en Canada de belangrijkste communicatiekanalen van Islamitische Staat uitgeschakeld, in een gecoördineerde operatie waarbij diensten in acht landen betrokken waren.',
  'Europol said the two-day, simultaneous takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Volgens Europol was de gelijktijdige actie van twee dagen gericht op Amaq, een propagandakanaal dat zich voordoet als persbureau, en op “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (onze vertaling: ‘kleinere propagandakanalen, waaronder Bayan radio, Halumu en Nashir news’).',
  'It was coordinated from Europol’s headquarters in The Hague and backed by Eurojust; Europol said it was led by Belgian prosecutors.':
    'De actie werd gecoördineerd vanuit het hoofdkantoor van Europol in Den Haag en gesteund door Eurojust; volgens Europol stond ze onder leiding van Belgische aanklagers.',
  'Europol said the aim was to disrupt the flow of Isis propaganda severely, hampering its broadcasts for an undetermined time.':
    'Volgens Europol was het doel de stroom van IS-propaganda ernstig te verstoren en de uitzendingen voor onbepaalde tijd te belemmeren.',
  'Europol said national police forces expect the data retrieved to help identify the administrators of Isis media outlets and potentially radicalised people in Europe and beyond.':
    'Volgens Europol verwachten nationale politiediensten dat de buitgemaakte gegevens helpen om de beheerders van IS-media en mogelijk geradicaliseerde personen in Europa en daarbuiten te identificeren.',
  'A propaganda outlet styled as a news agency. The report calls it “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism”; Europol called it the group’s “main mouthpiece”.':
    'Een propagandakanaal dat zich voordoet als persbureau. Het bericht noemt het “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism” (onze vertaling: ‘het persbureau waarmee de groep aanslagen opeist en haar jihadistische boodschap verspreidt’); Europol noemde het de “main mouthpiece” (onze vertaling: ‘belangrijkste spreekbuis’) van de groep.',
  'Europol said Isis officially endorsed it in July 2017 and that it became the primary source of information on the group’s activities worldwide.':
    'Volgens Europol heeft IS het in juli 2017 officieel erkend en werd het de belangrijkste informatiebron over de activiteiten van de groep wereldwijd.',
  'Wikipedia calls it a news outlet linked to the Islamic State, first noticed during the siege of Kobanî in 2014 and often the first place claims of responsibility appear.':
    'Wikipedia noemt het een nieuwskanaal gelieerd aan Islamitische Staat, voor het eerst opgemerkt tijdens het beleg van Kobani in 2014 en vaak de eerste plek waar aanslagen worden opgeëist.',
  'Isis’s official radio station, once on 92.5 FM in Mosul. By 2018, when the takedown targeted it, it was an online outlet.':
    'Het officiële radiostation van IS, ooit op 92,5 FM in Mosul. In 2018, toen de actie het trof, was het een onlinekanaal.',
  'An Iraqi airstrike took the Mosul station off air on 25 February 2017.':
    'Een Iraakse luchtaanval legde het station in Mosul op 25 februari 2017 stil.',
  'A later source (2022 or after) calls Halummu “a distribution and translation conduit for official statements”; that it was the same in April 2018 is not confirmed.':
    'Een latere bron (2022 of later) noemt Halummu “a distribution and translation conduit for official statements” (onze vertaling: ‘een kanaal voor de verspreiding en vertaling van officiële verklaringen’); dat dit in april 2018 ook zo was, is niet bevestigd.',
  'We found no description of Halumu from 2018.': 'We vonden geen beschrijving van Halumu uit 2018.',
  'An Isis distribution network, chiefly on Telegram; the name means “Distributor”. Its channel was advertised from 2015.':
    'Een verspreidingsnetwerk van IS, vooral op Telegram; de naam betekent “Distributor” (onze vertaling: ‘verspreider’). Het kanaal werd sinds 2015 aangeprezen.',
  'By 2017 the main poster of Isis content on Telegram, running dozens of channels, MEMRI reported.':
    'In 2017 de belangrijkste verspreider van IS-inhoud op Telegram, met tientallen kanalen, aldus MEMRI.',
  'Europol said that at the end of 2017 Isis propaganda was available in at least nine languages, through services such as mailed newsletters and add-ons for common browsers.':
    'Volgens Europol was IS-propaganda eind 2017 in minstens negen talen beschikbaar, via diensten als nieuwsbrieven per e-mail en extensies voor gangbare browsers.',
  Paris: 'Parijs',
  'Coordinated attacks in Paris (Bataclan, Stade de France, cafés)':
    'Gecoördineerde aanslagen in Parijs (Bataclan, Stade de France, cafés)',
  'The Bataclan theatre, one of several sites': 'Het Bataclan-theater, een van de verschillende plekken',
  'Claimed in an official Islamic State statement on 14 November 2015.':
    'Opgeëist in een officiële verklaring van Islamitische Staat op 14 november 2015.',
  'We found no Amaq claim for these attacks.': 'We vonden geen claim van Amaq voor deze aanslagen.',
  Brussels: 'Brussel',
  'Bombings at Brussels airport and Maalbeek metro station':
    'Bomaanslagen op de luchthaven van Brussel en in metrostation Maalbeek',
  'Maalbeek metro station, one of two sites (the other is the airport)':
    'Metrostation Maalbeek, een van de twee plekken (de andere is de luchthaven)',
  'Amaq carried the claim the same day.': 'Amaq bracht de claim dezelfde dag.',
  Berlin: 'Berlijn',
  'Truck attack on the Breitscheidplatz Christmas market':
    'Aanslag met een vrachtwagen op de kerstmarkt op de Breitscheidplatz',
  Breitscheidplatz: 'Breitscheidplatz',
  'Amaq carried the claim on 20 December 2016.': 'Amaq bracht de claim op 20 december 2016.',
  Barcelona: 'Barcelona',
  'Van attack on La Rambla': 'Aanslag met een bestelbus op La Rambla',
  'A reference point on La Rambla': 'Een referentiepunt op La Rambla',
  Trèbes: 'Trèbes',
  'Supermarket siege in Trèbes (Carcassonne and Trèbes attack)':
    'Gijzeling in een supermarkt in Trèbes (aanslagen in Carcassonne en Trèbes)',
  'The centre of Trèbes, not the supermarket': 'Het centrum van Trèbes, niet de supermarkt',
  'Amaq carried a claim for the attack.': 'Amaq bracht een claim voor de aanslag.',
  'The report puts the Paris, Brussels, Barcelona and Berlin claims “in 2016”. Only Brussels (22 March 2016) and Berlin (19 December 2016) were in 2016: Paris was on 13 November 2015 and Barcelona on 17 August 2017. The report dates Trèbes correctly, as “last month’s supermarket siege” (23 March 2018).':
    'Het bericht plaatst de claims van Parijs, Brussel, Barcelona en Berlijn “in 2016” (onze vertaling: ‘in 2016’). Alleen Brussel (22 maart 2016) en Berlijn (19 december 2016) vonden in 2016 plaats: Parijs was op 13 november 2015 en Barcelona op 17 augustus 2017. Trèbes dateert het bericht correct, als “last month’s supermarket siege” (onze vertaling: ‘de gijzeling in de supermarkt vorige maand’) (23 maart 2018).',
  'The Paris attacks of 13 November 2015 were claimed in an official Islamic State statement. Amaq did carry a claim for a later attack in Paris, the Champs-Élysées shooting of 20 April 2017, so which “Paris” Europol meant is unclear.':
    'De aanslagen in Parijs van 13 november 2015 werden opgeëist in een officiële verklaring van Islamitische Staat. Amaq bracht wel een claim voor een latere aanslag in Parijs, de schietpartij op de Champs-Élysées van 20 april 2017; welk “Paris” Europol bedoelde, is dus onduidelijk.',
  'We found no Amaq claim for the November 2015 Paris attacks.':
    'We vonden geen claim van Amaq voor de aanslagen in Parijs van november 2015.',
  'AFP quoted Europol’s director more broadly: Isis used Amaq to claim “every major attack since 2015 in Europe”.':
    'AFP citeerde de directeur van Europol ruimer: IS gebruikte Amaq om “every major attack since 2015 in Europe” (onze vertaling: ‘elke grote aanslag in Europa sinds 2015’) op te eisen.',
  'Markers are approximate: each stands at one site of an attack, or at a reference point in the town or street.':
    'Markeringen zijn bij benadering: elk staat op een van de plekken van een aanslag, of op een referentiepunt in de stad of straat.',
  'What was seized where: Europol puts servers in the Netherlands, the US and Canada and digital evidence in Bulgaria, France and Romania; the Belgian federal prosecutor says servers were seized and shut down in all six; Bulgaria’s interior ministry says access to four servers was blocked.':
    'Wat waar in beslag werd genomen: Europol plaatst servers in Nederland, de VS en Canada en digitaal bewijs in Bulgarije, Frankrijk en Roemenië; het Belgische federaal parket zegt dat in alle zes servers in beslag zijn genomen en uitgeschakeld; het Bulgaarse ministerie van Binnenlandse Zaken zegt dat de toegang tot vier servers is geblokkeerd.',
  'A Romanian report listed digital material seized in Romania, Bulgaria and France and also in Belgium and the UK, which does not match Europol’s account.':
    'Een Roemeens bericht noemde digitaal materiaal dat in beslag was genomen in Roemenië, Bulgarije en Frankrijk, en ook in België en het VK, wat niet strookt met de lezing van Europol.',
  "How many took part: AFP reported that “dozens and dozens” of national police forces fanned out in their countries; franceinfo reported about 30 investigators (“Une trentaine d'enquêteurs”).":
    "Hoeveel deelnemers: AFP meldde dat “dozens and dozens” (onze vertaling: ‘tientallen en tientallen’) nationale politiediensten in hun landen uitrukten; franceinfo meldde ongeveer 30 rechercheurs (“Une trentaine d'enquêteurs”).",
  'Spain’s interior ministry presented the action as growing out of a Guardia Civil case, listed Panama among the participants and spoke of users identified in 133 countries; Europol’s list of eight includes neither Spain nor Panama.':
    'Het Spaanse ministerie van Binnenlandse Zaken presenteerde de actie als voortgekomen uit een zaak van de Guardia Civil, noemde Panama onder de deelnemers en sprak van gebruikers die in 133 landen waren geïdentificeerd; de lijst van acht van Europol bevat Spanje noch Panama.',
  'A Spanish outlet, salamplan.com, said Spain “no ha estado directamente implicada” (our translation: was not directly involved).':
    'Een Spaans medium, salamplan.com, schreef dat Spanje “no ha estado directamente implicada” (onze vertaling: ‘niet direct betrokken was’).',
  'AP reported that Nashir was still sharing Isis statements and Amaq reports on Telegram on Friday 27 April.':
    'AP meldde dat Nashir op vrijdag 27 april nog steeds IS-verklaringen en Amaq-berichten deelde op Telegram.',
  'Charlie Winter, an expert on radicalisation at King’s College London, said Amaq had since published more than a dozen items, through a different channel than usual, Euronews reported.':
    'Charlie Winter, radicaliseringsexpert aan King’s College London, zei dat Amaq sindsdien meer dan een dozijn berichten had gepubliceerd, via een ander kanaal dan gewoonlijk, meldde Euronews.',
  'RTL quoted Wassim Nasr as saying the propaganda was interrupted for only about two hours.':
    'RTL citeerde Wassim Nasr, die zei dat de propaganda slechts ongeveer twee uur was onderbroken.',
  'Rob Wainwright’s term as Europol’s director ended on 1 May 2018, days after the operation.':
    'De ambtstermijn van Rob Wainwright als directeur van Europol eindigde op 1 mei 2018, enkele dagen na de operatie.',
  'Belgium led a similar action again in November 2019: a Belgian investigating judge and the Federal Prosecutor’s Office managed it, and Europol’s Internet Referral Unit organised it at its headquarters in The Hague.':
    'België leidde in november 2019 opnieuw een vergelijkbare actie: een Belgische onderzoeksrechter en het federaal parket leidden haar, en de Internet Referral Unit van Europol organiseerde haar op het hoofdkantoor in Den Haag.',
  'Sources: news report, April 2018; Europol’s release (reposted); public reports cited in each panel. Map: Natural Earth (public domain).':
    'Bronnen: nieuwsbericht, april 2018; persbericht van Europol (overgenomen); openbare bronnen, vermeld in elk paneel. Kaart: Natural Earth (publiek domein).',
  'Coordinated from The Hague': 'Gecoördineerd vanuit Den Haag',
  'The report says the two-day takedown was coordinated from Europol’s headquarters in The Hague and backed by Eurojust, the EU’s judicial cooperation agency.':
    'Volgens het bericht werd de tweedaagse actie gecoördineerd vanuit het hoofdkantoor van Europol in Den Haag en gesteund door Eurojust, het EU-agentschap voor justitiële samenwerking.',
  'Europol said the EU Internet Referral Unit of its European Counter Terrorism Centre coordinated it.':
    'Volgens Europol werd ze gecoördineerd door de EU Internet Referral Unit van zijn Europees Centrum voor terrorismebestrijding.',
  'We found no source that describes what Eurojust concretely did in April 2018.':
    'We vonden geen bron die beschrijft wat Eurojust in april 2018 concreet deed.',
  'Belgium led': 'België had de leiding',
  'Europol said Belgian prosecutors led the operation; its release names the Belgian Federal Prosecutor’s Office.':
    'Volgens Europol leidden Belgische aanklagers de operatie; het persbericht noemt het Belgische federaal parket.',
  'In Belgium, the federal judicial police of Ghent took part in the action.':
    'In België nam de federale gerechtelijke politie van Gent deel aan de actie.',
  'Evidence: France, Romania, Bulgaria': 'Bewijs: Frankrijk, Roemenië, Bulgarije',
  'Europol said French, Romanian and Bulgarian police had quantities of digital evidence; the Guardian reported digital evidence seized in all three.':
    'Volgens Europol hadden de Franse, Roemeense en Bulgaarse politie grote hoeveelheden digitaal bewijs; The Guardian meldde dat in alle drie digitaal bewijs in beslag werd genomen.',
  'Bulgaria’s interior ministry said access was blocked to four servers Amaq used there.':
    'Het Bulgaarse ministerie van Binnenlandse Zaken zei dat de toegang tot vier servers die Amaq daar gebruikte, was geblokkeerd.',
  'We found no source naming the French or Romanian service that acted.':
    'We vonden geen bron die de Franse of Roemeense dienst noemt die optrad.',
  'Servers: the Netherlands, the US, Canada': 'Servers: Nederland, de VS, Canada',
  'Europol said law enforcement officers in the Netherlands, the US and Canada captured Isis servers.':
    'Volgens Europol namen opsporingsambtenaren in Nederland, de VS en Canada servers van IS in beslag.',
  'Dutch justice authorities confirmed servers were taken offline; Global News reported no arrests in Canada.':
    'Het Nederlandse Openbaar Ministerie bevestigde dat servers offline waren gehaald; Global News meldde geen arrestaties in Canada.',
  'The Belgian federal prosecutor named more countries: servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Het Belgische federaal parket noemde meer landen: in Bulgarije, Frankrijk, Roemenië, Nederland, Canada en de Verenigde Staten werden servers in beslag genomen en uitgeschakeld.',
  'Registrars: the United Kingdom': 'Registrars: het Verenigd Koninkrijk',
  'Europol said Britain’s Counter Terrorism Internet Referral Unit identified the top-level domain registrars Isis had abused.':
    'Volgens Europol identificeerde de Britse Counter Terrorism Internet Referral Unit de registrars van topleveldomeinen die IS had misbruikt.',
  'The unit sits in the Metropolitan Police’s Counter Terrorism Command; PA reported that it led the referral of abused web domains.':
    'De eenheid valt onder het Counter Terrorism Command van de Metropolitan Police; volgens PA leidde zij het melden van misbruikte webdomeinen.',
  'Two strikes before, after an alert': 'Twee eerdere acties, na een waarschuwing',
  'Europol said the case began at the end of 2015, when it alerted EU member states to the rise of Amaq.':
    'Volgens Europol begon de zaak eind 2015, toen het de EU-lidstaten waarschuwde voor de opmars van Amaq.',
  'The report calls April 2018 the third strike since 2016, when Amaq’s app and web assets were first targeted; Europol’s release names no lead country for that first takedown.':
    'Het bericht noemt april 2018 de derde actie sinds 2016, toen de app en webvoorzieningen van Amaq voor het eerst werden aangepakt; het persbericht van Europol noemt voor die eerste actie geen leidend land.',
  'In June 2017 Spain’s Guardia Civil led the second, supported by Europol and the US; the servers it seized led to radicalised people being identified in more than 100 countries.':
    'In juni 2017 leidde de Spaanse Guardia Civil de tweede, met steun van Europol en de VS; dankzij de in beslag genomen servers werden in meer dan 100 landen geradicaliseerde personen geïdentificeerd.',
  'The outlets': 'De media',
  'Europol said the takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Volgens Europol was de actie gericht op Amaq, een propagandakanaal dat zich voordoet als persbureau, en op “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (onze vertaling: ‘kleinere propagandakanalen, waaronder Bayan radio, Halumu en Nashir news’).',
  'Afterwards, and where sources disagree': 'Daarna, en waar bronnen elkaar tegenspreken',
  'Belgian Federal Prosecutor’s Office': 'Belgisch federaal parket',
  'Led the operation: Europol said Belgian prosecutors led it, and its release names the Belgian Federal Prosecutor’s Office.':
    'Leidde de operatie: volgens Europol stond ze onder leiding van Belgische aanklagers, en het persbericht noemt het Belgische federaal parket.',
  'The federal prosecutor gave the aim as “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (our translation: to severely destabilise IS’s propaganda apparatus and to identify and arrest the administrators of these servers).':
    'Het federaal parket omschreef het doel als “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (onze vertaling: ‘het propaganda-apparaat van IS sterk destabiliseren en de beheerders van deze servers identificeren en oppakken’).',
  'Cybercrime department of GDBOP (Chief Directorate Combating Organised Crime), Interior Ministry':
    'Afdeling cybercriminaliteit van de GDBOP (Hoofddirectie Bestrijding Georganiseerde Misdaad), ministerie van Binnenlandse Zaken',
  'Europol said police in Bulgaria had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Volgens Europol had de politie in Bulgarije grote hoeveelheden digitaal bewijs; The Guardian meldde dat daar digitaal bewijs in beslag werd genomen.',
  'The interior ministry said access was blocked to four servers Amaq used in Bulgaria.':
    'Het ministerie van Binnenlandse Zaken zei dat de toegang tot vier servers die Amaq in Bulgarije gebruikte, was geblokkeerd.',
  'Europol lists Bulgaria for digital evidence; Bulgaria’s interior ministry speaks of four servers blocked, and the Belgian federal prosecutor of servers seized and shut down there.':
    'Europol noemt Bulgarije voor digitaal bewijs; het Bulgaarse ministerie van Binnenlandse Zaken spreekt van vier geblokkeerde servers, en het Belgische federaal parket van servers die daar in beslag zijn genomen en uitgeschakeld.',
  'Europol said law enforcement officers captured Isis servers in Canada; Global News reported servers seized there.':
    'Volgens Europol namen opsporingsambtenaren in Canada servers van IS in beslag; Global News meldde dat daar servers in beslag werden genomen.',
  'No arrests were made in Canada, Global News reported.':
    'In Canada werden geen arrestaties verricht, meldde Global News.',
  'An RCMP spokesperson declined to comment further on what they called an ongoing law enforcement operation.':
    'Een woordvoerder van de RCMP wilde verder niets zeggen over wat hij een lopende politieoperatie noemde.',
  'The Belgian federal prosecutor said servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Het Belgische federaal parket zei dat in Bulgarije, Frankrijk, Roemenië, Nederland, Canada en de Verenigde Staten servers in beslag zijn genomen en uitgeschakeld.',
  'Europol said police in France had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Volgens Europol had de politie in Frankrijk grote hoeveelheden digitaal bewijs; The Guardian meldde dat daar digitaal bewijs in beslag werd genomen.',
  'Europol said officers in the Netherlands captured Isis servers; NOS reported that servers of Amaq were seized there.':
    'Volgens Europol namen agenten in Nederland servers van IS in beslag; de NOS meldde dat daar servers van Amaq in beslag waren genomen.',
  'Dutch justice authorities (“Justitie”) confirmed that servers were taken offline in the Netherlands too, without giving places or numbers.':
    'Het Nederlandse “Justitie” bevestigde dat ook in Nederland servers offline waren gehaald, zonder plaatsen of aantallen te noemen.',
  'Police would not say whether anyone was arrested, NOS reported.':
    'De politie wilde niet zeggen of er iemand was aangehouden, meldde de NOS.',
  'Europol said police in Romania had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Volgens Europol had de politie in Roemenië grote hoeveelheden digitaal bewijs; The Guardian meldde dat daar digitaal bewijs in beslag werd genomen.',
  'Counter Terrorism Internet Referral Unit (CTIRU), in the Metropolitan Police’s Counter Terrorism Command':
    'Counter Terrorism Internet Referral Unit (CTIRU), binnen het Counter Terrorism Command van de Metropolitan Police',
  'Europol said the unit identified the top-level domain registrars that Isis had abused.':
    'Volgens Europol identificeerde de eenheid de registrars van topleveldomeinen die IS had misbruikt.',
  'PA reported that it led the work of identifying and referring web domains abused by the group.':
    'Volgens PA leidde zij het werk om door de groep misbruikte webdomeinen op te sporen en te melden.',
  'Europol said law enforcement officers captured Isis servers in the US; the Guardian reported servers seized there.':
    'Volgens Europol namen opsporingsambtenaren in de VS servers van IS in beslag; The Guardian meldde dat daar servers in beslag werden genomen.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters and Eurojust; not either building':
    'Het congrescentrum World Forum in Den Haag, naast het hoofdkantoor van Europol en Eurojust; geen van beide gebouwen',
  'Europol headquarters': 'Hoofdkantoor van Europol',
  'The report says the two-day action was coordinated from Europol’s headquarters in The Hague. The building is at Eisenhowerlaan 73.':
    'Volgens het bericht werd de tweedaagse actie gecoördineerd vanuit het hoofdkantoor van Europol in Den Haag. Het gebouw staat aan de Eisenhowerlaan 73.',
  'EU Internet Referral Unit (EU IRU)': 'EU Internet Referral Unit (EU IRU)',
  'Europol said the takedown was coordinated by its EU IRU, set up in July 2015, within its European Counter Terrorism Centre (ECTC), launched on 25 January 2016.':
    'Volgens Europol werd de actie gecoördineerd door zijn EU IRU, opgericht in juli 2015, binnen zijn Europees Centrum voor terrorismebestrijding (ECTC), gestart op 25 januari 2016.',
  Eurojust: 'Eurojust',
  'The report says the operation was backed by Eurojust, the EU’s judicial cooperation agency; DW spoke of its assistance. Eurojust has been based at Johan de Wittlaan 9, The Hague, since 2017.':
    'Volgens het bericht werd de operatie gesteund door Eurojust, het EU-agentschap voor justitiële samenwerking; DW sprak van zijn hulp. Eurojust is sinds 2017 gevestigd aan de Johan de Wittlaan 9 in Den Haag.',
  'The marker stands at the World Forum: Europol’s building stands on land cleared from the convention centre, and Eurojust’s premises are on the edge of the World Forum area.':
    'De markering staat bij het World Forum: het gebouw van Europol staat op grond die van het congrescentrum is afgesplitst, en de panden van Eurojust liggen aan de rand van het World Forum-terrein.',
  'We found no source giving building-level coordinates for either agency, so the marker is approximate.':
    'We vonden geen bron met coördinaten op gebouwniveau voor een van beide agentschappen, dus de markering is bij benadering.',
  'End of 2015 (alert)': 'Eind 2015 (waarschuwing)',
  'Not a strike: Europol said the case began when it alerted all EU member states to the rise of Amaq and the technical resilience of its online infrastructure.':
    'Geen actie: volgens Europol begon de zaak toen het alle EU-lidstaten waarschuwde voor de opmars van Amaq en de technische veerkracht van zijn online-infrastructuur.',
  '25–26 April 2018': '25–26 april 2018',
  'Belgium (Federal Prosecutor’s Office)': 'België (federaal parket)',
  'The report calls it “the third such strike” since 2016; Europol called it a “simultaneous, multinational takedown”, involving agencies in eight countries and coordinated from The Hague.':
    'Het bericht noemt het “the third such strike” (onze vertaling: ‘de derde actie van dit soort’) sinds 2016; Europol sprak van een “simultaneous, multinational takedown” (onze vertaling: ‘gelijktijdige, multinationale actie’), met diensten in acht landen en gecoördineerd vanuit Den Haag.',
  'A Europol official told franceinfo it was “la troisième action sur les deux dernières années” (our translation: the third action in the last two years), the first in summer 2016 and the second in summer 2017.':
    'Een functionaris van Europol zei tegen franceinfo dat het “la troisième action sur les deux dernières années” (onze vertaling: de derde actie in de afgelopen twee jaar) was, de eerste in de zomer van 2016 en de tweede in de zomer van 2017.',
  'executive director of the European police agency':
    'uitvoerend directeur van het Europese politieagentschap',
  'With this groundbreaking operation, we have punched a big hole in the capability of [Isis] to spread propaganda online and radicalise young people in Europe,':
    'Met deze baanbrekende operatie hebben we een groot gat geslagen in het vermogen van [IS] om online propaganda te verspreiden en jongeren in Europa te radicaliseren,',
  'European Commissioner for the Security Union': 'Europees commissaris voor de Veiligheidsunie',
  'by working together we can stamp out the poisonous propaganda ... used to fuel many of the recent terror attacks in Europe.':
    'door samen te werken kunnen we de giftige propaganda uitroeien ... die is gebruikt om veel van de recente terreuraanslagen in Europa aan te wakkeren.',
  'The starting point is a news report of April 2018 on the operation, read in a syndicated copy; its paragraphs are cited as “article ¶N”.':
    "Het uitgangspunt is een nieuwsbericht van april 2018 over de operatie, gelezen in een overgenomen kopie; de alinea's ervan worden aangehaald als “article ¶N”.",
  'Every other fact was looked up in public pages (Europol’s release as reposted in full, national police and justice statements as reported by the press, news reports in several languages), read from archived copies, and checked against the report. Each fact names its sources; quotations are verbatim, and a translation is marked as ours.':
    "Elk ander feit is opgezocht in openbare pagina's (het volledig overgenomen persbericht van Europol, verklaringen van nationale politie en justitie zoals de pers ze weergaf, nieuwsberichten in verschillende talen), gelezen in gearchiveerde kopieën en getoetst aan het bericht. Elk feit noemt zijn bronnen; citaten zijn letterlijk, en een vertaling is als de onze gemarkeerd.",
  'Where a statement is someone’s account rather than a checked fact, it says whose (“Europol said…”). Where sources disagree, both accounts are shown.':
    'Waar een uitspraak iemands lezing is en geen gecontroleerd feit, staat erbij van wie (‘Volgens Europol…’). Waar bronnen elkaar tegenspreken, worden beide lezingen getoond.',
  Unconfirmed: 'Onbevestigd',
  'a source says it, but no other source confirms it, or it applies a later source to 2018.':
    'een bron zegt het, maar geen andere bron bevestigt het, of een latere bron wordt op 2018 toegepast.',
  'a source says it, but no other source confirms it.':
    'een bron zegt het, maar geen andere bron bevestigt het.',
  'Not named': 'Niet genoemd',
  'we found no source naming the agency that acted in that country; it does not mean none took part.':
    'we vonden geen bron die de dienst noemt die in dat land optrad; dat betekent niet dat er geen deelnam.',
  'Research note': 'Onderzoeksnotitie',
  'a finding of our research, such as what we could not find; no page is cited because no page says it.':
    'een bevinding van ons onderzoek, zoals wat we niet konden vinden; er wordt geen pagina aangehaald omdat geen pagina het zegt.',
  'Each panel cites its sources; the downloads list every source with its address. A repost or a copy is named as one. Markers for places and attacks are approximate.':
    'Elk paneel noemt zijn bronnen; de downloads geven elke bron met haar adres. Een overname of kopie wordt als zodanig vermeld. Markeringen van plaatsen en aanslagen zijn bij benadering.',
  'Country outlines: Natural Earth via world-atlas (public domain).':
    'Landsgrenzen: Natural Earth via world-atlas (publiek domein).',
  'Research, data and map: the Takedown Map project; code and data under the MIT licence.':
    'Onderzoek, gegevens en kaart: het project Takedown Map; code en gegevens onder de MIT-licentie.',
  'Corrected: claims by Europol and others are now attributed to them; the report’s “in 2016” is corrected without blaming it for Trèbes; the end-of-2015 entry is shown as an alert, not a strike; Eurojust’s address is given as its location only; Julian King’s title; source names and titles; added the scale of the operation, the Romanian and Spanish accounts, the aftermath reported by RTL and Charlie Winter, and context.':
    'Gecorrigeerd: uitspraken van Europol en anderen worden nu aan hen toegeschreven; het “in 2016” van het bericht is gecorrigeerd zonder het Trèbes aan te rekenen; de vermelding van eind 2015 wordt getoond als waarschuwing, niet als actie; het adres van Eurojust wordt alleen als locatie gegeven; de titel van Julian King; namen en titels van bronnen; toegevoegd: de omvang van de operatie, de Roemeense en Spaanse lezing, de nasleep volgens RTL en Charlie Winter, en context.',
  'We found no source naming the agency that acted.': 'We vonden geen bron die de dienst noemt die optrad.',
};
