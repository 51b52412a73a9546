/**
 * Content translations into German, keyed by the English text (src/i18n/localize.ts).
 * Translated by the engineer who built the language support, not reviewed by a native speaker.
 * Quotations stay verbatim in their own language (“…”), with our translation after them, marked as ours.
 */
import type { ContentMap } from '../localize.ts';

export const DE: ContentMap = {
  'Europol-coordinated operation · 25–26 April 2018':
    'Von Europol koordinierte Operation · 25.–26. April 2018',
  'Eight countries, two days: the takedown of Isis propaganda outlets':
    'Acht Länder, zwei Tage: die Zerschlagung von IS-Propagandamedien',
  'On 25–26 April 2018 agencies in eight countries, led by Belgian prosecutors and coordinated from The Hague, hit Amaq and other Isis media outlets, Europol said.':
    'Am 25. und 26. April 2018 trafen Behörden in acht Ländern, geführt von belgischen Staatsanwälten und koordiniert von Den Haag aus, Amaq und andere Medien des IS, so Europol.',
  'Wednesday 25 to Thursday 26 April 2018; Europol announced it on 27 April.':
    'Mittwoch, 25., bis Donnerstag, 26. April 2018; Europol gab es am 27. April bekannt.',
  'Europol said law enforcement teams from Europe, the US and Canada had disabled the key communications channels of the Islamic State group, in a coordinated operation involving agencies in eight countries.':
    'Nach Angaben von Europol legten Ermittlerteams aus Europa, den USA und Kanada die wichtigsten Kommunikationskanäle der Gruppe Islamischer Staat lahm, in einer koordinierten Operation mit Behörden in acht Ländern.',
  'Europol said the two-day, simultaneous takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Nach Angaben von Europol richtete sich die zweitägige, gleichzeitige Aktion gegen Amaq, ein als Nachrichtenagentur auftretendes Propagandamedium, sowie gegen “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (unsere Übersetzung: „kleinere Propagandakanäle, darunter Bayan Radio, Halumu und Nashir News“).',
  'It was coordinated from Europol’s headquarters in The Hague and backed by Eurojust; Europol said it was led by Belgian prosecutors.':
    'Sie wurde vom Europol-Hauptsitz in Den Haag aus koordiniert und von Eurojust unterstützt; nach Angaben von Europol wurde sie von belgischen Staatsanwälten geleitet.',
  'Europol said the aim was to disrupt the flow of Isis propaganda severely, hampering its broadcasts for an undetermined time.':
    'Nach Angaben von Europol sollte der Fluss der IS-Propaganda empfindlich gestört und ihre Verbreitung auf unbestimmte Zeit behindert werden.',
  'Europol said national police forces expect the data retrieved to help identify the administrators of Isis media outlets and potentially radicalised people in Europe and beyond.':
    'Nach Angaben von Europol erwarten die nationalen Polizeibehörden, dass die sichergestellten Daten helfen, die Betreiber von IS-Medien und möglicherweise radikalisierte Menschen in Europa und darüber hinaus zu identifizieren.',
  'A propaganda outlet styled as a news agency. The report calls it “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism”; Europol called it the group’s “main mouthpiece”.':
    'Ein als Nachrichtenagentur auftretendes Propagandamedium. Der Bericht nennt es “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism” (unsere Übersetzung: „die Nachrichtenagentur, über die die Gruppe Bekennungen zu Anschlägen verbreitet und ihre dschihadistische Botschaft verbreitet“); Europol nannte es das “main mouthpiece” (unsere Übersetzung: „Hauptsprachrohr“) der Gruppe.',
  'Europol said Isis officially endorsed it in July 2017 and that it became the primary source of information on the group’s activities worldwide.':
    'Nach Angaben von Europol erkannte der IS es im Juli 2017 offiziell an, und es wurde zur wichtigsten Informationsquelle über die Aktivitäten der Gruppe weltweit.',
  'Wikipedia calls it a news outlet linked to the Islamic State, first noticed during the siege of Kobanî in 2014 and often the first place claims of responsibility appear.':
    'Wikipedia beschreibt es als Nachrichtenmedium mit Verbindung zum Islamischen Staat, erstmals während der Belagerung von Kobanê 2014 bemerkt und oft der erste Ort, an dem Bekennungen erscheinen.',
  'Isis’s official radio station, once on 92.5 FM in Mosul. By 2018, when the takedown targeted it, it was an online outlet.':
    'Der offizielle Radiosender des IS, einst auf 92,5 FM in Mossul. 2018, als die Aktion ihn traf, war er ein Onlinemedium.',
  'An Iraqi airstrike took the Mosul station off air on 25 February 2017.':
    'Ein irakischer Luftangriff brachte den Sender in Mossul am 25. Februar 2017 zum Schweigen.',
  'A later source (2022 or after) calls Halummu “a distribution and translation conduit for official statements”; that it was the same in April 2018 is not confirmed.':
    'Eine spätere Quelle (2022 oder danach) nennt Halummu “a distribution and translation conduit for official statements” (unsere Übersetzung: „einen Kanal zur Verbreitung und Übersetzung offizieller Erklärungen“); dass das im April 2018 ebenso war, ist nicht bestätigt.',
  'We found no description of Halumu from 2018.':
    'Wir fanden keine Beschreibung von Halumu aus dem Jahr 2018.',
  'An Isis distribution network, chiefly on Telegram; the name means “Distributor”. Its channel was advertised from 2015.':
    'Ein Verbreitungsnetz des IS, vor allem auf Telegram; der Name bedeutet “Distributor” (unsere Übersetzung: „Verteiler“). Sein Kanal wurde ab 2015 beworben.',
  'By 2017 the main poster of Isis content on Telegram, running dozens of channels, MEMRI reported.':
    '2017 der wichtigste Verbreiter von IS-Inhalten auf Telegram, mit Dutzenden Kanälen, berichtete MEMRI.',
  'Europol said that at the end of 2017 Isis propaganda was available in at least nine languages, through services such as mailed newsletters and add-ons for common browsers.':
    'Nach Angaben von Europol war IS-Propaganda Ende 2017 in mindestens neun Sprachen verfügbar, über Dienste wie per E-Mail verschickte Newsletter und Erweiterungen für gängige Browser.',
  Paris: 'Paris',
  'Coordinated attacks in Paris (Bataclan, Stade de France, cafés)':
    'Koordinierte Anschläge in Paris (Bataclan, Stade de France, Cafés)',
  'The Bataclan theatre, one of several sites': 'Das Bataclan-Theater, einer von mehreren Tatorten',
  'Claimed in an official Islamic State statement on 14 November 2015.':
    'In einer offiziellen Erklärung des Islamischen Staates am 14. November 2015 für sich reklamiert.',
  'We found no Amaq claim for these attacks.': 'Wir fanden kein Bekenntnis von Amaq zu diesen Anschlägen.',
  Brussels: 'Brüssel',
  'Bombings at Brussels airport and Maalbeek metro station':
    'Bombenanschläge am Flughafen Brüssel und in der Metrostation Maalbeek',
  'Maalbeek metro station, one of two sites (the other is the airport)':
    'Metrostation Maalbeek, einer von zwei Tatorten (der andere ist der Flughafen)',
  'Amaq carried the claim the same day.': 'Amaq verbreitete das Bekenntnis noch am selben Tag.',
  Berlin: 'Berlin',
  'Truck attack on the Breitscheidplatz Christmas market':
    'Lkw-Anschlag auf den Weihnachtsmarkt am Breitscheidplatz',
  Breitscheidplatz: 'Breitscheidplatz',
  'Amaq carried the claim on 20 December 2016.': 'Amaq verbreitete das Bekenntnis am 20. Dezember 2016.',
  Barcelona: 'Barcelona',
  'Van attack on La Rambla': 'Anschlag mit einem Lieferwagen auf der Rambla',
  'A reference point on La Rambla': 'Ein Bezugspunkt auf der Rambla',
  Trèbes: 'Trèbes',
  'Supermarket siege in Trèbes (Carcassonne and Trèbes attack)':
    'Geiselnahme in einem Supermarkt in Trèbes (Anschläge von Carcassonne und Trèbes)',
  'The centre of Trèbes, not the supermarket': 'Das Zentrum von Trèbes, nicht der Supermarkt',
  'Amaq carried a claim for the attack.': 'Amaq verbreitete ein Bekenntnis zu dem Anschlag.',
  'The report puts the Paris, Brussels, Barcelona and Berlin claims “in 2016”. Only Brussels (22 March 2016) and Berlin (19 December 2016) were in 2016: Paris was on 13 November 2015 and Barcelona on 17 August 2017. The report dates Trèbes correctly, as “last month’s supermarket siege” (23 March 2018).':
    'Der Bericht verortet die Bekennungen zu Paris, Brüssel, Barcelona und Berlin “in 2016” (unsere Übersetzung: „im Jahr 2016“). Nur Brüssel (22. März 2016) und Berlin (19. Dezember 2016) fielen in das Jahr 2016: Paris war am 13. November 2015 und Barcelona am 17. August 2017. Trèbes datiert der Bericht richtig, als “last month’s supermarket siege” (unsere Übersetzung: „die Geiselnahme im Supermarkt im vergangenen Monat“) (23. März 2018).',
  'The Paris attacks of 13 November 2015 were claimed in an official Islamic State statement. Amaq did carry a claim for a later attack in Paris, the Champs-Élysées shooting of 20 April 2017, so which “Paris” Europol meant is unclear.':
    'Die Anschläge von Paris am 13. November 2015 wurden in einer offiziellen Erklärung des Islamischen Staates für sich reklamiert. Amaq verbreitete durchaus ein Bekenntnis zu einem späteren Anschlag in Paris, den Schüssen auf den Champs-Élysées am 20. April 2017; welches “Paris” Europol meinte, ist daher unklar.',
  'We found no Amaq claim for the November 2015 Paris attacks.':
    'Wir fanden kein Bekenntnis von Amaq zu den Pariser Anschlägen vom November 2015.',
  'AFP quoted Europol’s director more broadly: Isis used Amaq to claim “every major attack since 2015 in Europe”.':
    'AFP zitierte den Europol-Direktor allgemeiner: Der IS habe Amaq genutzt, um sich zu “every major attack since 2015 in Europe” (unsere Übersetzung: „jedem größeren Anschlag in Europa seit 2015“) zu bekennen.',
  'Markers are approximate: each stands at one site of an attack, or at a reference point in the town or street.':
    'Die Markierungen sind ungefähr: Jede steht an einem Tatort eines Anschlags oder an einem Bezugspunkt in der Stadt oder Straße.',
  'What was seized where: Europol puts servers in the Netherlands, the US and Canada and digital evidence in Bulgaria, France and Romania; the Belgian federal prosecutor says servers were seized and shut down in all six; Bulgaria’s interior ministry says access to four servers was blocked.':
    'Was wo beschlagnahmt wurde: Europol verortet Server in den Niederlanden, den USA und Kanada und digitale Beweismittel in Bulgarien, Frankreich und Rumänien; die belgische Bundesstaatsanwaltschaft sagt, in allen sechs Ländern seien Server beschlagnahmt und abgeschaltet worden; das bulgarische Innenministerium sagt, der Zugang zu vier Servern sei gesperrt worden.',
  'A Romanian report listed digital material seized in Romania, Bulgaria and France and also in Belgium and the UK, which does not match Europol’s account.':
    'Ein rumänischer Bericht nannte digitales Material, das in Rumänien, Bulgarien und Frankreich und auch in Belgien und Großbritannien sichergestellt worden sei, was nicht zur Darstellung von Europol passt.',
  "How many took part: AFP reported that “dozens and dozens” of national police forces fanned out in their countries; franceinfo reported about 30 investigators (“Une trentaine d'enquêteurs”).":
    "Wie viele beteiligt waren: AFP berichtete, dass “dozens and dozens” (unsere Übersetzung: „Dutzende und Aberdutzende“) nationale Polizeibehörden in ihren Ländern ausrückten; franceinfo berichtete von etwa 30 Ermittlern (“Une trentaine d'enquêteurs”).",
  'Spain’s interior ministry presented the action as growing out of a Guardia Civil case, listed Panama among the participants and spoke of users identified in 133 countries; Europol’s list of eight includes neither Spain nor Panama.':
    'Das spanische Innenministerium stellte die Aktion als Ergebnis eines Verfahrens der Guardia Civil dar, nannte Panama unter den Beteiligten und sprach von in 133 Ländern identifizierten Nutzern; die Liste der acht Länder von Europol enthält weder Spanien noch Panama.',
  'A Spanish outlet, salamplan.com, said Spain “no ha estado directamente implicada” (our translation: was not directly involved).':
    'Ein spanisches Medium, salamplan.com, schrieb, Spanien “no ha estado directamente implicada” (unsere Übersetzung: „sei nicht direkt beteiligt gewesen“).',
  'AP reported that Nashir was still sharing Isis statements and Amaq reports on Telegram on Friday 27 April.':
    'AP berichtete, dass Nashir am Freitag, 27. April, weiterhin IS-Erklärungen und Amaq-Meldungen auf Telegram teilte.',
  'Charlie Winter, an expert on radicalisation at King’s College London, said Amaq had since published more than a dozen items, through a different channel than usual, Euronews reported.':
    'Charlie Winter, Radikalisierungsexperte am King’s College London, sagte, Amaq habe seitdem mehr als ein Dutzend Beiträge veröffentlicht, über einen anderen Kanal als üblich, berichtete Euronews.',
  'RTL quoted Wassim Nasr as saying the propaganda was interrupted for only about two hours.':
    'RTL zitierte Wassim Nasr mit der Aussage, die Propaganda sei nur etwa zwei Stunden unterbrochen gewesen.',
  'Rob Wainwright’s term as Europol’s director ended on 1 May 2018, days after the operation.':
    'Rob Wainwrights Amtszeit als Direktor von Europol endete am 1. Mai 2018, wenige Tage nach der Operation.',
  'Belgium led a similar action again in November 2019: a Belgian investigating judge and the Federal Prosecutor’s Office managed it, and Europol’s Internet Referral Unit organised it at its headquarters in The Hague.':
    'Belgien leitete im November 2019 erneut eine ähnliche Aktion: Ein belgischer Untersuchungsrichter und die Bundesstaatsanwaltschaft führten sie, und die Internet Referral Unit von Europol organisierte sie an ihrem Hauptsitz in Den Haag.',
  'Sources: news report, April 2018; Europol’s release (reposted); public reports cited in each panel. Map: Natural Earth (public domain).':
    'Quellen: Nachrichtenbericht, April 2018; Pressemitteilung von Europol (weiterverbreitet); öffentliche Quellen, in jedem Feld genannt. Karte: Natural Earth (gemeinfrei).',
  'Coordinated from The Hague': 'Koordiniert von Den Haag aus',
  'The report says the two-day takedown was coordinated from Europol’s headquarters in The Hague and backed by Eurojust, the EU’s judicial cooperation agency.':
    'Laut dem Bericht wurde die zweitägige Aktion vom Europol-Hauptsitz in Den Haag aus koordiniert und von Eurojust, der EU-Agentur für justizielle Zusammenarbeit, unterstützt.',
  'Europol said the EU Internet Referral Unit of its European Counter Terrorism Centre coordinated it.':
    'Nach Angaben von Europol koordinierte sie die EU Internet Referral Unit seines Europäischen Zentrums zur Terrorismusbekämpfung.',
  'We found no source that describes what Eurojust concretely did in April 2018.':
    'Wir fanden keine Quelle, die beschreibt, was Eurojust im April 2018 konkret tat.',
  'Belgium led': 'Belgien führte',
  'Europol said Belgian prosecutors led the operation; its release names the Belgian Federal Prosecutor’s Office.':
    'Nach Angaben von Europol leiteten belgische Staatsanwälte die Operation; seine Pressemitteilung nennt die belgische Bundesstaatsanwaltschaft.',
  'In Belgium, the federal judicial police of Ghent took part in the action.':
    'In Belgien beteiligte sich die föderale Kriminalpolizei von Gent an der Aktion.',
  'Evidence: France, Romania, Bulgaria': 'Beweismittel: Frankreich, Rumänien, Bulgarien',
  'Europol said French, Romanian and Bulgarian police had quantities of digital evidence; the Guardian reported digital evidence seized in all three.':
    'Nach Angaben von Europol hatten die französische, rumänische und bulgarische Polizei Mengen digitaler Beweismittel; der Guardian berichtete von in allen drei Ländern sichergestellten digitalen Beweismitteln.',
  'Bulgaria’s interior ministry said access was blocked to four servers Amaq used there.':
    'Das bulgarische Innenministerium sagte, der Zugang zu vier von Amaq dort genutzten Servern sei gesperrt worden.',
  'We found no source naming the French or Romanian service that acted.':
    'Wir fanden keine Quelle, die den französischen oder rumänischen Dienst nennt, der tätig wurde.',
  'Servers: the Netherlands, the US, Canada': 'Server: Niederlande, USA, Kanada',
  'Europol said law enforcement officers in the Netherlands, the US and Canada captured Isis servers.':
    'Nach Angaben von Europol beschlagnahmten Ermittler in den Niederlanden, den USA und Kanada Server des IS.',
  'Dutch justice authorities confirmed servers were taken offline; Global News reported no arrests in Canada.':
    'Die niederländische Justiz bestätigte, dass Server vom Netz genommen wurden; Global News meldete keine Festnahmen in Kanada.',
  'The Belgian federal prosecutor named more countries: servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Die belgische Bundesstaatsanwaltschaft nannte weitere Länder: In Bulgarien, Frankreich, Rumänien, den Niederlanden, Kanada und den Vereinigten Staaten seien Server beschlagnahmt und abgeschaltet worden.',
  'Registrars: the United Kingdom': 'Registrare: Vereinigtes Königreich',
  'Europol said Britain’s Counter Terrorism Internet Referral Unit identified the top-level domain registrars Isis had abused.':
    'Nach Angaben von Europol ermittelte die britische Counter Terrorism Internet Referral Unit die Registrare von Top-Level-Domains, die der IS missbraucht hatte.',
  'The unit sits in the Metropolitan Police’s Counter Terrorism Command; PA reported that it led the referral of abused web domains.':
    'Die Einheit gehört zum Counter Terrorism Command der Metropolitan Police; laut PA leitete sie die Meldung missbrauchter Webdomains.',
  'Two strikes before, after an alert': 'Zwei Schläge zuvor, nach einer Warnung',
  'Europol said the case began at the end of 2015, when it alerted EU member states to the rise of Amaq.':
    'Nach Angaben von Europol begann der Fall Ende 2015, als es die EU-Mitgliedstaaten vor dem Aufstieg von Amaq warnte.',
  'The report calls April 2018 the third strike since 2016, when Amaq’s app and web assets were first targeted; Europol’s release names no lead country for that first takedown.':
    'Der Bericht nennt den April 2018 den dritten Schlag seit 2016, als die App und die Webangebote von Amaq erstmals ins Visier genommen wurden; die Pressemitteilung von Europol nennt für diese erste Aktion kein federführendes Land.',
  'In June 2017 Spain’s Guardia Civil led the second, supported by Europol and the US; the servers it seized led to radicalised people being identified in more than 100 countries.':
    'Im Juni 2017 führte die spanische Guardia Civil den zweiten, unterstützt von Europol und den USA; die beschlagnahmten Server führten zur Identifizierung radikalisierter Menschen in mehr als 100 Ländern.',
  'The outlets': 'Die Medien',
  'Europol said the takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Nach Angaben von Europol richtete sich die Aktion gegen Amaq, ein als Nachrichtenagentur auftretendes Propagandamedium, sowie gegen “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (unsere Übersetzung: „kleinere Propagandakanäle, darunter Bayan Radio, Halumu und Nashir News“).',
  'Afterwards, and where sources disagree': 'Danach, und wo Quellen sich widersprechen',
  'Belgian Federal Prosecutor’s Office': 'Belgische Bundesstaatsanwaltschaft',
  'Led the operation: Europol said Belgian prosecutors led it, and its release names the Belgian Federal Prosecutor’s Office.':
    'Leitete die Operation: Nach Angaben von Europol führten belgische Staatsanwälte sie, und seine Pressemitteilung nennt die belgische Bundesstaatsanwaltschaft.',
  'The federal prosecutor gave the aim as “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (our translation: to severely destabilise IS’s propaganda apparatus and to identify and arrest the administrators of these servers).':
    'Der Bundesstaatsanwalt nannte als Ziel, “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (unsere Übersetzung: „den Propagandaapparat des IS stark zu destabilisieren und die Administratoren dieser Server zu identifizieren und festzunehmen“).',
  'Cybercrime department of GDBOP (Chief Directorate Combating Organised Crime), Interior Ministry':
    'Abteilung Cyberkriminalität der GDBOP (Hauptdirektion zur Bekämpfung der organisierten Kriminalität), Innenministerium',
  'Europol said police in Bulgaria had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Nach Angaben von Europol hatte die Polizei in Bulgarien Mengen digitaler Beweismittel; der Guardian berichtete von dort sichergestellten digitalen Beweismitteln.',
  'The interior ministry said access was blocked to four servers Amaq used in Bulgaria.':
    'Das Innenministerium sagte, der Zugang zu vier von Amaq in Bulgarien genutzten Servern sei gesperrt worden.',
  'Europol lists Bulgaria for digital evidence; Bulgaria’s interior ministry speaks of four servers blocked, and the Belgian federal prosecutor of servers seized and shut down there.':
    'Europol führt Bulgarien bei den digitalen Beweismitteln; das bulgarische Innenministerium spricht von vier gesperrten Servern, die belgische Bundesstaatsanwaltschaft von dort beschlagnahmten und abgeschalteten Servern.',
  'Europol said law enforcement officers captured Isis servers in Canada; Global News reported servers seized there.':
    'Nach Angaben von Europol beschlagnahmten Ermittler in Kanada Server des IS; Global News berichtete von dort beschlagnahmten Servern.',
  'No arrests were made in Canada, Global News reported.':
    'In Kanada gab es keine Festnahmen, berichtete Global News.',
  'An RCMP spokesperson declined to comment further on what they called an ongoing law enforcement operation.':
    'Ein Sprecher der RCMP wollte sich nicht weiter zu dem äußern, was er eine laufende Polizeioperation nannte.',
  'The Belgian federal prosecutor said servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Die belgische Bundesstaatsanwaltschaft sagte, in Bulgarien, Frankreich, Rumänien, den Niederlanden, Kanada und den Vereinigten Staaten seien Server beschlagnahmt und abgeschaltet worden.',
  'Europol said police in France had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Nach Angaben von Europol hatte die Polizei in Frankreich Mengen digitaler Beweismittel; der Guardian berichtete von dort sichergestellten digitalen Beweismitteln.',
  'Europol said officers in the Netherlands captured Isis servers; NOS reported that servers of Amaq were seized there.':
    'Nach Angaben von Europol beschlagnahmten Beamte in den Niederlanden Server des IS; die NOS berichtete, dass dort Server von Amaq beschlagnahmt wurden.',
  'Dutch justice authorities (“Justitie”) confirmed that servers were taken offline in the Netherlands too, without giving places or numbers.':
    'Die niederländische Justiz (“Justitie”) bestätigte, dass auch in den Niederlanden Server vom Netz genommen wurden, ohne Orte oder Zahlen zu nennen.',
  'Police would not say whether anyone was arrested, NOS reported.':
    'Die Polizei wollte nicht sagen, ob jemand festgenommen wurde, berichtete die NOS.',
  'Europol said police in Romania had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Nach Angaben von Europol hatte die Polizei in Rumänien Mengen digitaler Beweismittel; der Guardian berichtete von dort sichergestellten digitalen Beweismitteln.',
  'Counter Terrorism Internet Referral Unit (CTIRU), in the Metropolitan Police’s Counter Terrorism Command':
    'Counter Terrorism Internet Referral Unit (CTIRU), im Counter Terrorism Command der Metropolitan Police',
  'Europol said the unit identified the top-level domain registrars that Isis had abused.':
    'Nach Angaben von Europol ermittelte die Einheit die Registrare von Top-Level-Domains, die der IS missbraucht hatte.',
  'PA reported that it led the work of identifying and referring web domains abused by the group.':
    'Laut PA leitete sie die Arbeit, von der Gruppe missbrauchte Webdomains zu ermitteln und zu melden.',
  'Europol said law enforcement officers captured Isis servers in the US; the Guardian reported servers seized there.':
    'Nach Angaben von Europol beschlagnahmten Ermittler in den USA Server des IS; der Guardian berichtete von dort beschlagnahmten Servern.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters and Eurojust; not either building':
    'Das Kongresszentrum World Forum in Den Haag, neben dem Europol-Hauptsitz und Eurojust; keines der beiden Gebäude',
  'Europol headquarters': 'Europol-Hauptsitz',
  'The report says the two-day action was coordinated from Europol’s headquarters in The Hague. The building is at Eisenhowerlaan 73.':
    'Laut dem Bericht wurde die zweitägige Aktion vom Europol-Hauptsitz in Den Haag aus koordiniert. Das Gebäude steht an der Eisenhowerlaan 73.',
  'EU Internet Referral Unit (EU IRU)': 'EU Internet Referral Unit (EU IRU)',
  'Europol said the takedown was coordinated by its EU IRU, set up in July 2015, within its European Counter Terrorism Centre (ECTC), launched on 25 January 2016.':
    'Nach Angaben von Europol wurde die Aktion von seiner EU IRU koordiniert, gegründet im Juli 2015, innerhalb seines Europäischen Zentrums zur Terrorismusbekämpfung (ECTC), gestartet am 25. Januar 2016.',
  Eurojust: 'Eurojust',
  'The report says the operation was backed by Eurojust, the EU’s judicial cooperation agency; DW spoke of its assistance. Eurojust has been based at Johan de Wittlaan 9, The Hague, since 2017.':
    'Laut dem Bericht wurde die Operation von Eurojust unterstützt, der EU-Agentur für justizielle Zusammenarbeit; die DW sprach von ihrer Unterstützung. Eurojust hat seinen Sitz seit 2017 in der Johan de Wittlaan 9 in Den Haag.',
  'The marker stands at the World Forum: Europol’s building stands on land cleared from the convention centre, and Eurojust’s premises are on the edge of the World Forum area.':
    'Die Markierung steht am World Forum: Das Europol-Gebäude steht auf Land, das vom Kongresszentrum abgetrennt wurde, und die Räume von Eurojust liegen am Rand des World-Forum-Geländes.',
  'We found no source giving building-level coordinates for either agency, so the marker is approximate.':
    'Wir fanden keine Quelle mit gebäudegenauen Koordinaten für eine der beiden Agenturen, daher ist die Markierung ungefähr.',
  'End of 2015 (alert)': 'Ende 2015 (Warnung)',
  'Not a strike: Europol said the case began when it alerted all EU member states to the rise of Amaq and the technical resilience of its online infrastructure.':
    'Kein Schlag: Nach Angaben von Europol begann der Fall, als es alle EU-Mitgliedstaaten vor dem Aufstieg von Amaq und der technischen Widerstandsfähigkeit seiner Online-Infrastruktur warnte.',
  '25–26 April 2018': '25.–26. April 2018',
  'Belgium (Federal Prosecutor’s Office)': 'Belgien (Bundesstaatsanwaltschaft)',
  'The report calls it “the third such strike” since 2016; Europol called it a “simultaneous, multinational takedown”, involving agencies in eight countries and coordinated from The Hague.':
    'Der Bericht nennt es “the third such strike” (unsere Übersetzung: „den dritten Schlag dieser Art“) seit 2016; Europol sprach von einem “simultaneous, multinational takedown” (unsere Übersetzung: „gleichzeitigen, multinationalen Schlag“), mit Behörden in acht Ländern und koordiniert von Den Haag aus.',
  'A Europol official told franceinfo it was “la troisième action sur les deux dernières années” (our translation: the third action in the last two years), the first in summer 2016 and the second in summer 2017.':
    'Ein Europol-Vertreter sagte franceinfo, es sei “la troisième action sur les deux dernières années” (unsere Übersetzung: die dritte Aktion in den letzten zwei Jahren), die erste im Sommer 2016 und die zweite im Sommer 2017.',
  'executive director of the European police agency': 'Exekutivdirektor der europäischen Polizeibehörde',
  'With this groundbreaking operation, we have punched a big hole in the capability of [Isis] to spread propaganda online and radicalise young people in Europe,':
    'Mit dieser bahnbrechenden Operation haben wir ein großes Loch in die Fähigkeit [des IS] geschlagen, online Propaganda zu verbreiten und junge Menschen in Europa zu radikalisieren,',
  'European Commissioner for the Security Union': 'EU-Kommissar für die Sicherheitsunion',
  'by working together we can stamp out the poisonous propaganda ... used to fuel many of the recent terror attacks in Europe.':
    'gemeinsam können wir die giftige Propaganda ausmerzen ..., die genutzt wurde, um viele der jüngsten Terroranschläge in Europa anzufachen.',
  'The starting point is a news report of April 2018 on the operation, read in a syndicated copy; its paragraphs are cited as “article ¶N”.':
    'Ausgangspunkt ist ein Nachrichtenbericht vom April 2018 über die Operation, gelesen in einer weiterverbreiteten Kopie; seine Absätze werden als “article ¶N” zitiert.',
  'Every other fact was looked up in public pages (Europol’s release as reposted in full, national police and justice statements as reported by the press, news reports in several languages), read from archived copies, and checked against the report. Each fact names its sources; quotations are verbatim, and a translation is marked as ours.':
    'Jede andere Tatsache wurde in öffentlichen Seiten nachgeschlagen (der vollständig weiterverbreiteten Pressemitteilung von Europol, Erklärungen nationaler Polizei- und Justizbehörden, wie die Presse sie wiedergab, Nachrichtenberichten in mehreren Sprachen), in archivierten Kopien gelesen und mit dem Bericht abgeglichen. Jede Tatsache nennt ihre Quellen; Zitate sind wörtlich, und eine Übersetzung ist als unsere gekennzeichnet.',
  'Where a statement is someone’s account rather than a checked fact, it says whose (“Europol said…”). Where sources disagree, both accounts are shown.':
    'Wo eine Aussage jemandes Darstellung ist und keine geprüfte Tatsache, steht dabei, wessen („Nach Angaben von Europol …“). Wo Quellen sich widersprechen, werden beide Darstellungen gezeigt.',
  Unconfirmed: 'Unbestätigt',
  'a source says it, but no other source confirms it, or it applies a later source to 2018.':
    'eine Quelle sagt es, aber keine andere bestätigt es, oder eine spätere Quelle wird auf 2018 übertragen.',
  'a source says it, but no other source confirms it.':
    'eine Quelle sagt es, aber keine andere bestätigt es.',
  'Not named': 'Nicht genannt',
  'we found no source naming the agency that acted in that country; it does not mean none took part.':
    'wir fanden keine Quelle, die die Behörde nennt, die in diesem Land tätig wurde; das heißt nicht, dass keine beteiligt war.',
  'Research note': 'Rechercheanmerkung',
  'a finding of our research, such as what we could not find; no page is cited because no page says it.':
    'ein Ergebnis unserer Recherche, etwa was wir nicht finden konnten; keine Seite wird zitiert, weil keine Seite es sagt.',
  'Each panel cites its sources; the downloads list every source with its address. A repost or a copy is named as one. Markers for places and attacks are approximate.':
    'Jedes Feld nennt seine Quellen; die Downloads führen jede Quelle mit ihrer Adresse auf. Eine Weiterverbreitung oder Kopie wird als solche bezeichnet. Markierungen für Orte und Anschläge sind ungefähr.',
  'Country outlines: Natural Earth via world-atlas (public domain).':
    'Ländergrenzen: Natural Earth über world-atlas (gemeinfrei).',
  'Research, data and map: the Takedown Map project; code and data under the MIT licence.':
    'Recherche, Daten und Karte: das Projekt Takedown Map; Code und Daten unter der MIT-Lizenz.',
  'Corrected: claims by Europol and others are now attributed to them; the report’s “in 2016” is corrected without blaming it for Trèbes; the end-of-2015 entry is shown as an alert, not a strike; Eurojust’s address is given as its location only; Julian King’s title; source names and titles; added the scale of the operation, the Romanian and Spanish accounts, the aftermath reported by RTL and Charlie Winter, and context.':
    'Korrigiert: Aussagen von Europol und anderen werden ihnen nun zugeschrieben; das “in 2016” des Berichts wird korrigiert, ohne ihm Trèbes anzulasten; der Eintrag Ende 2015 wird als Warnung gezeigt, nicht als Schlag; die Adresse von Eurojust wird nur als Standort angegeben; der Titel von Julian King; Namen und Titel der Quellen; ergänzt: der Umfang der Operation, die rumänische und die spanische Darstellung, die von RTL und Charlie Winter berichteten Folgen sowie Hintergrund.',
  'We found no source naming the agency that acted.':
    'Wir fanden keine Quelle, die die Behörde nennt, die tätig wurde.',
};
