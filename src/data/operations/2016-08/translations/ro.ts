/**
 * This operation's texts in Romanian, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Romanian page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'The campaign against Amaq · August 2016': 'Campania împotriva Amaq · august 2016',
  'August 2016: the first takedown against Amaq': 'August 2016: prima acțiune împotriva Amaq',
  'Europol said a first takedown was launched against Amaq’s mobile app and web infrastructure in August 2016, with contributions from EU and non-EU countries; its release names none of them.':
    'Potrivit Europol, în august 2016 a fost lansată o primă acțiune împotriva aplicației mobile și a infrastructurii web a Amaq, cu contribuții din țări UE și din afara UE; comunicatul nu numește niciuna dintre ele.',
  'August 2016.': 'August 2016.',
  'First takedown, against Amaq’s mobile app and web infrastructure. Europol’s release credits contributions from EU and non-EU countries and names no lead country.':
    'Prima acțiune, împotriva aplicației mobile și a infrastructurii web a Amaq. Comunicatul Europol menționează contribuții din țări UE și din afara UE și nu numește nicio țară conducătoare.',
  'Europol said it pushed the propagandists to build a more complex, more secure infrastructure.':
    'Potrivit Europol, aceasta i-a împins pe propagandiști să construiască o infrastructură mai complexă și mai sigură.',
  'We found no source giving the days of the August 2016 takedown.':
    'Nu am găsit nicio sursă care să indice zilele acțiunii din august 2016.',
  'The report says Amaq’s mobile app and web assets were first targeted in 2016.':
    'Potrivit relatării de presă, aplicația mobilă și resursele web ale Amaq au fost vizate pentru prima dată în 2016.',
  'August 2016': 'August 2016',
  'Sources: Europol’s release of April 2018 (reposted); news report, April 2018. Map: Natural Earth (public domain).':
    'Surse: comunicatul Europol din aprilie 2018 (republicat); relatare de presă, aprilie 2018. Hartă: Natural Earth (domeniu public).',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Centrul de conferințe World Forum din Haga, lângă sediul Europol; nu clădirea însăși',
  Europol: 'Europol',
  'Europol said the case began when it alerted all EU member states to the rise of Amaq at the end of 2015, and tells the August 2016 takedown as part of that case.':
    'Potrivit Europol, cazul a început când a alertat, la sfârșitul lui 2015, toate statele membre ale UE cu privire la ascensiunea Amaq, iar acțiunea din august 2016 o prezintă ca parte a acestui caz.',
  'We found no source naming the countries that took part in the August 2016 takedown, or who coordinated it.':
    'Nu am găsit nicio sursă care să numească țările care au participat la acțiunea din august 2016 sau cine a coordonat-o.',
};
