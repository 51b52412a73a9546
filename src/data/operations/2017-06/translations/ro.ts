/**
 * This operation's texts in Romanian, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Romanian page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · June 2017': 'Campania împotriva Amaq · iunie 2017',
  'June 2017: Spain’s Guardia Civil leads the second strike':
    'Iunie 2017: Guardia Civil spaniolă conduce a doua lovitură',
  'In June 2017 Spain’s Guardia Civil led a second strike against part of Amaq’s web assets, supported by Europol and the US.':
    'În iunie 2017, Guardia Civil spaniolă a condus o a doua lovitură împotriva unei părți a resurselor web ale Amaq, cu sprijinul Europol și al SUA.',
  'June 2017, as Europol dates it; Spanish press cites a key arrest on 4 July 2017.':
    'Iunie 2017, după datarea Europol; presa spaniolă menționează o arestare-cheie pe 4 iulie 2017.',
  'Second strike, led by Spain’s Guardia Civil with support from Europol and the US, against part of Amaq’s web assets.':
    'A doua lovitură, condusă de Guardia Civil spaniolă cu sprijinul Europol și al SUA, împotriva unei părți a resurselor web ale Amaq.',
  'Servers seized by the Guardia Civil led to radicalised individuals being identified in more than 100 countries.':
    'Serverele confiscate de Guardia Civil au dus la identificarea unor persoane radicalizate în peste 100 de țări.',
  'Spanish press traces the case to the Guardia Civil’s Operation Tahmil, run from mid-2016, with a key arrest on 4 July 2017; that this is the event Europol dates to June 2017 is not confirmed.':
    'Presa spaniolă leagă cazul de Operațiunea Tahmil a Guardia Civil, derulată de la jumătatea lui 2016, cu o arestare-cheie pe 4 iulie 2017; că acesta este evenimentul pe care Europol îl datează în iunie 2017 nu este confirmat.',
  'Europol said the strike targeted part of the news agency’s web assets and infrastructure.':
    'Potrivit Europol, lovitura a vizat o parte a resurselor web și a infrastructurii agenției de presă.',
  'June 2017': 'Iunie 2017',
  'Spain (Guardia Civil)': 'Spania (Guardia Civil)',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018; La Gaceta. Map: Natural Earth (public domain).':
    'Surse: comunicatul Europol din aprilie 2018 (republicat); relatare de presă, aprilie 2018; La Gaceta. Hartă: Natural Earth (domeniu public).',
  'Guardia Civil': 'Guardia Civil',
  'Led the second strike; the servers the Guardia Civil seized led to radicalised individuals being identified in more than 100 countries.':
    'A condus a doua lovitură; serverele confiscate de Guardia Civil au dus la identificarea unor persoane radicalizate în peste 100 de țări.',
  'Europol said the USA supported the strike.': 'Potrivit Europol, SUA au sprijinit lovitura.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Centrul de conferințe World Forum din Haga, lângă sediul Europol; nu clădirea însăși',
  Europol: 'Europol',
  'Europol said it supported the strike led by the Guardia Civil.':
    'Potrivit Europol, acesta a sprijinit lovitura condusă de Guardia Civil.',
  'We found no source describing what Europol concretely did in June 2017.':
    'Nu am găsit nicio sursă care să descrie ce a făcut concret Europol în iunie 2017.',
  'Europol (support)': 'Europol (sprijin)',
};
