/**
 * This operation's texts in French, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a French page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Europol and Eurojust · 21–24 November 2019': 'Europol et Eurojust · 21–24 novembre 2019',
  'Twelve member states, led by Belgium, against Isis online':
    'Douze États membres, sous la direction de la Belgique, contre l’EI en ligne',
  'Between 21 and 24 November 2019, Europol’s Internet Referral Unit, supported by Eurojust, was joined by 12 EU member states and 9 online service providers in an action led by the Belgian judiciary; the sources we found name only Belgium and Spain.':
    'Du 21 au 24 novembre 2019, l’unité de signalement des contenus sur Internet d’Europol, appuyée par Eurojust, a été rejointe par 12 États membres de l’UE et 9 fournisseurs de services en ligne dans une action dirigée par la justice belge ; les sources que nous avons trouvées ne nomment que la Belgique et l’Espagne.',
  'Thursday 21 to Sunday 24 November 2019; Europol’s referral action days at its headquarters were 21–22 November.':
    'Du jeudi 21 au dimanche 24 novembre 2019 ; les journées d’action de signalement au siège d’Europol ont eu lieu les 21 et 22 novembre.',
  'Europol said the referral action, coordinated by its EU Internet Referral Unit and supported by Eurojust, was joined by 12 member states and 9 online service providers.':
    'Selon Europol, 12 États membres et 9 fournisseurs de services en ligne ont rejoint l’action de signalement, coordonnée par son unité de signalement des contenus sur Internet de l’UE et appuyée par Eurojust.',
  'It led to the referral of more than 26,000 items of IS-supporting content.':
    'Elle a conduit au signalement de plus de 26 000 contenus de soutien à l’EI.',
  'We found no source naming ten of the twelve member states: only Belgium (the lead) and Spain (an arrest) are named, so only they are coloured.':
    'Nous n’avons trouvé aucune source nommant dix des douze États membres : seules la Belgique (à la tête de l’action) et l’Espagne (une arrestation) sont nommées, et elles seules sont colorées.',
  'Europol said the operation targeted the online propaganda of the so-called Islamic State, with 9 online service providers.':
    'Selon Europol, l’opération visait la propagande en ligne du soi-disant État islamique, avec 9 fournisseurs de services en ligne.',
  '21–24 November 2019': '21–24 novembre 2019',
  'An action against IS online with 12 member states and 9 online service providers, led by the Belgian judiciary and coordinated by Europol’s EU IRU with Eurojust.':
    'Une action contre l’EI en ligne avec 12 États membres et 9 fournisseurs de services en ligne, dirigée par la justice belge et coordonnée par l’EU IRU d’Europol avec Eurojust.',
  'How many countries: Europol’s release, as reported, says 12 member states; NU.nl reported eleven EU countries.':
    'Combien de pays : le communiqué d’Europol, tel que rapporté, parle de 12 États membres ; NU.nl a rapporté onze pays de l’UE.',
  'Anadolu reported that Europol had carried out similar operations in August 2016, June 2017 and April 2018.':
    'Anadolu a rapporté qu’Europol avait mené des opérations semblables en août 2016, juin 2017 et avril 2018.',
  'Sources: Europol, Europe Diplomatic, Anadolu, Belgian federal police, NU.nl, AFP. Map: Natural Earth (public domain).':
    'Sources : Europol, Europe Diplomatic, Anadolu, police fédérale belge, NU.nl, AFP. Carte : Natural Earth (domaine public).',
  'Belgian Federal Prosecutor’s Office and investigating counter-terrorism judge, with the federal judicial police of East Flanders':
    'Parquet fédéral belge et juge d’instruction antiterroriste, avec la police judiciaire fédérale de Flandre-Orientale',
  'Led the operation, according to Europe Diplomatic and Anadolu, following Europol.':
    'A dirigé l’opération, selon Europe Diplomatic et Anadolu, qui reprennent Europol.',
  'The Belgian federal police said Belgium led the action, working with several other countries, Europol and Eurojust.':
    'Selon la police fédérale belge, la Belgique a dirigé l’action, en collaboration avec plusieurs autres pays, Europol et Eurojust.',
  'Guardia Civil': 'Guardia Civil',
  'The Guardia Civil arrested a man suspected of being one of the core disseminators of IS propaganda online; AFP placed the arrest in the Canary Islands.':
    'La Guardia Civil a arrêté un homme soupçonné d’être l’un des principaux diffuseurs de la propagande de l’EI en ligne ; l’AFP a situé l’arrestation aux îles Canaries.',
  'Europol said its EU IRU organised the 16th joint Referral Action Days at its headquarters in The Hague on 21–22 November 2019.':
    'Selon Europol, son EU IRU a organisé les 16es journées d’action de signalement communes à son siège de La Haye les 21 et 22 novembre 2019.',
  'Supported the referral action.': 'A appuyé l’action de signalement.',
  'We found no source that describes what Eurojust concretely did in November 2019.':
    'Nous n’avons trouvé aucune source décrivant ce qu’Eurojust a concrètement fait en novembre 2019.',
};
