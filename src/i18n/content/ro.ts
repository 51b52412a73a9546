/**
 * Content translations into Romanian, keyed by the English text (src/i18n/localize.ts).
 * Translated by the engineer who built the language support, not reviewed by a native speaker.
 * Quotations stay verbatim in their own language (“…”), with our translation after them, marked as ours.
 */
import type { ContentMap } from '../localize.ts';

export const RO: ContentMap = {
  'Europol-coordinated operation · 25–26 April 2018': 'Operațiune coordonată de Europol · 25–26 aprilie 2018',
  'Eight countries, two days: the takedown of Isis propaganda outlets':
    'Opt țări, două zile: dezactivarea canalelor de propagandă ale Statului Islamic',
  'On 25–26 April 2018 agencies in eight countries, led by Belgian prosecutors and coordinated from The Hague, hit Amaq and other Isis media outlets, Europol said.':
    'Pe 25–26 aprilie 2018, instituții din opt țări, conduse de procurori belgieni și coordonate de la Haga, au lovit Amaq și alte canale media ale Statului Islamic, potrivit Europol.',
  'Wednesday 25 to Thursday 26 April 2018; Europol announced it on 27 April.':
    'De miercuri, 25, până joi, 26 aprilie 2018; Europol a anunțat-o pe 27 aprilie.',
  'Europol said law enforcement teams from Europe, the US and Canada had disabled the key communications channels of the Islamic State group, in a coordinated operation involving agencies in eight countries.':
    'Potrivit Europol, echipe ale forțelor de ordine din Europa, SUA și Canada au scos din funcțiune principalele canale de comunicare ale grupării Statul Islamic, într-o operațiune coordonată la care au participat instituții din opt țări.',
  'Europol said the two-day, simultaneous takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Potrivit Europol, acțiunea simultană, de două zile, a vizat Amaq, un canal de propagandă care se prezintă drept agenție de presă, precum și “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (traducerea noastră: „canale de propagandă mai mici, între care radio Bayan, Halumu și Nashir news”).',
  'It was coordinated from Europol’s headquarters in The Hague and backed by Eurojust; Europol said it was led by Belgian prosecutors.':
    'A fost coordonată de la sediul Europol din Haga și sprijinită de Eurojust; potrivit Europol, a fost condusă de procurori belgieni.',
  'Europol said the aim was to disrupt the flow of Isis propaganda severely, hampering its broadcasts for an undetermined time.':
    'Potrivit Europol, scopul a fost perturbarea gravă a fluxului de propagandă al Statului Islamic, împiedicându-i difuzarea pentru o perioadă nedeterminată.',
  'Europol said national police forces expect the data retrieved to help identify the administrators of Isis media outlets and potentially radicalised people in Europe and beyond.':
    'Potrivit Europol, polițiile naționale se așteaptă ca datele obținute să ajute la identificarea administratorilor canalelor media ale Statului Islamic și, posibil, a unor persoane radicalizate din Europa și din afara ei.',
  'A propaganda outlet styled as a news agency. The report calls it “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism”; Europol called it the group’s “main mouthpiece”.':
    'Un canal de propagandă care se prezintă drept agenție de presă. Relatarea îl numește “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism” (traducerea noastră: „agenția de presă prin care gruparea își revendică atacurile și își răspândește mesajul jihadist”); Europol l-a numit “main mouthpiece” (traducerea noastră: „principala portavoce”) a grupării.',
  'Europol said Isis officially endorsed it in July 2017 and that it became the primary source of information on the group’s activities worldwide.':
    'Potrivit Europol, Statul Islamic l-a recunoscut oficial în iulie 2017, iar el a devenit principala sursă de informații despre activitățile grupării în întreaga lume.',
  'Wikipedia calls it a news outlet linked to the Islamic State, first noticed during the siege of Kobanî in 2014 and often the first place claims of responsibility appear.':
    'Wikipedia îl descrie ca pe un canal de știri legat de Statul Islamic, observat pentru prima dată în timpul asediului orașului Kobani din 2014 și adesea primul loc unde apar revendicările.',
  'Isis’s official radio station, once on 92.5 FM in Mosul. By 2018, when the takedown targeted it, it was an online outlet.':
    'Postul de radio oficial al Statului Islamic, cândva pe 92,5 FM la Mosul. În 2018, când acțiunea l-a vizat, era un canal online.',
  'An Iraqi airstrike took the Mosul station off air on 25 February 2017.':
    'Un atac aerian irakian a scos din emisie postul din Mosul pe 25 februarie 2017.',
  'A later source (2022 or after) calls Halummu “a distribution and translation conduit for official statements”; that it was the same in April 2018 is not confirmed.':
    'O sursă ulterioară (din 2022 sau de după) numește Halummu “a distribution and translation conduit for official statements” (traducerea noastră: „un canal de distribuire și traducere a declarațiilor oficiale”); că era la fel în aprilie 2018 nu este confirmat.',
  'We found no description of Halumu from 2018.': 'Nu am găsit nicio descriere a Halumu din 2018.',
  'An Isis distribution network, chiefly on Telegram; the name means “Distributor”. Its channel was advertised from 2015.':
    'O rețea de distribuție a Statului Islamic, mai ales pe Telegram; numele înseamnă “Distributor” (traducerea noastră: „Distribuitor”). Canalul său era promovat din 2015.',
  'By 2017 the main poster of Isis content on Telegram, running dozens of channels, MEMRI reported.':
    'În 2017, principalul difuzor de conținut al Statului Islamic pe Telegram, cu zeci de canale, potrivit MEMRI.',
  'Europol said that at the end of 2017 Isis propaganda was available in at least nine languages, through services such as mailed newsletters and add-ons for common browsers.':
    'Potrivit Europol, la sfârșitul lui 2017 propaganda Statului Islamic era disponibilă în cel puțin nouă limbi, prin servicii precum buletine informative trimise prin e-mail și extensii pentru browserele obișnuite.',
  Paris: 'Paris',
  'Coordinated attacks in Paris (Bataclan, Stade de France, cafés)':
    'Atacuri coordonate la Paris (Bataclan, Stade de France, cafenele)',
  'The Bataclan theatre, one of several sites': 'Teatrul Bataclan, unul dintre mai multe locuri',
  'Claimed in an official Islamic State statement on 14 November 2015.':
    'Revendicate într-o declarație oficială a Statului Islamic pe 14 noiembrie 2015.',
  'We found no Amaq claim for these attacks.': 'Nu am găsit nicio revendicare a Amaq pentru aceste atacuri.',
  Brussels: 'Bruxelles',
  'Bombings at Brussels airport and Maalbeek metro station':
    'Atentate cu bombă pe aeroportul din Bruxelles și la stația de metrou Maalbeek',
  'Maalbeek metro station, one of two sites (the other is the airport)':
    'Stația de metrou Maalbeek, unul dintre cele două locuri (celălalt este aeroportul)',
  'Amaq carried the claim the same day.': 'Amaq a difuzat revendicarea în aceeași zi.',
  Berlin: 'Berlin',
  'Truck attack on the Breitscheidplatz Christmas market':
    'Atac cu camionul la târgul de Crăciun din Breitscheidplatz',
  Breitscheidplatz: 'Breitscheidplatz',
  'Amaq carried the claim on 20 December 2016.': 'Amaq a difuzat revendicarea pe 20 decembrie 2016.',
  Barcelona: 'Barcelona',
  'Van attack on La Rambla': 'Atac cu duba pe La Rambla',
  'A reference point on La Rambla': 'Un punct de reper pe La Rambla',
  Trèbes: 'Trèbes',
  'Supermarket siege in Trèbes (Carcassonne and Trèbes attack)':
    'Luare de ostatici într-un supermarket din Trèbes (atacul de la Carcassonne și Trèbes)',
  'The centre of Trèbes, not the supermarket': 'Centrul localității Trèbes, nu supermarketul',
  'Amaq carried a claim for the attack.': 'Amaq a difuzat o revendicare a atacului.',
  'The report puts the Paris, Brussels, Barcelona and Berlin claims “in 2016”. Only Brussels (22 March 2016) and Berlin (19 December 2016) were in 2016: Paris was on 13 November 2015 and Barcelona on 17 August 2017. The report dates Trèbes correctly, as “last month’s supermarket siege” (23 March 2018).':
    'Relatarea plasează revendicările de la Paris, Bruxelles, Barcelona și Berlin “in 2016” (traducerea noastră: „în 2016”). Doar Bruxelles (22 martie 2016) și Berlin (19 decembrie 2016) au fost în 2016: Parisul a fost pe 13 noiembrie 2015, iar Barcelona pe 17 august 2017. Relatarea datează corect Trèbes, drept “last month’s supermarket siege” (traducerea noastră: „luarea de ostatici de luna trecută din supermarket”) (23 martie 2018).',
  'The Paris attacks of 13 November 2015 were claimed in an official Islamic State statement. Amaq did carry a claim for a later attack in Paris, the Champs-Élysées shooting of 20 April 2017, so which “Paris” Europol meant is unclear.':
    'Atacurile de la Paris din 13 noiembrie 2015 au fost revendicate într-o declarație oficială a Statului Islamic. Amaq a difuzat totuși revendicarea unui atac ulterior la Paris, atacul armat de pe Champs-Élysées din 20 aprilie 2017, așa că nu este clar la ce “Paris” se referea Europol.',
  'We found no Amaq claim for the November 2015 Paris attacks.':
    'Nu am găsit nicio revendicare a Amaq pentru atacurile de la Paris din noiembrie 2015.',
  'AFP quoted Europol’s director more broadly: Isis used Amaq to claim “every major attack since 2015 in Europe”.':
    'AFP l-a citat mai larg pe directorul Europol: Statul Islamic a folosit Amaq pentru a revendica “every major attack since 2015 in Europe” (traducerea noastră: „fiecare atac major din Europa din 2015 încoace”).',
  'Markers are approximate: each stands at one site of an attack, or at a reference point in the town or street.':
    'Marcajele sunt aproximative: fiecare se află într-unul dintre locurile unui atac sau la un punct de reper din oraș ori de pe stradă.',
  'What was seized where: Europol puts servers in the Netherlands, the US and Canada and digital evidence in Bulgaria, France and Romania; the Belgian federal prosecutor says servers were seized and shut down in all six; Bulgaria’s interior ministry says access to four servers was blocked.':
    'Ce s-a confiscat și unde: Europol plasează servere în Țările de Jos, SUA și Canada și probe digitale în Bulgaria, Franța și România; parchetul federal belgian spune că servere au fost confiscate și oprite în toate cele șase; ministerul bulgar de interne spune că accesul la patru servere a fost blocat.',
  'A Romanian report listed digital material seized in Romania, Bulgaria and France and also in Belgium and the UK, which does not match Europol’s account.':
    'O relatare românească enumera material digital confiscat în România, Bulgaria și Franța, dar și în Belgia și Regatul Unit, ceea ce nu corespunde versiunii Europol.',
  "How many took part: AFP reported that “dozens and dozens” of national police forces fanned out in their countries; franceinfo reported about 30 investigators (“Une trentaine d'enquêteurs”).":
    "Câți au participat: AFP a relatat că “dozens and dozens” (traducerea noastră: „zeci și zeci”) de poliții naționale au intervenit în țările lor; franceinfo a relatat despre aproximativ 30 de anchetatori (“Une trentaine d'enquêteurs”).",
  'Spain’s interior ministry presented the action as growing out of a Guardia Civil case, listed Panama among the participants and spoke of users identified in 133 countries; Europol’s list of eight includes neither Spain nor Panama.':
    'Ministerul spaniol de interne a prezentat acțiunea ca decurgând dintr-un dosar al Guardia Civil, a enumerat Panama printre participanți și a vorbit despre utilizatori identificați în 133 de țări; lista celor opt a Europol nu include nici Spania, nici Panama.',
  'A Spanish outlet, salamplan.com, said Spain “no ha estado directamente implicada” (our translation: was not directly involved).':
    'O publicație spaniolă, salamplan.com, a scris că Spania “no ha estado directamente implicada” (traducerea noastră: „nu a fost implicată direct”).',
  'AP reported that Nashir was still sharing Isis statements and Amaq reports on Telegram on Friday 27 April.':
    'AP a relatat că Nashir încă distribuia declarații ale Statului Islamic și știri Amaq pe Telegram vineri, 27 aprilie.',
  'Charlie Winter, an expert on radicalisation at King’s College London, said Amaq had since published more than a dozen items, through a different channel than usual, Euronews reported.':
    'Charlie Winter, expert în radicalizare la King’s College London, a spus că Amaq publicase între timp peste o duzină de materiale, printr-un alt canal decât de obicei, a relatat Euronews.',
  'RTL quoted Wassim Nasr as saying the propaganda was interrupted for only about two hours.':
    'RTL l-a citat pe Wassim Nasr, care a spus că propaganda a fost întreruptă doar circa două ore.',
  'Rob Wainwright’s term as Europol’s director ended on 1 May 2018, days after the operation.':
    'Mandatul lui Rob Wainwright ca director al Europol s-a încheiat pe 1 mai 2018, la câteva zile după operațiune.',
  'Belgium led a similar action again in November 2019: a Belgian investigating judge and the Federal Prosecutor’s Office managed it, and Europol’s Internet Referral Unit organised it at its headquarters in The Hague.':
    'Belgia a condus din nou o acțiune similară în noiembrie 2019: un judecător de instrucție belgian și parchetul federal au coordonat-o, iar Unitatea de semnalare a conținutului online a Europol a organizat-o la sediul său din Haga.',
  'Sources: news report, April 2018; Europol’s release (reposted); public reports cited in each panel. Map: Natural Earth (public domain).':
    'Surse: relatare de presă, aprilie 2018; comunicatul Europol (republicat); surse publice citate în fiecare panou. Hartă: Natural Earth (domeniu public).',
  'Coordinated from The Hague': 'Coordonată de la Haga',
  'The report says the two-day takedown was coordinated from Europol’s headquarters in The Hague and backed by Eurojust, the EU’s judicial cooperation agency.':
    'Potrivit relatării, acțiunea de două zile a fost coordonată de la sediul Europol din Haga și sprijinită de Eurojust, agenția UE pentru cooperare judiciară.',
  'Europol said the EU Internet Referral Unit of its European Counter Terrorism Centre coordinated it.':
    'Potrivit Europol, a fost coordonată de Unitatea UE de semnalare a conținutului online din cadrul Centrului său european de combatere a terorismului.',
  'We found no source that describes what Eurojust concretely did in April 2018.':
    'Nu am găsit nicio sursă care să descrie ce a făcut concret Eurojust în aprilie 2018.',
  'Belgium led': 'Belgia a condus',
  'Europol said Belgian prosecutors led the operation; its release names the Belgian Federal Prosecutor’s Office.':
    'Potrivit Europol, procurori belgieni au condus operațiunea; comunicatul său numește parchetul federal belgian.',
  'In Belgium, the federal judicial police of Ghent took part in the action.':
    'În Belgia, poliția judiciară federală din Gent a participat la acțiune.',
  'Evidence: France, Romania, Bulgaria': 'Probe: Franța, România, Bulgaria',
  'Europol said French, Romanian and Bulgarian police had quantities of digital evidence; the Guardian reported digital evidence seized in all three.':
    'Potrivit Europol, polițiile franceză, română și bulgară dețineau cantități de probe digitale; The Guardian a relatat despre probe digitale confiscate în toate trei.',
  'Bulgaria’s interior ministry said access was blocked to four servers Amaq used there.':
    'Ministerul bulgar de interne a spus că accesul la patru servere folosite acolo de Amaq a fost blocat.',
  'We found no source naming the French or Romanian service that acted.':
    'Nu am găsit nicio sursă care să numească serviciul francez sau român care a acționat.',
  'Servers: the Netherlands, the US, Canada': 'Servere: Țările de Jos, SUA, Canada',
  'Europol said law enforcement officers in the Netherlands, the US and Canada captured Isis servers.':
    'Potrivit Europol, agenți ai forțelor de ordine din Țările de Jos, SUA și Canada au confiscat servere ale Statului Islamic.',
  'Dutch justice authorities confirmed servers were taken offline; Global News reported no arrests in Canada.':
    'Justiția neerlandeză a confirmat că servere au fost scoase din funcțiune; Global News nu a relatat despre arestări în Canada.',
  'The Belgian federal prosecutor named more countries: servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Parchetul federal belgian a numit mai multe țări: servere au fost confiscate și oprite în Bulgaria, Franța, România, Țările de Jos, Canada și Statele Unite.',
  'Registrars: the United Kingdom': 'Registratori: Regatul Unit',
  'Europol said Britain’s Counter Terrorism Internet Referral Unit identified the top-level domain registrars Isis had abused.':
    'Potrivit Europol, Unitatea britanică de semnalare a conținutului terorist online a identificat registratorii de domenii de nivel superior de care Statul Islamic abuzase.',
  'The unit sits in the Metropolitan Police’s Counter Terrorism Command; PA reported that it led the referral of abused web domains.':
    'Unitatea face parte din Comandamentul antiterorist al Poliției Metropolitane; potrivit PA, ea a condus semnalarea domeniilor web folosite abuziv.',
  'Two strikes before, after an alert': 'Două lovituri înainte, după o alertă',
  'Europol said the case began at the end of 2015, when it alerted EU member states to the rise of Amaq.':
    'Potrivit Europol, cazul a început la sfârșitul lui 2015, când a alertat statele membre ale UE cu privire la ascensiunea Amaq.',
  'The report calls April 2018 the third strike since 2016, when Amaq’s app and web assets were first targeted; Europol’s release names no lead country for that first takedown.':
    'Relatarea numește aprilie 2018 a treia lovitură din 2016 încoace, când aplicația și resursele web ale Amaq au fost vizate pentru prima dată; comunicatul Europol nu numește nicio țară conducătoare pentru acea primă acțiune.',
  'In June 2017 Spain’s Guardia Civil led the second, supported by Europol and the US; the servers it seized led to radicalised people being identified in more than 100 countries.':
    'În iunie 2017, Guardia Civil spaniolă a condus-o pe a doua, cu sprijinul Europol și al SUA; serverele confiscate au dus la identificarea unor persoane radicalizate în peste 100 de țări.',
  'The outlets': 'Canalele',
  'Europol said the takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Potrivit Europol, acțiunea a vizat Amaq, un canal de propagandă care se prezintă drept agenție de presă, precum și “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (traducerea noastră: „canale de propagandă mai mici, între care radio Bayan, Halumu și Nashir news”).',
  'Afterwards, and where sources disagree': 'După aceea, și unde sursele se contrazic',
  'Belgian Federal Prosecutor’s Office': 'Parchetul federal belgian',
  'Led the operation: Europol said Belgian prosecutors led it, and its release names the Belgian Federal Prosecutor’s Office.':
    'A condus operațiunea: potrivit Europol, procurori belgieni au condus-o, iar comunicatul său numește parchetul federal belgian.',
  'The federal prosecutor gave the aim as “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (our translation: to severely destabilise IS’s propaganda apparatus and to identify and arrest the administrators of these servers).':
    'Procurorul federal a descris scopul drept “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (traducerea noastră: „a destabiliza puternic aparatul de propagandă al SI și a identifica și aresta administratorii acestor servere”).',
  'Cybercrime department of GDBOP (Chief Directorate Combating Organised Crime), Interior Ministry':
    'Departamentul de criminalitate informatică al GDBOP (Direcția generală pentru combaterea crimei organizate), Ministerul de Interne',
  'Europol said police in Bulgaria had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Potrivit Europol, poliția din Bulgaria deținea cantități de probe digitale; The Guardian a relatat despre probe digitale confiscate acolo.',
  'The interior ministry said access was blocked to four servers Amaq used in Bulgaria.':
    'Ministerul de interne a spus că accesul la patru servere folosite de Amaq în Bulgaria a fost blocat.',
  'Europol lists Bulgaria for digital evidence; Bulgaria’s interior ministry speaks of four servers blocked, and the Belgian federal prosecutor of servers seized and shut down there.':
    'Europol enumeră Bulgaria pentru probe digitale; ministerul bulgar de interne vorbește despre patru servere blocate, iar parchetul federal belgian despre servere confiscate și oprite acolo.',
  'Europol said law enforcement officers captured Isis servers in Canada; Global News reported servers seized there.':
    'Potrivit Europol, agenți ai forțelor de ordine au confiscat servere ale Statului Islamic în Canada; Global News a relatat despre servere confiscate acolo.',
  'No arrests were made in Canada, Global News reported.':
    'În Canada nu au avut loc arestări, a relatat Global News.',
  'An RCMP spokesperson declined to comment further on what they called an ongoing law enforcement operation.':
    'Un purtător de cuvânt al RCMP a refuzat să comenteze mai mult ceea ce a numit o operațiune polițienească în desfășurare.',
  'The Belgian federal prosecutor said servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Parchetul federal belgian a spus că servere au fost confiscate și oprite în Bulgaria, Franța, România, Țările de Jos, Canada și Statele Unite.',
  'Europol said police in France had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Potrivit Europol, poliția din Franța deținea cantități de probe digitale; The Guardian a relatat despre probe digitale confiscate acolo.',
  'Europol said officers in the Netherlands captured Isis servers; NOS reported that servers of Amaq were seized there.':
    'Potrivit Europol, agenți din Țările de Jos au confiscat servere ale Statului Islamic; NOS a relatat că acolo au fost confiscate servere ale Amaq.',
  'Dutch justice authorities (“Justitie”) confirmed that servers were taken offline in the Netherlands too, without giving places or numbers.':
    'Justiția neerlandeză (“Justitie”) a confirmat că și în Țările de Jos au fost scoase din funcțiune servere, fără a indica locuri sau numere.',
  'Police would not say whether anyone was arrested, NOS reported.':
    'Poliția nu a vrut să spună dacă a fost arestat cineva, a relatat NOS.',
  'Europol said police in Romania had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Potrivit Europol, poliția din România deținea cantități de probe digitale; The Guardian a relatat despre probe digitale confiscate acolo.',
  'Counter Terrorism Internet Referral Unit (CTIRU), in the Metropolitan Police’s Counter Terrorism Command':
    'Unitatea de semnalare a conținutului terorist online (CTIRU), din Comandamentul antiterorist al Poliției Metropolitane',
  'Europol said the unit identified the top-level domain registrars that Isis had abused.':
    'Potrivit Europol, unitatea a identificat registratorii de domenii de nivel superior de care Statul Islamic abuzase.',
  'PA reported that it led the work of identifying and referring web domains abused by the group.':
    'Potrivit PA, ea a condus identificarea și semnalarea domeniilor web folosite abuziv de grupare.',
  'Europol said law enforcement officers captured Isis servers in the US; the Guardian reported servers seized there.':
    'Potrivit Europol, agenți ai forțelor de ordine au confiscat servere ale Statului Islamic în SUA; The Guardian a relatat despre servere confiscate acolo.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters and Eurojust; not either building':
    'Centrul de conferințe World Forum din Haga, lângă sediul Europol și Eurojust; niciuna dintre clădiri',
  'Europol headquarters': 'Sediul Europol',
  'The report says the two-day action was coordinated from Europol’s headquarters in The Hague. The building is at Eisenhowerlaan 73.':
    'Potrivit relatării, acțiunea de două zile a fost coordonată de la sediul Europol din Haga. Clădirea se află pe Eisenhowerlaan 73.',
  'EU Internet Referral Unit (EU IRU)': 'Unitatea UE de semnalare a conținutului online (EU IRU)',
  'Europol said the takedown was coordinated by its EU IRU, set up in July 2015, within its European Counter Terrorism Centre (ECTC), launched on 25 January 2016.':
    'Potrivit Europol, acțiunea a fost coordonată de EU IRU, înființată în iulie 2015, din cadrul Centrului său european de combatere a terorismului (ECTC), lansat pe 25 ianuarie 2016.',
  Eurojust: 'Eurojust',
  'The report says the operation was backed by Eurojust, the EU’s judicial cooperation agency; DW spoke of its assistance. Eurojust has been based at Johan de Wittlaan 9, The Hague, since 2017.':
    'Potrivit relatării, operațiunea a fost sprijinită de Eurojust, agenția UE pentru cooperare judiciară; DW a vorbit despre asistența sa. Eurojust are sediul pe Johan de Wittlaan 9, la Haga, din 2017.',
  'The marker stands at the World Forum: Europol’s building stands on land cleared from the convention centre, and Eurojust’s premises are on the edge of the World Forum area.':
    'Marcajul se află la World Forum: clădirea Europol stă pe un teren desprins din centrul de conferințe, iar sediul Eurojust se află la marginea zonei World Forum.',
  'We found no source giving building-level coordinates for either agency, so the marker is approximate.':
    'Nu am găsit nicio sursă care să dea coordonatele exacte ale clădirilor vreuneia dintre agenții, deci marcajul este aproximativ.',
  'End of 2015 (alert)': 'Sfârșitul lui 2015 (alertă)',
  'Not a strike: Europol said the case began when it alerted all EU member states to the rise of Amaq and the technical resilience of its online infrastructure.':
    'Nu a fost o lovitură: potrivit Europol, cazul a început când a alertat toate statele membre ale UE cu privire la ascensiunea Amaq și la reziliența tehnică a infrastructurii sale online.',
  '25–26 April 2018': '25–26 aprilie 2018',
  'Belgium (Federal Prosecutor’s Office)': 'Belgia (parchetul federal)',
  'The report calls it “the third such strike” since 2016; Europol called it a “simultaneous, multinational takedown”, involving agencies in eight countries and coordinated from The Hague.':
    'Relatarea o numește “the third such strike” (traducerea noastră: „a treia lovitură de acest fel”) din 2016 încoace; Europol a vorbit despre o “simultaneous, multinational takedown” (traducerea noastră: „acțiune simultană, multinațională”), cu instituții din opt țări, coordonată de la Haga.',
  'A Europol official told franceinfo it was “la troisième action sur les deux dernières années” (our translation: the third action in the last two years), the first in summer 2016 and the second in summer 2017.':
    'Un oficial Europol a declarat pentru franceinfo că a fost “la troisième action sur les deux dernières années” (traducerea noastră: a treia acțiune din ultimii doi ani), prima în vara lui 2016, iar a doua în vara lui 2017.',
  'executive director of the European police agency': 'director executiv al agenției europene de poliție',
  'With this groundbreaking operation, we have punched a big hole in the capability of [Isis] to spread propaganda online and radicalise young people in Europe,':
    'Cu această operațiune fără precedent, am făcut o breșă mare în capacitatea [Statului Islamic] de a răspândi propagandă online și de a radicaliza tineri în Europa,',
  'European Commissioner for the Security Union': 'comisarul european pentru uniunea securității',
  'by working together we can stamp out the poisonous propaganda ... used to fuel many of the recent terror attacks in Europe.':
    'lucrând împreună, putem stârpi propaganda otrăvitoare ... folosită pentru a alimenta multe dintre recentele atacuri teroriste din Europa.',
  'The starting point is a news report of April 2018 on the operation, read in a syndicated copy; its paragraphs are cited as “article ¶N”.':
    'Punctul de plecare este o relatare de presă din aprilie 2018 despre operațiune, citită într-o copie preluată; paragrafele sale sunt citate ca “article ¶N”.',
  'Every other fact was looked up in public pages (Europol’s release as reposted in full, national police and justice statements as reported by the press, news reports in several languages), read from archived copies, and checked against the report. Each fact names its sources; quotations are verbatim, and a translation is marked as ours.':
    'Orice alt fapt a fost verificat în pagini publice (comunicatul Europol republicat integral, declarații ale polițiilor și parchetelor naționale, așa cum le-a redat presa, relatări în mai multe limbi), citite în copii arhivate și confruntate cu relatarea. Fiecare fapt își numește sursele; citatele sunt redate cuvânt cu cuvânt, iar o traducere este marcată ca fiind a noastră.',
  'Where a statement is someone’s account rather than a checked fact, it says whose (“Europol said…”). Where sources disagree, both accounts are shown.':
    'Acolo unde o afirmație este versiunea cuiva și nu un fapt verificat, se spune a cui („Potrivit Europol…”). Acolo unde sursele se contrazic, sunt prezentate ambele versiuni.',
  Unconfirmed: 'Neconfirmat',
  'a source says it, but no other source confirms it, or it applies a later source to 2018.':
    'o sursă o afirmă, dar nicio altă sursă nu o confirmă, sau se aplică anului 2018 o sursă ulterioară.',
  'a source says it, but no other source confirms it.':
    'o sursă o afirmă, dar nicio altă sursă nu o confirmă.',
  'Not named': 'Nenumit',
  'we found no source naming the agency that acted in that country; it does not mean none took part.':
    'nu am găsit nicio sursă care să numească instituția care a acționat în acea țară; asta nu înseamnă că nu a participat niciuna.',
  'Research note': 'Notă de cercetare',
  'a finding of our research, such as what we could not find; no page is cited because no page says it.':
    'un rezultat al cercetării noastre, de pildă ce nu am putut găsi; nu este citată nicio pagină, pentru că nicio pagină nu o spune.',
  'Each panel cites its sources; the downloads list every source with its address. A repost or a copy is named as one. Markers for places and attacks are approximate.':
    'Fiecare panou își citează sursele; descărcările enumeră fiecare sursă cu adresa ei. O republicare sau o copie este numită ca atare. Marcajele pentru locuri și atacuri sunt aproximative.',
  'Country outlines: Natural Earth via world-atlas (public domain).':
    'Contururile țărilor: Natural Earth prin world-atlas (domeniu public).',
  'Research, data and map: the Takedown Map project; code and data under the MIT licence.':
    'Cercetare, date și hartă: proiectul Takedown Map; cod și date sub licența MIT.',
  'Corrected: claims by Europol and others are now attributed to them; the report’s “in 2016” is corrected without blaming it for Trèbes; the end-of-2015 entry is shown as an alert, not a strike; Eurojust’s address is given as its location only; Julian King’s title; source names and titles; added the scale of the operation, the Romanian and Spanish accounts, the aftermath reported by RTL and Charlie Winter, and context.':
    'Corectat: afirmațiile Europol și ale altora le sunt acum atribuite; “in 2016” din relatare este corectat fără a o acuza pentru Trèbes; intrarea de la sfârșitul lui 2015 este prezentată ca alertă, nu ca lovitură; adresa Eurojust este dată doar ca locație; titlul lui Julian King; numele și titlurile surselor; au fost adăugate amploarea operațiunii, versiunile română și spaniolă, urmările relatate de RTL și Charlie Winter, precum și contextul.',
  'We found no source naming the agency that acted.':
    'Nu am găsit nicio sursă care să numească instituția care a acționat.',
};
