/**
 * This operation's texts in Bulgarian, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Bulgarian page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Europol and Eurojust · 21–24 November 2019': 'Европол и Евроюст · 21–24 ноември 2019 г.',
  'Twelve member states, led by Belgium, against Isis online':
    'Дванадесет държави членки, водени от Белгия, срещу „Ислямска държава“ онлайн',
  'Between 21 and 24 November 2019, Europol’s Internet Referral Unit, supported by Eurojust, was joined by 12 EU member states and 9 online service providers in an action led by the Belgian judiciary; the sources we found name only Belgium and Spain.':
    'Между 21 и 24 ноември 2019 г. към звеното на Европол за сигнализиране за интернет съдържание, подкрепено от Евроюст, се присъединяват 12 държави – членки на ЕС, и 9 доставчици на онлайн услуги в акция, ръководена от белгийското правосъдие; откритите от нас източници посочват само Белгия и Испания.',
  'Thursday 21 to Sunday 24 November 2019; Europol’s referral action days at its headquarters were 21–22 November.':
    'От четвъртък, 21, до неделя, 24 ноември 2019 г.; дните на действие за сигнализиране на съдържание в централата на Европол са 21–22 ноември.',
  'Europol said the referral action, coordinated by its EU Internet Referral Unit and supported by Eurojust, was joined by 12 member states and 9 online service providers.':
    'Според Европол към акцията по сигнализиране, координирана от неговото звено на ЕС за сигнализиране за интернет съдържание и подкрепена от Евроюст, са се присъединили 12 държави членки и 9 доставчици на онлайн услуги.',
  'It led to the referral of more than 26,000 items of IS-supporting content.':
    'Тя води до сигнализирането на над 26 000 материала в подкрепа на „Ислямска държава“.',
  'We found no source naming ten of the twelve member states: only Belgium (the lead) and Spain (an arrest) are named, so only they are coloured.':
    'Не открихме източник, който да посочва десет от дванадесетте държави членки: посочени са само Белгия (ръководството) и Испания (арест), затова само те са оцветени.',
  'Europol said the operation targeted the online propaganda of the so-called Islamic State, with 9 online service providers.':
    'Според Европол операцията е била насочена срещу онлайн пропагандата на т.нар. „Ислямска държава“, с 9 доставчици на онлайн услуги.',
  '21–24 November 2019': '21–24 ноември 2019 г.',
  'An action against IS online with 12 member states and 9 online service providers, led by the Belgian judiciary and coordinated by Europol’s EU IRU with Eurojust.':
    'Акция срещу „Ислямска държава“ онлайн с 12 държави членки и 9 доставчици на онлайн услуги, ръководена от белгийското правосъдие и координирана от EU IRU към Европол с Евроюст.',
  'How many countries: Europol’s release, as reported, says 12 member states; NU.nl reported eleven EU countries.':
    'Колко държави: според цитираното съобщение на Европол 12 държави членки; NU.nl съобщи за единадесет държави от ЕС.',
  'Anadolu reported that Europol had carried out similar operations in August 2016, June 2017 and April 2018.':
    'Anadolu съобщи, че Европол е провел подобни операции през август 2016 г., юни 2017 г. и април 2018 г.',
  'Sources: Europol, Europe Diplomatic, Anadolu, Belgian federal police, NU.nl, AFP. Map: Natural Earth (public domain).':
    'Източници: Европол, Europe Diplomatic, Anadolu, белгийската федерална полиция, NU.nl, AFP. Карта: Natural Earth (обществено достояние).',
  'Belgian Federal Prosecutor’s Office and investigating counter-terrorism judge, with the federal judicial police of East Flanders':
    'Белгийската федерална прокуратура и разследващ съдия по тероризъм, с федералната съдебна полиция на Източна Фландрия',
  'Led the operation, according to Europe Diplomatic and Anadolu, following Europol.':
    'Ръководи операцията според Europe Diplomatic и Anadolu, които се позовават на Европол.',
  'The Belgian federal police said Belgium led the action, working with several other countries, Europol and Eurojust.':
    'Според белгийската федерална полиция Белгия е ръководила акцията в сътрудничество с няколко други държави, Европол и Евроюст.',
  'Guardia Civil': 'Гуардия Сивил',
  'The Guardia Civil arrested a man suspected of being one of the core disseminators of IS propaganda online; AFP placed the arrest in the Canary Islands.':
    'Гуардия Сивил арестува мъж, заподозрян, че е един от основните разпространители на онлайн пропагандата на „Ислямска държава“; AFP посочи, че арестът е на Канарските острови.',
  'Europol said its EU IRU organised the 16th joint Referral Action Days at its headquarters in The Hague on 21–22 November 2019.':
    'Според Европол неговото звено EU IRU е организирало 16-ите съвместни дни на действие за сигнализиране на съдържание в централата си в Хага на 21–22 ноември 2019 г.',
  'Supported the referral action.': 'Подкрепя акцията по сигнализиране.',
  'We found no source that describes what Eurojust concretely did in November 2019.':
    'Не открихме източник, който да описва какво конкретно е направил Евроюст през ноември 2019 г.',
};
