/**
 * This operation's texts in Dutch, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Dutch page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Referral Action Day · 3 October 2018': 'Actiedag voor het melden van inhoud · 3 oktober 2018',
  'Six referral units and Europol against terrorist content on Telegram':
    'Zes meldeenheden en Europol tegen terroristische inhoud op Telegram',
  'On 3 October 2018 Europol’s EU Internet Referral Unit and the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom hunted terrorist content on Telegram, Europol said.':
    'Op 3 oktober 2018 spoorden de EU Internet Referral Unit van Europol en de nationale meldeenheden van België, Frankrijk, Duitsland, Italië, Nederland en het Verenigd Koninkrijk terroristische inhoud op Telegram op, aldus Europol.',
  'Wednesday 3 October 2018; Europol announced it on 5 October.':
    'Woensdag 3 oktober 2018; Europol maakte het op 5 oktober bekend.',
  'Europol said its EU Internet Referral Unit organised its 11th joint Referral Action Day with the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom, to identify terrorist content on Telegram and secure its swift removal.':
    'Volgens Europol organiseerde zijn EU Internet Referral Unit haar 11e gezamenlijke actiedag voor het melden van inhoud met de nationale meldeenheden van België, Frankrijk, Duitsland, Italië, Nederland en het Verenigd Koninkrijk, om terroristische inhoud op Telegram op te sporen en snel te laten verwijderen.',
  'Europol said the action focused mainly on material produced by Islamic State and al-Qaeda affiliated media outlets.':
    'Volgens Europol richtte de actie zich vooral op materiaal van media die gelieerd zijn aan Islamitische Staat en al-Qaida.',
  'Europol said the findings were shared with Telegram, which attended part of the event; removing the referred material is voluntary for the platforms, under their own terms and conditions.':
    'Volgens Europol werden de bevindingen gedeeld met Telegram, dat een deel van de actiedag bijwoonde; het verwijderen van het gemelde materiaal is voor de platforms vrijwillig, volgens hun eigen gebruiksvoorwaarden.',
  'Europol said the action targeted content published by terrorist groups and their sympathisers on Telegram.':
    'Volgens Europol was de actie gericht op inhoud die terroristische groepen en hun sympathisanten op Telegram publiceerden.',
  '3 October 2018': '3 oktober 2018',
  'A Referral Action Day against terrorist content on Telegram, organised by Europol’s EU IRU with six national referral units.':
    'Een actiedag voor het melden van terroristische inhoud op Telegram, georganiseerd door de EU IRU van Europol met zes nationale meldeenheden.',
  'Europol’s release names no lead country.': 'Het persbericht van Europol noemt geen leidend land.',
  'Sources: Europol’s release of 5 October 2018. Map: Natural Earth (public domain).':
    'Bronnen: persbericht van Europol van 5 oktober 2018. Kaart: Natural Earth (publiek domein).',
  'National referral unit': 'Nationale meldeenheid',
  'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.':
    'Volgens Europol nam de nationale meldeenheid van dit land deel aan de actiedag tegen terroristische inhoud op Telegram.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Het congrescentrum World Forum in Den Haag, naast het hoofdkantoor van Europol; niet het gebouw zelf',
  'Europol said its EU IRU organised the Referral Action Day and hosted it at Europol’s headquarters in The Hague.':
    'Volgens Europol organiseerde zijn EU IRU de actiedag en vond die plaats op het hoofdkantoor van Europol in Den Haag.',
  'We found no source giving how much content was removed after the action.':
    'We vonden geen bron die zegt hoeveel inhoud na de actie werd verwijderd.',
  'Host: Europol’s EU IRU': 'Gastheer: de EU IRU van Europol',
};
