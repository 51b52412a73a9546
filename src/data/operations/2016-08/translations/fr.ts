/**
 * This operation's texts in French, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a French page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · August 2016': 'La campagne contre Amaq · août 2016',
  'August 2016: the first takedown against Amaq': 'Août 2016 : le premier démantèlement visant Amaq',
  'Europol said a first takedown was launched against Amaq’s mobile app and web infrastructure in August 2016, with contributions from EU and non-EU countries; its release names none of them.':
    'Selon Europol, un premier démantèlement a été lancé en août 2016 contre l’application mobile et l’infrastructure web d’Amaq, avec des contributions de pays de l’UE et hors UE ; son communiqué n’en nomme aucun.',
  'August 2016.': 'Août 2016.',
  'First takedown, against Amaq’s mobile app and web infrastructure. Europol’s release credits contributions from EU and non-EU countries and names no lead country.':
    'Premier démantèlement, visant l’application mobile et l’infrastructure web d’Amaq. Le communiqué d’Europol salue les contributions de pays de l’UE et hors UE, sans nommer de pays pilote.',
  'Europol said it pushed the propagandists to build a more complex, more secure infrastructure.':
    'Selon Europol, cela a poussé les propagandistes à bâtir une infrastructure plus complexe et mieux sécurisée.',
  'We found no source giving the days of the August 2016 takedown.':
    'Nous n’avons trouvé aucune source donnant les jours du démantèlement d’août 2016.',
  'The report says Amaq’s mobile app and web assets were first targeted in 2016.':
    'Selon le reportage, l’application mobile et les ressources web d’Amaq ont été visées pour la première fois en 2016.',
  'August 2016': 'Août 2016',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018. Map: Natural Earth (public domain).':
    'Sources : communiqué d’Europol d’avril 2018 (republié) ; reportage d’avril 2018. Carte : Natural Earth (domaine public).',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Le centre de congrès World Forum à La Haye, à côté du siège d’Europol ; pas le bâtiment lui-même',
  Europol: 'Europol',
  'Europol said the case began when it alerted all EU member states to the rise of Amaq at the end of 2015, and tells the August 2016 takedown as part of that case.':
    'Selon Europol, l’affaire a commencé quand il a alerté fin 2015 tous les États membres de l’UE de l’essor d’Amaq, et il présente le démantèlement d’août 2016 comme une étape de cette affaire.',
  'We found no source naming the countries that took part in the August 2016 takedown, or who coordinated it.':
    'Nous n’avons trouvé aucune source nommant les pays qui ont pris part au démantèlement d’août 2016, ni qui l’a coordonné.',
};
