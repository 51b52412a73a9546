/**
 * This operation's texts in Dutch, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a Dutch page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Europol and Eurojust · 21–24 November 2019': 'Europol en Eurojust · 21–24 november 2019',
  'Twelve member states, led by Belgium, against Isis online':
    'Twaalf lidstaten, onder leiding van België, tegen IS online',
  'Between 21 and 24 November 2019, Europol’s Internet Referral Unit, supported by Eurojust, was joined by 12 EU member states and 9 online service providers in an action led by the Belgian judiciary; the sources we found name only Belgium and Spain.':
    'Van 21 tot 24 november 2019 kreeg de Internet Referral Unit van Europol, gesteund door Eurojust, het gezelschap van 12 EU-lidstaten en 9 aanbieders van onlinediensten in een actie onder leiding van het Belgische gerecht; de bronnen die we vonden noemen alleen België en Spanje.',
  'Thursday 21 to Sunday 24 November 2019; Europol’s referral action days at its headquarters were 21–22 November.':
    'Van donderdag 21 tot zondag 24 november 2019; de actiedagen voor het melden van inhoud op het hoofdkantoor van Europol waren op 21 en 22 november.',
  'Europol said the referral action, coordinated by its EU Internet Referral Unit and supported by Eurojust, was joined by 12 member states and 9 online service providers.':
    'Volgens Europol namen 12 lidstaten en 9 aanbieders van onlinediensten deel aan de meldactie, gecoördineerd door zijn EU Internet Referral Unit en gesteund door Eurojust.',
  'It led to the referral of more than 26,000 items of IS-supporting content.':
    'Ze leidde tot de melding van meer dan 26.000 items met inhoud ter ondersteuning van IS.',
  'We found no source naming ten of the twelve member states: only Belgium (the lead) and Spain (an arrest) are named, so only they are coloured.':
    'We vonden geen bron die tien van de twaalf lidstaten noemt: alleen België (de leiding) en Spanje (een arrestatie) worden genoemd, dus alleen zij zijn ingekleurd.',
  'Europol said the operation targeted the online propaganda of the so-called Islamic State, with 9 online service providers.':
    'Volgens Europol was de operatie, met 9 aanbieders van onlinediensten, gericht op de onlinepropaganda van de zogenaamde Islamitische Staat.',
  '21–24 November 2019': '21–24 november 2019',
  'An action against IS online with 12 member states and 9 online service providers, led by the Belgian judiciary and coordinated by Europol’s EU IRU with Eurojust.':
    'Een actie tegen IS online met 12 lidstaten en 9 aanbieders van onlinediensten, onder leiding van het Belgische gerecht en gecoördineerd door de EU IRU van Europol met Eurojust.',
  'How many countries: Europol’s release, as reported, says 12 member states; NU.nl reported eleven EU countries.':
    'Hoeveel landen: het persbericht van Europol spreekt, zoals gemeld, van 12 lidstaten; NU.nl meldde elf EU-landen.',
  'Anadolu reported that Europol had carried out similar operations in August 2016, June 2017 and April 2018.':
    'Anadolu meldde dat Europol vergelijkbare operaties had uitgevoerd in augustus 2016, juni 2017 en april 2018.',
  'Sources: Europol, Europe Diplomatic, Anadolu, Belgian federal police, NU.nl, AFP. Map: Natural Earth (public domain).':
    'Bronnen: Europol, Europe Diplomatic, Anadolu, Belgische federale politie, NU.nl, AFP. Kaart: Natural Earth (publiek domein).',
  'Belgian Federal Prosecutor’s Office and investigating counter-terrorism judge, with the federal judicial police of East Flanders':
    'Belgisch federaal parket en onderzoeksrechter terrorisme, met de federale gerechtelijke politie van Oost-Vlaanderen',
  'Led the operation, according to Europe Diplomatic and Anadolu, following Europol.':
    'Leidde de operatie, volgens Europe Diplomatic en Anadolu, op basis van Europol.',
  'The Belgian federal police said Belgium led the action, working with several other countries, Europol and Eurojust.':
    'Volgens de Belgische federale politie had België de leiding over de actie en werkte het samen met verschillende andere landen, Europol en Eurojust.',
  'Guardia Civil': 'Guardia Civil',
  'The Guardia Civil arrested a man suspected of being one of the core disseminators of IS propaganda online; AFP placed the arrest in the Canary Islands.':
    'De Guardia Civil arresteerde een man die ervan verdacht werd een van de belangrijkste verspreiders van IS-propaganda online te zijn; AFP situeerde de arrestatie op de Canarische Eilanden.',
  'Europol said its EU IRU organised the 16th joint Referral Action Days at its headquarters in The Hague on 21–22 November 2019.':
    'Volgens Europol organiseerde zijn EU IRU op 21–22 november 2019 de 16e gezamenlijke actiedagen voor het melden van inhoud op zijn hoofdkantoor in Den Haag.',
  'Supported the referral action.': 'Steunde de meldactie.',
  'We found no source that describes what Eurojust concretely did in November 2019.':
    'We vonden geen bron die beschrijft wat Eurojust in november 2019 concreet deed.',
};
