/**
 * This operation's texts in Romanian, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Romanian page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Europol and Eurojust · 21–24 November 2019': 'Europol și Eurojust · 21–24 noiembrie 2019',
  'Twelve member states, led by Belgium, against Isis online':
    'Douăsprezece state membre, conduse de Belgia, împotriva Statului Islamic online',
  'Between 21 and 24 November 2019, Europol’s Internet Referral Unit, supported by Eurojust, was joined by 12 EU member states and 9 online service providers in an action led by the Belgian judiciary; the sources we found name only Belgium and Spain.':
    'Între 21 și 24 noiembrie 2019, Unității de semnalare a conținutului online a Europol, sprijinită de Eurojust, i s-au alăturat 12 state membre ale UE și 9 furnizori de servicii online, într-o acțiune condusă de justiția belgiană; sursele găsite de noi numesc doar Belgia și Spania.',
  'Thursday 21 to Sunday 24 November 2019; Europol’s referral action days at its headquarters were 21–22 November.':
    'De joi, 21, până duminică, 24 noiembrie 2019; zilele de acțiune pentru semnalarea conținutului de la sediul Europol au fost 21–22 noiembrie.',
  'Europol said the referral action, coordinated by its EU Internet Referral Unit and supported by Eurojust, was joined by 12 member states and 9 online service providers.':
    'Potrivit Europol, la acțiunea de semnalare, coordonată de Unitatea sa UE de semnalare a conținutului online și sprijinită de Eurojust, s-au alăturat 12 state membre și 9 furnizori de servicii online.',
  'It led to the referral of more than 26,000 items of IS-supporting content.':
    'A dus la semnalarea a peste 26.000 de materiale care susțin Statul Islamic.',
  'We found no source naming ten of the twelve member states: only Belgium (the lead) and Spain (an arrest) are named, so only they are coloured.':
    'Nu am găsit nicio sursă care să numească zece dintre cele douăsprezece state membre: sunt numite doar Belgia (conducerea) și Spania (o arestare), așa că doar ele sunt colorate.',
  'Europol said the operation targeted the online propaganda of the so-called Islamic State, with 9 online service providers.':
    'Potrivit Europol, operațiunea a vizat propaganda online a așa-numitului Stat Islamic, cu 9 furnizori de servicii online.',
  '21–24 November 2019': '21–24 noiembrie 2019',
  'An action against IS online with 12 member states and 9 online service providers, led by the Belgian judiciary and coordinated by Europol’s EU IRU with Eurojust.':
    'O acțiune împotriva Statului Islamic online, cu 12 state membre și 9 furnizori de servicii online, condusă de justiția belgiană și coordonată de EU IRU din cadrul Europol împreună cu Eurojust.',
  'How many countries: Europol’s release, as reported, says 12 member states; NU.nl reported eleven EU countries.':
    'Câte țări: comunicatul Europol, așa cum a fost relatat, vorbește de 12 state membre; NU.nl a relatat unsprezece țări ale UE.',
  'Anadolu reported that Europol had carried out similar operations in August 2016, June 2017 and April 2018.':
    'Anadolu a relatat că Europol a desfășurat operațiuni similare în august 2016, iunie 2017 și aprilie 2018.',
  'Sources: Europol, Europe Diplomatic, Anadolu, Belgian federal police, NU.nl, AFP. Map: Natural Earth (public domain).':
    'Surse: Europol, Europe Diplomatic, Anadolu, poliția federală belgiană, NU.nl, AFP. Hartă: Natural Earth (domeniu public).',
  'Belgian Federal Prosecutor’s Office and investigating counter-terrorism judge, with the federal judicial police of East Flanders':
    'Parchetul federal belgian și judecătorul de instrucție antiterorism, împreună cu poliția judiciară federală din Flandra de Est',
  'Led the operation, according to Europe Diplomatic and Anadolu, following Europol.':
    'A condus operațiunea, potrivit Europe Diplomatic și Anadolu, care preiau informațiile Europol.',
  'The Belgian federal police said Belgium led the action, working with several other countries, Europol and Eurojust.':
    'Potrivit poliției federale belgiene, Belgia a condus acțiunea, colaborând cu mai multe alte țări, cu Europol și cu Eurojust.',
  'Guardia Civil': 'Guardia Civil',
  'The Guardia Civil arrested a man suspected of being one of the core disseminators of IS propaganda online; AFP placed the arrest in the Canary Islands.':
    'Guardia Civil a arestat un bărbat suspectat că este unul dintre principalii difuzori ai propagandei online a Statului Islamic; AFP a plasat arestarea în Insulele Canare.',
  'Europol said its EU IRU organised the 16th joint Referral Action Days at its headquarters in The Hague on 21–22 November 2019.':
    'Potrivit Europol, EU IRU a organizat cele de-a 16-a zile comune de acțiune pentru semnalarea conținutului la sediul său din Haga, pe 21–22 noiembrie 2019.',
  'Supported the referral action.': 'A sprijinit acțiunea de semnalare.',
  'We found no source that describes what Eurojust concretely did in November 2019.':
    'Nu am găsit nicio sursă care să descrie ce a făcut concret Eurojust în noiembrie 2019.',
};
