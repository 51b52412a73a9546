/**
 * This operation's texts in German, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a German page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Europol and Eurojust · 21–24 November 2019': 'Europol und Eurojust · 21.–24. November 2019',
  'Twelve member states, led by Belgium, against Isis online':
    'Zwölf Mitgliedstaaten unter belgischer Leitung gegen den IS im Netz',
  'Between 21 and 24 November 2019, Europol’s Internet Referral Unit, supported by Eurojust, was joined by 12 EU member states and 9 online service providers in an action led by the Belgian judiciary; the sources we found name only Belgium and Spain.':
    'Vom 21. bis 24. November 2019 schlossen sich der Internet Referral Unit von Europol, unterstützt von Eurojust, 12 EU-Mitgliedstaaten und 9 Online-Diensteanbieter an, in einer Aktion unter Leitung der belgischen Justiz; die Quellen, die wir fanden, nennen nur Belgien und Spanien.',
  'Thursday 21 to Sunday 24 November 2019; Europol’s referral action days at its headquarters were 21–22 November.':
    'Donnerstag, 21., bis Sonntag, 24. November 2019; die Aktionstage zur Meldung von Inhalten am Europol-Hauptsitz waren am 21. und 22. November.',
  'Europol said the referral action, coordinated by its EU Internet Referral Unit and supported by Eurojust, was joined by 12 member states and 9 online service providers.':
    'Nach Angaben von Europol beteiligten sich 12 Mitgliedstaaten und 9 Online-Diensteanbieter an der Meldeaktion, die seine EU Internet Referral Unit koordinierte und Eurojust unterstützte.',
  'It led to the referral of more than 26,000 items of IS-supporting content.':
    'Sie führte zur Meldung von mehr als 26.000 Inhalten, die den IS unterstützen.',
  'We found no source naming ten of the twelve member states: only Belgium (the lead) and Spain (an arrest) are named, so only they are coloured.':
    'Wir fanden keine Quelle, die zehn der zwölf Mitgliedstaaten nennt: Nur Belgien (die Leitung) und Spanien (eine Festnahme) werden genannt, daher sind nur sie eingefärbt.',
  'Europol said the operation targeted the online propaganda of the so-called Islamic State, with 9 online service providers.':
    'Nach Angaben von Europol richtete sich die Operation, mit 9 Online-Diensteanbietern, gegen die Online-Propaganda des sogenannten Islamischen Staates.',
  '21–24 November 2019': '21.–24. November 2019',
  'An action against IS online with 12 member states and 9 online service providers, led by the Belgian judiciary and coordinated by Europol’s EU IRU with Eurojust.':
    'Eine Aktion gegen den IS im Netz mit 12 Mitgliedstaaten und 9 Online-Diensteanbietern, geleitet von der belgischen Justiz und koordiniert von der EU IRU von Europol mit Eurojust.',
  'How many countries: Europol’s release, as reported, says 12 member states; NU.nl reported eleven EU countries.':
    'Wie viele Länder: Die Pressemitteilung von Europol spricht, wie berichtet, von 12 Mitgliedstaaten; NU.nl meldete elf EU-Länder.',
  'Anadolu reported that Europol had carried out similar operations in August 2016, June 2017 and April 2018.':
    'Anadolu berichtete, Europol habe ähnliche Operationen im August 2016, im Juni 2017 und im April 2018 durchgeführt.',
  'Sources: Europol, Europe Diplomatic, Anadolu, Belgian federal police, NU.nl, AFP. Map: Natural Earth (public domain).':
    'Quellen: Europol, Europe Diplomatic, Anadolu, belgische Föderalpolizei, NU.nl, AFP. Karte: Natural Earth (gemeinfrei).',
  'Belgian Federal Prosecutor’s Office and investigating counter-terrorism judge, with the federal judicial police of East Flanders':
    'Belgische Bundesstaatsanwaltschaft und Untersuchungsrichter für Terrorismus, mit der föderalen Kriminalpolizei Ostflandern',
  'Led the operation, according to Europe Diplomatic and Anadolu, following Europol.':
    'Leitete die Operation, laut Europe Diplomatic und Anadolu, die sich auf Europol stützen.',
  'The Belgian federal police said Belgium led the action, working with several other countries, Europol and Eurojust.':
    'Nach Angaben der belgischen Föderalpolizei leitete Belgien die Aktion und arbeitete mit mehreren anderen Ländern, Europol und Eurojust zusammen.',
  'Guardia Civil': 'Guardia Civil',
  'The Guardia Civil arrested a man suspected of being one of the core disseminators of IS propaganda online; AFP placed the arrest in the Canary Islands.':
    'Die Guardia Civil nahm einen Mann fest, der verdächtigt wurde, einer der wichtigsten Verbreiter von IS-Propaganda im Netz zu sein; AFP verortete die Festnahme auf den Kanarischen Inseln.',
  'Europol said its EU IRU organised the 16th joint Referral Action Days at its headquarters in The Hague on 21–22 November 2019.':
    'Nach Angaben von Europol organisierte seine EU IRU am 21.–22. November 2019 die 16. gemeinsamen Aktionstage zur Meldung von Inhalten an seinem Hauptsitz in Den Haag.',
  'Supported the referral action.': 'Unterstützte die Meldeaktion.',
  'We found no source that describes what Eurojust concretely did in November 2019.':
    'Wir fanden keine Quelle, die beschreibt, was Eurojust im November 2019 konkret tat.',
};
