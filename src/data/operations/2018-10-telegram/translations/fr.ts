/**
 * This operation's texts in French, keyed by the English text (src/i18n/localize.ts); loaded
 * only for a French page of this operation (src/i18n/operation-content.ts). Translated by the
 * engineer, not reviewed by a native speaker. Citations, source and outlet names stay as they are.
 */
import type { ContentMap } from '../../../../i18n/localize.ts';

export const CONTENT: ContentMap = {
  'Referral Action Day · 3 October 2018': 'Journée d’action de signalement · 3 octobre 2018',
  'Six referral units and Europol against terrorist content on Telegram':
    'Six unités de signalement et Europol contre les contenus terroristes sur Telegram',
  'On 3 October 2018 Europol’s EU Internet Referral Unit and the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom hunted terrorist content on Telegram, Europol said.':
    'Le 3 octobre 2018, l’unité de signalement des contenus sur Internet de l’UE, au sein d’Europol, et les unités nationales de signalement de Belgique, de France, d’Allemagne, d’Italie, des Pays-Bas et du Royaume-Uni ont traqué les contenus terroristes sur Telegram, selon Europol.',
  'Wednesday 3 October 2018; Europol announced it on 5 October.':
    'Mercredi 3 octobre 2018 ; Europol l’a annoncé le 5 octobre.',
  'Europol said its EU Internet Referral Unit organised its 11th joint Referral Action Day with the national referral units of Belgium, France, Germany, Italy, the Netherlands and the United Kingdom, to identify terrorist content on Telegram and secure its swift removal.':
    'Selon Europol, son unité de signalement des contenus sur Internet de l’UE a organisé sa 11e journée d’action de signalement commune avec les unités nationales de signalement de Belgique, de France, d’Allemagne, d’Italie, des Pays-Bas et du Royaume-Uni, pour repérer les contenus terroristes sur Telegram et obtenir leur retrait rapide.',
  'Europol said the action focused mainly on material produced by Islamic State and al-Qaeda affiliated media outlets.':
    'Selon Europol, l’action visait surtout les contenus produits par des médias affiliés à l’État islamique et à al-Qaïda.',
  'Europol said the findings were shared with Telegram, which attended part of the event; removing the referred material is voluntary for the platforms, under their own terms and conditions.':
    'Selon Europol, les résultats ont été transmis à Telegram, qui a assisté à une partie de l’événement ; le retrait des contenus signalés reste volontaire pour les plateformes, selon leurs propres conditions d’utilisation.',
  'Europol said the action targeted content published by terrorist groups and their sympathisers on Telegram.':
    'Selon Europol, l’action visait les contenus publiés sur Telegram par des groupes terroristes et leurs sympathisants.',
  '3 October 2018': '3 octobre 2018',
  'A Referral Action Day against terrorist content on Telegram, organised by Europol’s EU IRU with six national referral units.':
    'Une journée d’action de signalement contre les contenus terroristes sur Telegram, organisée par l’EU IRU d’Europol avec six unités nationales de signalement.',
  'Europol’s release names no lead country.': 'Le communiqué d’Europol ne nomme aucun pays pilote.',
  'Sources: Europol’s release of 5 October 2018. Map: Natural Earth (public domain).':
    'Sources : communiqué d’Europol du 5 octobre 2018. Carte : Natural Earth (domaine public).',
  'National referral unit': 'Unité nationale de signalement',
  'Europol said its national referral unit joined the Referral Action Day against terrorist content on Telegram.':
    'Selon Europol, l’unité nationale de signalement de ce pays a participé à la journée d’action de signalement contre les contenus terroristes sur Telegram.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters; not the building itself':
    'Le centre de congrès World Forum à La Haye, à côté du siège d’Europol ; pas le bâtiment lui-même',
  'Europol said its EU IRU organised the Referral Action Day and hosted it at Europol’s headquarters in The Hague.':
    'Selon Europol, son EU IRU a organisé la journée d’action de signalement et l’a accueillie au siège d’Europol à La Haye.',
  'We found no source giving how much content was removed after the action.':
    'Nous n’avons trouvé aucune source indiquant quelle quantité de contenus a été retirée après l’action.',
  'Host: Europol’s EU IRU': 'Hôte : l’EU IRU d’Europol',
};
