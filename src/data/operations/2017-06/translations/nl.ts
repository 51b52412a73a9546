/**
 * This operation's texts in Dutch, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Dutch page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · June 2017': 'De campagne tegen Amaq · juni 2017',
  'June 2017: Spain’s Guardia Civil leads the second strike':
    'Juni 2017: de Spaanse Guardia Civil leidt de tweede actie',
  'In June 2017 Spain’s Guardia Civil led a second strike against part of Amaq’s web assets, supported by Europol and the US.':
    'In juni 2017 leidde de Spaanse Guardia Civil een tweede actie tegen een deel van de webvoorzieningen van Amaq, met steun van Europol en de VS.',
  'June 2017, as Europol dates it; Spanish press cites a key arrest on 4 July 2017.':
    'Juni 2017, zoals Europol het dateert; de Spaanse pers noemt een belangrijke arrestatie op 4 juli 2017.',
  'Second strike, led by Spain’s Guardia Civil with support from Europol and the US, against part of Amaq’s web assets.':
    'Tweede actie, geleid door de Spaanse Guardia Civil met steun van Europol en de VS, tegen een deel van de webvoorzieningen van Amaq.',
  'Servers seized by the Guardia Civil led to radicalised individuals being identified in more than 100 countries.':
    'Dankzij servers die de Guardia Civil in beslag nam, werden in meer dan 100 landen geradicaliseerde personen geïdentificeerd.',
  'Spanish press traces the case to the Guardia Civil’s Operation Tahmil, run from mid-2016, with a key arrest on 4 July 2017; that this is the event Europol dates to June 2017 is not confirmed.':
    'De Spaanse pers herleidt de zaak tot Operatie Tahmil van de Guardia Civil, gevoerd vanaf medio 2016, met een belangrijke arrestatie op 4 juli 2017; dat dit de gebeurtenis is die Europol in juni 2017 plaatst, is niet bevestigd.',
  'Europol said the strike targeted part of the news agency’s web assets and infrastructure.':
    'Volgens Europol was de actie gericht op een deel van de webvoorzieningen en infrastructuur van het persbureau.',
  'June 2017': 'Juni 2017',
  'Spain (Guardia Civil)': 'Spanje (Guardia Civil)',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018; La Gaceta. Map: Natural Earth (public domain).':
    'Bronnen: persbericht van Europol van april 2018 (overgenomen); nieuwsbericht, april 2018; La Gaceta. Kaart: Natural Earth (publiek domein).',
  'Guardia Civil': 'Guardia Civil',
  'Led the second strike; the servers the Guardia Civil seized led to radicalised individuals being identified in more than 100 countries.':
    'Leidde de tweede actie; dankzij de servers die de Guardia Civil in beslag nam, werden in meer dan 100 landen geradicaliseerde personen geïdentificeerd.',
  'Europol said the USA supported the strike.': 'Volgens Europol steunden de VS de actie.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Het congrescentrum World Forum in Den Haag, naast het hoofdkantoor van Europol; niet het gebouw zelf',
  Europol: 'Europol',
  'Europol said it supported the strike led by the Guardia Civil.':
    'Volgens Europol steunde het de actie onder leiding van de Guardia Civil.',
  'We found no source describing what Europol concretely did in June 2017.':
    'We vonden geen bron die beschrijft wat Europol in juni 2017 concreet deed.',
  'Europol (support)': 'Europol (steun)',
};
