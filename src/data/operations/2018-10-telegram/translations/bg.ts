/**
 * This operation's texts in Bulgarian, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Bulgarian page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Referral Action Day · 3 October 2018':
    'Ден на действие за сигнализиране на съдържание · 3 октомври 2018 г.',
  'Six referral units and Europol against terrorist content on Telegram':
    'Шест звена за сигнализиране и Европол срещу терористичното съдържание в Telegram',
  'On 3 October 2018 Europol’s EU Internet Referral Unit and the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom hunted terrorist content on Telegram, Europol said.':
    'На 3 октомври 2018 г. звеното на ЕС за сигнализиране за интернет съдържание към Европол и националните звена за сигнализиране на Белгия, Франция, Германия, Италия, Нидерландия и Обединеното кралство са издирвали терористично съдържание в Telegram, според Европол.',
  'Wednesday 3 October 2018; Europol announced it on 5 October.':
    'Сряда, 3 октомври 2018 г.; Европол го обяви на 5 октомври.',
  'Europol said its EU Internet Referral Unit organised its 11th joint Referral Action Day with the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom, to identify terrorist content on Telegram and secure its swift removal.':
    'Според Европол неговото звено на ЕС за сигнализиране за интернет съдържание е организирало своя 11-и съвместен ден на действие за сигнализиране на съдържание с националните звена за сигнализиране на Белгия, Франция, Германия, Италия, Нидерландия и Обединеното кралство, за да открие терористичното съдържание в Telegram и да постигне бързото му премахване.',
  'Europol said the action focused mainly on material produced by Islamic State and al-Qaeda affiliated media outlets.':
    'Според Европол акцията е била насочена главно срещу материали на медии, свързани с „Ислямска държава“ и „Ал Кайда“.',
  'Europol said the findings were shared with Telegram, which attended part of the event; removing the referred material is voluntary for the platforms, under their own terms and conditions.':
    'Според Европол констатациите са споделени с Telegram, който е присъствал на част от събитието; премахването на сигнализираните материали е доброволно за платформите, според собствените им общи условия.',
  'Europol said the action targeted content published by terrorist groups and their sympathisers on Telegram.':
    'Според Европол акцията е била насочена срещу съдържание, публикувано в Telegram от терористични групи и техни симпатизанти.',
  '3 October 2018': '3 октомври 2018 г.',
  'A Referral Action Day against terrorist content on Telegram, organised by Europol’s EU IRU with six national referral units.':
    'Ден на действие за сигнализиране на терористично съдържание в Telegram, организиран от EU IRU към Европол с шест национални звена за сигнализиране.',
  'Europol’s release names no lead country.': 'Съобщението на Европол не посочва водеща държава.',
  'Sources: Europol’s release of 5 October 2018. Map: Natural Earth (public domain).':
    'Източници: съобщение на Европол от 5 октомври 2018 г. Карта: Natural Earth (обществено достояние).',
  'National referral unit': 'Национално звено за сигнализиране',
  'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.':
    'Според Европол националното звено за сигнализиране на тази държава е участвало в деня на действие срещу терористичното съдържание в Telegram.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Конгресният център World Forum в Хага, до централата на Европол; не самата сграда',
  'Europol said its EU IRU organised the Referral Action Day and hosted it at Europol’s headquarters in The Hague.':
    'Според Европол неговото звено EU IRU е организирало деня на действие и го е проведело в централата на Европол в Хага.',
  'We found no source giving how much content was removed after the action.':
    'Не открихме източник, който да посочва колко съдържание е премахнато след акцията.',
  'Host: Europol’s EU IRU': 'Домакин: EU IRU към Европол',
};
