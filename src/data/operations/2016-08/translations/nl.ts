/**
 * This operation's texts in Dutch, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Dutch page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · August 2016': 'De campagne tegen Amaq · augustus 2016',
  'August 2016: the first takedown against Amaq': 'Augustus 2016: de eerste actie tegen Amaq',
  'Europol said a first takedown was launched against Amaq’s mobile app and web infrastructure in August 2016, with contributions from EU and non-EU countries; its release names none of them.':
    'Volgens Europol werd in augustus 2016 een eerste actie gestart tegen de mobiele app en webinfrastructuur van Amaq, met bijdragen van EU- en niet-EU-landen; het persbericht noemt er geen enkel.',
  'August 2016.': 'Augustus 2016.',
  'First takedown, against Amaq’s mobile app and web infrastructure. Europol’s release credits contributions from EU and non-EU countries and names no lead country.':
    'Eerste actie, tegen de mobiele app en webinfrastructuur van Amaq. Het persbericht van Europol vermeldt bijdragen van EU- en niet-EU-landen en noemt geen leidend land.',
  'Europol said it pushed the propagandists to build a more complex, more secure infrastructure.':
    'Volgens Europol dwong dit de propagandisten een complexere, beter beveiligde infrastructuur op te bouwen.',
  'We found no source giving the days of the August 2016 takedown.':
    'We vonden geen bron die de dagen van de actie van augustus 2016 noemt.',
  'The report says Amaq’s mobile app and web assets were first targeted in 2016.':
    'Volgens het nieuwsbericht werden de mobiele app en webvoorzieningen van Amaq in 2016 voor het eerst aangepakt.',
  'August 2016': 'Augustus 2016',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018. Map: Natural Earth (public domain).':
    'Bronnen: persbericht van Europol van april 2018 (overgenomen); nieuwsbericht, april 2018. Kaart: Natural Earth (publiek domein).',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Het congrescentrum World Forum in Den Haag, naast het hoofdkantoor van Europol; niet het gebouw zelf',
  Europol: 'Europol',
  'Europol said the case began when it alerted all EU member states to the rise of Amaq at the end of 2015, and tells the August 2016 takedown as part of that case.':
    'Volgens Europol begon de zaak toen het eind 2015 alle EU-lidstaten waarschuwde voor de opkomst van Amaq; het beschrijft de actie van augustus 2016 als deel van die zaak.',
  'We found no source naming the countries that took part in the August 2016 takedown, or who coordinated it.':
    'We vonden geen bron die de landen noemt die aan de actie van augustus 2016 deelnamen, of wie haar coördineerde.',
};
