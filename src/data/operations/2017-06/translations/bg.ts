/**
 * This operation's texts in Bulgarian, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Bulgarian page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · June 2017': 'Кампанията срещу Amaq · юни 2017 г.',
  'June 2017: Spain’s Guardia Civil leads the second strike':
    'Юни 2017 г.: испанската Гуардия Сивил ръководи втория удар',
  'In June 2017 Spain’s Guardia Civil led a second strike against part of Amaq’s web assets, supported by Europol and the US.':
    'През юни 2017 г. испанската Гуардия Сивил ръководи втори удар срещу част от уеб ресурсите на Amaq с подкрепата на Европол и САЩ.',
  'June 2017, as Europol dates it; Spanish press cites a key arrest on 4 July 2017.':
    'Юни 2017 г., според датировката на Европол; испанската преса посочва ключов арест на 4 юли 2017 г.',
  'Second strike, led by Spain’s Guardia Civil with support from Europol and the US, against part of Amaq’s web assets.':
    'Втори удар, ръководен от испанската Гуардия Сивил с подкрепата на Европол и САЩ, срещу част от уеб ресурсите на Amaq.',
  'Servers seized by the Guardia Civil led to radicalised individuals being identified in more than 100 countries.':
    'Сървърите, иззети от Гуардия Сивил, водят до установяването на радикализирани хора в над 100 държави.',
  'Spanish press traces the case to the Guardia Civil’s Operation Tahmil, run from mid-2016, with a key arrest on 4 July 2017; that this is the event Europol dates to June 2017 is not confirmed.':
    'Испанската преса свързва делото с операция „Тахмил“ на Гуардия Сивил, провеждана от средата на 2016 г., с ключов арест на 4 юли 2017 г.; че това е събитието, което Европол датира към юни 2017 г., не е потвърдено.',
  'Europol said the strike targeted part of the news agency’s web assets and infrastructure.':
    'Според Европол ударът е бил насочен срещу част от уеб ресурсите и инфраструктурата на информационната агенция.',
  'June 2017': 'Юни 2017 г.',
  'Spain (Guardia Civil)': 'Испания (Гуардия Сивил)',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018; La Gaceta. Map: Natural Earth (public domain).':
    'Източници: съобщение на Европол от април 2018 г. (препубликувано); новинарски репортаж, април 2018 г.; La Gaceta. Карта: Natural Earth (обществено достояние).',
  'Guardia Civil': 'Гуардия Сивил',
  'Led the second strike; the servers the Guardia Civil seized led to radicalised individuals being identified in more than 100 countries.':
    'Ръководи втория удар; сървърите, иззети от Гуардия Сивил, водят до установяването на радикализирани хора в над 100 държави.',
  'Europol said the USA supported the strike.': 'Според Европол САЩ са подкрепили удара.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Конгресният център World Forum в Хага, до централата на Европол; не самата сграда',
  Europol: 'Европол',
  'Europol said it supported the strike led by the Guardia Civil.':
    'Според Европол той е подкрепил удара, ръководен от Гуардия Сивил.',
  'We found no source describing what Europol concretely did in June 2017.':
    'Не открихме източник, който да описва какво конкретно е направил Европол през юни 2017 г.',
  'Europol (support)': 'Европол (подкрепа)',
};
