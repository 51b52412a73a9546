/**
 * This operation's texts in Romanian, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Romanian page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Referral Action Day · 3 October 2018': 'Zi de acțiune pentru semnalarea conținutului · 3 octombrie 2018',
  'Six referral units and Europol against terrorist content on Telegram':
    'Șase unități de semnalare și Europol împotriva conținutului terorist de pe Telegram',
  'On 3 October 2018 Europol’s EU Internet Referral Unit and the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom hunted terrorist content on Telegram, Europol said.':
    'Pe 3 octombrie 2018, Unitatea UE de semnalare a conținutului online din cadrul Europol și unitățile naționale de semnalare din Belgia, Franța, Germania, Italia, Țările de Jos și Regatul Unit au căutat conținut terorist pe Telegram, potrivit Europol.',
  'Wednesday 3 October 2018; Europol announced it on 5 October.':
    'Miercuri, 3 octombrie 2018; Europol a anunțat-o pe 5 octombrie.',
  'Europol said its EU Internet Referral Unit organised its 11th joint Referral Action Day with the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom, to identify terrorist content on Telegram and secure its swift removal.':
    'Potrivit Europol, Unitatea sa UE de semnalare a conținutului online a organizat a 11-a zi comună de acțiune pentru semnalarea conținutului, cu unitățile naționale de semnalare din Belgia, Franța, Germania, Italia, Țările de Jos și Regatul Unit, pentru a identifica conținutul terorist de pe Telegram și a obține eliminarea lui rapidă.',
  'Europol said the action focused mainly on material produced by Islamic State and al-Qaeda affiliated media outlets.':
    'Potrivit Europol, acțiunea a vizat în principal materialele produse de canale media afiliate Statului Islamic și al-Qaida.',
  'Europol said the findings were shared with Telegram, which attended part of the event; removing the referred material is voluntary for the platforms, under their own terms and conditions.':
    'Potrivit Europol, constatările au fost transmise Telegram, care a participat la o parte a evenimentului; eliminarea materialelor semnalate este voluntară pentru platforme, conform propriilor termeni și condiții.',
  'Europol said the action targeted content published by terrorist groups and their sympathisers on Telegram.':
    'Potrivit Europol, acțiunea a vizat conținutul publicat pe Telegram de grupări teroriste și de simpatizanții lor.',
  '3 October 2018': '3 octombrie 2018',
  'A Referral Action Day against terrorist content on Telegram, organised by Europol’s EU IRU with six national referral units.':
    'O zi de acțiune pentru semnalarea conținutului terorist de pe Telegram, organizată de EU IRU din cadrul Europol cu șase unități naționale de semnalare.',
  'Europol’s release names no lead country.': 'Comunicatul Europol nu numește nicio țară conducătoare.',
  'Sources: Europol’s release of 5 October 2018. Map: Natural Earth (public domain).':
    'Surse: comunicatul Europol din 5 octombrie 2018. Hartă: Natural Earth (domeniu public).',
  'National referral unit': 'Unitate națională de semnalare',
  'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.':
    'Potrivit Europol, unitatea națională de semnalare a acestei țări a participat la ziua de acțiune împotriva conținutului terorist de pe Telegram.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Centrul de conferințe World Forum din Haga, lângă sediul Europol; nu clădirea însăși',
  'Europol said its EU IRU organised the Referral Action Day and hosted it at Europol’s headquarters in The Hague.':
    'Potrivit Europol, EU IRU a organizat ziua de acțiune și a găzduit-o la sediul Europol din Haga.',
  'We found no source giving how much content was removed after the action.':
    'Nu am găsit nicio sursă care să spună cât conținut a fost eliminat după acțiune.',
  'Host: Europol’s EU IRU': 'Gazdă: EU IRU din cadrul Europol',
};
