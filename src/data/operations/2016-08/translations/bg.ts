/**
 * This operation's texts in Bulgarian, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Bulgarian page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · August 2016': 'Кампанията срещу Amaq · август 2016 г.',
  'August 2016: the first takedown against Amaq': 'Август 2016 г.: първата акция срещу Amaq',
  'Europol said a first takedown was launched against Amaq’s mobile app and web infrastructure in August 2016, with contributions from EU and non-EU countries; its release names none of them.':
    'Според Европол през август 2016 г. е започната първа акция срещу мобилното приложение и уеб инфраструктурата на Amaq с принос на държави от ЕС и извън него; съобщението не посочва нито една от тях.',
  'August 2016.': 'Август 2016 г.',
  'First takedown, against Amaq’s mobile app and web infrastructure. Europol’s release credits contributions from EU and non-EU countries and names no lead country.':
    'Първа акция, срещу мобилното приложение и уеб инфраструктурата на Amaq. Съобщението на Европол отчита приноса на държави от ЕС и извън него и не посочва водеща държава.',
  'Europol said it pushed the propagandists to build a more complex, more secure infrastructure.':
    'Според Европол това е принудило пропагандистите да изградят по-сложна и по-сигурна инфраструктура.',
  'We found no source giving the days of the August 2016 takedown.':
    'Не открихме източник, който да посочва дните на акцията от август 2016 г.',
  'The report says Amaq’s mobile app and web assets were first targeted in 2016.':
    'Според репортажа мобилното приложение и уеб ресурсите на Amaq са били атакувани за първи път през 2016 г.',
  'August 2016': 'Август 2016 г.',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018. Map: Natural Earth (public domain).':
    'Източници: съобщение на Европол от април 2018 г. (препубликувано); новинарски репортаж, април 2018 г. Карта: Natural Earth (обществено достояние).',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Конгресният център World Forum в Хага, до централата на Европол; не самата сграда',
  Europol: 'Европол',
  'Europol said the case began when it alerted all EU member states to the rise of Amaq at the end of 2015, and tells the August 2016 takedown as part of that case.':
    'Според Европол делото е започнало, когато в края на 2015 г. той е предупредил всички държави – членки на ЕС, за възхода на Amaq, и представя акцията от август 2016 г. като част от това дело.',
  'We found no source naming the countries that took part in the August 2016 takedown, or who coordinated it.':
    'Не открихме източник, който да посочва държавите, участвали в акцията от август 2016 г., или кой я е координирал.',
};
