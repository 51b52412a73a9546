/**
 * This operation's texts in German, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a German page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Referral Action Day · 3 October 2018': 'Aktionstag zur Meldung von Inhalten · 3. Oktober 2018',
  'Six referral units and Europol against terrorist content on Telegram':
    'Sechs Meldestellen und Europol gegen terroristische Inhalte auf Telegram',
  'On 3 October 2018 Europol’s EU Internet Referral Unit and the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom hunted terrorist content on Telegram, Europol said.':
    'Am 3. Oktober 2018 spürten die EU Internet Referral Unit von Europol und die nationalen Meldestellen Belgiens, Frankreichs, Deutschlands, Italiens, der Niederlande und des Vereinigten Königreichs terroristische Inhalte auf Telegram auf, so Europol.',
  'Wednesday 3 October 2018; Europol announced it on 5 October.':
    'Mittwoch, 3. Oktober 2018; Europol gab es am 5. Oktober bekannt.',
  'Europol said its EU Internet Referral Unit organised its 11th joint Referral Action Day with the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom, to identify terrorist content on Telegram and secure its swift removal.':
    'Nach Angaben von Europol organisierte seine EU Internet Referral Unit ihren 11. gemeinsamen Aktionstag zur Meldung von Inhalten mit den nationalen Meldestellen Belgiens, Frankreichs, Deutschlands, Italiens, der Niederlande und des Vereinigten Königreichs, um terroristische Inhalte auf Telegram aufzuspüren und ihre rasche Entfernung zu erreichen.',
  'Europol said the action focused mainly on material produced by Islamic State and al-Qaeda affiliated media outlets.':
    'Nach Angaben von Europol richtete sich die Aktion vor allem gegen Material von Medien, die dem Islamischen Staat und al-Qaida nahestehen.',
  'Europol said the findings were shared with Telegram, which attended part of the event; removing the referred material is voluntary for the platforms, under their own terms and conditions.':
    'Nach Angaben von Europol wurden die Ergebnisse mit Telegram geteilt, das an einem Teil der Veranstaltung teilnahm; das Entfernen der gemeldeten Inhalte ist für die Plattformen freiwillig, nach ihren eigenen Nutzungsbedingungen.',
  'Europol said the action targeted content published by terrorist groups and their sympathisers on Telegram.':
    'Nach Angaben von Europol richtete sich die Aktion gegen Inhalte, die terroristische Gruppen und ihre Sympathisanten auf Telegram veröffentlichten.',
  '3 October 2018': '3. Oktober 2018',
  'A Referral Action Day against terrorist content on Telegram, organised by Europol’s EU IRU with six national referral units.':
    'Ein Aktionstag zur Meldung terroristischer Inhalte auf Telegram, organisiert von der EU IRU von Europol mit sechs nationalen Meldestellen.',
  'Europol’s release names no lead country.':
    'Die Pressemitteilung von Europol nennt kein federführendes Land.',
  'Sources: Europol’s release of 5 October 2018. Map: Natural Earth (public domain).':
    'Quellen: Pressemitteilung von Europol vom 5. Oktober 2018. Karte: Natural Earth (gemeinfrei).',
  'National referral unit': 'Nationale Meldestelle',
  'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.':
    'Nach Angaben von Europol nahm die nationale Meldestelle dieses Landes am Aktionstag gegen terroristische Inhalte auf Telegram teil.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Das Kongresszentrum World Forum in Den Haag, neben dem Europol-Hauptsitz; nicht das Gebäude selbst',
  'Europol said its EU IRU organised the Referral Action Day and hosted it at Europol’s headquarters in The Hague.':
    'Nach Angaben von Europol organisierte seine EU IRU den Aktionstag und richtete ihn am Europol-Hauptsitz in Den Haag aus.',
  'We found no source giving how much content was removed after the action.':
    'Wir fanden keine Quelle, die angibt, wie viele Inhalte nach der Aktion entfernt wurden.',
  'Host: Europol’s EU IRU': 'Gastgeber: die EU IRU von Europol',
};
