/**
 * This operation's texts in German, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a German page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · June 2017': 'Die Kampagne gegen Amaq · Juni 2017',
  'June 2017: Spain’s Guardia Civil leads the second strike':
    'Juni 2017: die spanische Guardia Civil führt den zweiten Schlag',
  'In June 2017 Spain’s Guardia Civil led a second strike against part of Amaq’s web assets, supported by Europol and the US.':
    'Im Juni 2017 führte die spanische Guardia Civil einen zweiten Schlag gegen einen Teil der Webangebote von Amaq, unterstützt von Europol und den USA.',
  'June 2017, as Europol dates it; Spanish press cites a key arrest on 4 July 2017.':
    'Juni 2017, wie Europol es datiert; die spanische Presse nennt eine wichtige Festnahme am 4. Juli 2017.',
  'Second strike, led by Spain’s Guardia Civil with support from Europol and the US, against part of Amaq’s web assets.':
    'Zweiter Schlag, geführt von der spanischen Guardia Civil mit Unterstützung von Europol und den USA, gegen einen Teil der Webangebote von Amaq.',
  'Servers seized by the Guardia Civil led to radicalised individuals being identified in more than 100 countries.':
    'Von der Guardia Civil beschlagnahmte Server führten zur Identifizierung radikalisierter Menschen in mehr als 100 Ländern.',
  'Spanish press traces the case to the Guardia Civil’s Operation Tahmil, run from mid-2016, with a key arrest on 4 July 2017; that this is the event Europol dates to June 2017 is not confirmed.':
    'Die spanische Presse führt den Fall auf die Operation Tahmil der Guardia Civil zurück, die ab Mitte 2016 lief, mit einer wichtigen Festnahme am 4. Juli 2017; dass dies das Ereignis ist, das Europol auf Juni 2017 datiert, ist nicht bestätigt.',
  'Europol said the strike targeted part of the news agency’s web assets and infrastructure.':
    'Nach Angaben von Europol zielte der Schlag auf einen Teil der Webangebote und der Infrastruktur der Nachrichtenagentur.',
  'June 2017': 'Juni 2017',
  'Spain (Guardia Civil)': 'Spanien (Guardia Civil)',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018; La Gaceta. Map: Natural Earth (public domain).':
    'Quellen: Pressemitteilung von Europol vom April 2018 (weiterverbreitet); Nachrichtenbericht, April 2018; La Gaceta. Karte: Natural Earth (gemeinfrei).',
  'Guardia Civil': 'Guardia Civil',
  'Led the second strike; the servers the Guardia Civil seized led to radicalised individuals being identified in more than 100 countries.':
    'Führte den zweiten Schlag; die von der Guardia Civil beschlagnahmten Server führten zur Identifizierung radikalisierter Menschen in mehr als 100 Ländern.',
  'Europol said the USA supported the strike.': 'Nach Angaben von Europol unterstützten die USA den Schlag.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Das Kongresszentrum World Forum in Den Haag, neben dem Europol-Hauptsitz; nicht das Gebäude selbst',
  Europol: 'Europol',
  'Europol said it supported the strike led by the Guardia Civil.':
    'Nach Angaben von Europol unterstützte es den von der Guardia Civil geführten Schlag.',
  'We found no source describing what Europol concretely did in June 2017.':
    'Wir fanden keine Quelle, die beschreibt, was Europol im Juni 2017 konkret tat.',
  'Europol (support)': 'Europol (Unterstützung)',
};
