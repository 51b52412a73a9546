/**
 * This operation's texts in German, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a German page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · August 2016': 'Die Kampagne gegen Amaq · August 2016',
  'August 2016: the first takedown against Amaq': 'August 2016: die erste Aktion gegen Amaq',
  'Europol said a first takedown was launched against Amaq’s mobile app and web infrastructure in August 2016, with contributions from EU and non-EU countries; its release names none of them.':
    'Nach Angaben von Europol begann im August 2016 eine erste Aktion gegen die mobile App und die Web-Infrastruktur von Amaq, mit Beiträgen von EU- und Nicht-EU-Ländern; die Pressemitteilung nennt keines davon.',
  'August 2016.': 'August 2016.',
  'First takedown, against Amaq’s mobile app and web infrastructure. Europol’s release credits contributions from EU and non-EU countries and names no lead country.':
    'Erste Aktion, gegen die mobile App und die Web-Infrastruktur von Amaq. Die Pressemitteilung von Europol würdigt Beiträge von EU- und Nicht-EU-Ländern und nennt kein federführendes Land.',
  'Europol said it pushed the propagandists to build a more complex, more secure infrastructure.':
    'Nach Angaben von Europol zwang dies die Propagandisten, eine komplexere, sicherere Infrastruktur aufzubauen.',
  'We found no source giving the days of the August 2016 takedown.':
    'Wir fanden keine Quelle, die die Tage der Aktion vom August 2016 nennt.',
  'The report says Amaq’s mobile app and web assets were first targeted in 2016.':
    'Laut dem Nachrichtenbericht wurden die mobile App und die Webangebote von Amaq 2016 erstmals ins Visier genommen.',
  'August 2016': 'August 2016',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018. Map: Natural Earth (public domain).':
    'Quellen: Pressemitteilung von Europol vom April 2018 (weiterverbreitet); Nachrichtenbericht, April 2018. Karte: Natural Earth (gemeinfrei).',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Das Kongresszentrum World Forum in Den Haag, neben dem Europol-Hauptsitz; nicht das Gebäude selbst',
  Europol: 'Europol',
  'Europol said the case began when it alerted all EU member states to the rise of Amaq at the end of 2015, and tells the August 2016 takedown as part of that case.':
    'Nach Angaben von Europol begann der Fall, als es Ende 2015 alle EU-Mitgliedstaaten vor dem Aufstieg von Amaq warnte; die Aktion vom August 2016 schildert es als Teil dieses Falls.',
  'We found no source naming the countries that took part in the August 2016 takedown, or who coordinated it.':
    'Wir fanden keine Quelle, die die an der Aktion vom August 2016 beteiligten Länder nennt oder sagt, wer sie koordinierte.',
};
