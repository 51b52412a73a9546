/**
 * This operation's texts in French, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a French page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · June 2017': 'La campagne contre Amaq · juin 2017',
  'June 2017: Spain’s Guardia Civil leads the second strike':
    'Juin 2017 : la Guardia Civil espagnole mène la deuxième frappe',
  'In June 2017 Spain’s Guardia Civil led a second strike against part of Amaq’s web assets, supported by Europol and the US.':
    'En juin 2017, la Guardia Civil espagnole a mené une deuxième frappe contre une partie des ressources web d’Amaq, avec le soutien d’Europol et des États-Unis.',
  'June 2017, as Europol dates it; Spanish press cites a key arrest on 4 July 2017.':
    'Juin 2017, selon la datation d’Europol ; la presse espagnole cite une arrestation clé le 4 juillet 2017.',
  'Second strike, led by Spain’s Guardia Civil with support from Europol and the US, against part of Amaq’s web assets.':
    'Deuxième frappe, menée par la Guardia Civil espagnole avec le soutien d’Europol et des États-Unis, contre une partie des ressources web d’Amaq.',
  'Servers seized by the Guardia Civil led to radicalised individuals being identified in more than 100 countries.':
    'Les serveurs saisis par la Guardia Civil ont permis d’identifier des personnes radicalisées dans plus de 100 pays.',
  'Spanish press traces the case to the Guardia Civil’s Operation Tahmil, run from mid-2016, with a key arrest on 4 July 2017; that this is the event Europol dates to June 2017 is not confirmed.':
    'La presse espagnole rattache l’affaire à l’opération Tahmil de la Guardia Civil, menée à partir de mi-2016, avec une arrestation clé le 4 juillet 2017 ; qu’il s’agisse de l’événement qu’Europol date de juin 2017 n’est pas confirmé.',
  'Europol said the strike targeted part of the news agency’s web assets and infrastructure.':
    'Selon Europol, la frappe visait une partie des ressources web et de l’infrastructure de l’agence de presse.',
  'June 2017': 'Juin 2017',
  'Spain (Guardia Civil)': 'Espagne (Guardia Civil)',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018; La Gaceta. Map: Natural Earth (public domain).':
    'Sources : communiqué d’Europol d’avril 2018 (republié) ; reportage d’avril 2018 ; La Gaceta. Carte : Natural Earth (domaine public).',
  'Guardia Civil': 'Guardia Civil',
  'Led the second strike; the servers the Guardia Civil seized led to radicalised individuals being identified in more than 100 countries.':
    'A mené la deuxième frappe ; les serveurs saisis par la Guardia Civil ont permis d’identifier des personnes radicalisées dans plus de 100 pays.',
  'Europol said the USA supported the strike.': 'Selon Europol, les États-Unis ont soutenu la frappe.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Le centre de congrès World Forum à La Haye, à côté du siège d’Europol ; pas le bâtiment lui-même',
  Europol: 'Europol',
  'Europol said it supported the strike led by the Guardia Civil.':
    'Selon Europol, il a soutenu la frappe menée par la Guardia Civil.',
  'We found no source describing what Europol concretely did in June 2017.':
    'Nous n’avons trouvé aucune source décrivant ce qu’Europol a concrètement fait en juin 2017.',
  'Europol (support)': 'Europol (soutien)',
};
