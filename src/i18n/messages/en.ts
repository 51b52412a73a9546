/**
 * The interface strings in English: the reference catalogue. Every other
 * language has exactly these keys (the type says so, and a unit test finds
 * keys no code uses). Placeholders are ICU-style: `{name}`, and
 * `{n, plural, one {# country} other {# countries}}` (src/i18n/format.ts).
 */
export const EN = {
  // The page (index.html, filled at build time and again when the language changes).
  'page.skip': 'Skip to the list of countries',
  'page.map': 'Map',
  'page.tableShow': 'Show as a table',
  'page.tableHide': 'Show the map',
  'page.details': 'Details',
  'page.tour': 'Guided tour',
  'page.places': 'Countries and hub',
  'page.selection': 'Details of the selection',
  'page.getData': 'Get the data:',
  'page.sourcesLicence': 'sources and licence',
  // Roles.
  'role.lead': 'Lead',
  'role.evidence': 'Digital evidence seized',
  'role.servers': 'Servers seized',
  'role.registrars': 'Registrars identified',
  'role.support': 'Support',
  'role.hub': 'Coordination hub',
  'role.referral': 'National referral unit',
  'role.arrest': 'Arrest made',
  // Legend and key.
  'legend.title': 'Roles',
  'legend.count': '{n, plural, one {# country} other {# countries}}',
  'key.hub': '{hub}, coordination hub',
  'key.hubOwn': '{label}, {hub}',
  'key.spoke': 'coordinated from {hub}',
  'key.inset': 'North America, at a smaller scale',
  'map.insetTitle': 'North America',
  'map.insetNote': 'smaller scale',
  'map.title': 'Interactive map of the operation',
  'map.reset': 'Reset the map view',
  // Facts and citations.
  'fact.sources': 'Sources: ',
  'fact.unconfirmed': 'Unconfirmed',
  'fact.research': 'Research note:',
  'fact.notNamed': 'Not named',
  'fact.notNamedLabel': 'Not named:',
  'fact.ourTranslation': 'our translation',
  // Panels.
  'panel.back': 'Back to the overview',
  'panel.backText': '← Overview',
  'panel.overview': 'What happened',
  'panel.when': 'When: ',
  'panel.outlets': 'Outlets targeted',
  'panel.targeted': 'What was targeted',
  'panel.outletsMore': 'What the outlets were →',
  'panel.context': 'Context',
  'panel.hint': 'Choose a country or {hub}, on the map or in the list, to see who did what.',
  'panel.strikeHint': 'Choose another strike above the map, or the last one to see the April 2018 operation.',
  'panel.notNamedFor': 'No source names {name} for {strike}.',
  'panel.inApril': 'In the April 2018 operation',
  'panel.roleInApril': 'Role in April 2018: ',
  'panel.role': 'Role: ',
  'panel.authority': 'Authority',
  'panel.whatItDid': 'What it did',
  'panel.sourcesDiffer': 'Where sources differ',
  'panel.aboutPlace': 'About this place',
  'panel.disagree': 'Where sources disagree',
  'panel.afterwards': 'Afterwards',
  'panel.alsoSpelled': 'Also spelled: {names}',
  'panel.quoteBy': '{speaker}, {title}. ',
  'strike.ledBy': 'Led by: ',
  // Table.
  'table.country': 'Country',
  'table.role': 'Role',
  'table.authority': 'Authority',
  'table.facts': 'What it did, and where sources differ',
  'table.sources': 'Sources',
  'table.caption': 'Participants and their roles, with sources',
  'table.captionStrike': 'Countries named for {strike}, with sources',
  // Announcer and notices.
  'say.overview': 'Showing the overview.',
  'say.selected': 'Selected {name}: {roles}.',
  'say.strike': 'Showing {strike}: {who}.',
  'say.noCountry': 'no source names a country',
  'notice.badLink': 'That link points to something this map doesn’t show, so here is the overview.',
  'notice.dismiss': 'Dismiss notice',
  // The map described.
  'describe.long':
    'Map of the {dates} {subject}: {n} countries, coloured by role ({groups}), coordinated from {hub}, with a line from {hub} to each country. {inset}The list of countries and the table give the same information.',
  'describe.outlets': 'takedown of Isis propaganda outlets',
  'describe.online': 'action against Isis propaganda online',
  'describe.none':
    'Map of the {dates} {subject}: the sources name no country, so none is coloured; {hub} is marked. The list and the table give the same information.',
  'describe.inset': 'Shown in an inset: {names}. ',
  // One role's countries in the descriptions ("lead: Spain"), and what joins two of them.
  'describe.group': '{role}: {names}',
  'describe.groupSep': '; ',
  'describe.short':
    'Map of the {n} countries in the operation, coloured by role, with spokes to the coordination hub in {hub}.',
  'describe.shortNone':
    'Map of the operation: the sources name no country; the coordination hub in {hub} is marked.',
  // Story.
  'timeline.title': 'The campaign against Isis propaganda online',
  'tour.start': 'Take the guided tour ({n} steps)',
  'tour.previous': '← Previous',
  'tour.next': 'Next →',
  'tour.finish': 'Finish',
  'tour.exit': 'Exit tour',
  'tour.step': 'Step {n} of {total}',
  'tour.tip': 'Tip: use the Left and Right arrow keys to step through.',
  'attacks.toggle': 'Attacks Amaq is said to have claimed',
  'attacks.title': 'Claimed attacks, 2015–2018',
  'attacks.marker': 'Marker (approximate): ',
  // Failures.
  'fail.switchedOff': 'The interactive map is switched off on this page.',
  'fail.noWebgl':
    'This browser cannot draw the interactive map (WebGL2 is unavailable). The list of countries and the panels still work.',
  'fail.geometry':
    'The map’s outlines could not be loaded, so the map is not shown. The list of countries and the panels still work.',
  'fail.mapError': 'The interactive map could not start. The list of countries and the panels still work.',
  'fail.contextLost':
    'The interactive map stopped working (the browser lost its graphics context). The list of countries and the panels still work.',
  'fail.picture.switchedOff':
    'The interactive map is switched off on this page; this is a static picture of the map.',
  'fail.picture.noWebgl':
    'This browser cannot draw the interactive map (WebGL2 is unavailable), so this is a static picture of the map. Select countries in the list or on the picture.',
  'fail.picture.geometry':
    'The interactive map’s outlines could not be loaded, so this is a static picture of the map. Select countries in the list or on the picture.',
  'fail.picture.mapError':
    'The interactive map could not start, so this is a static picture of the map. Select countries in the list or on the picture.',
  'fail.picture.contextLost':
    'The interactive map stopped working (the browser lost its graphics context), so this is a static picture of the map. Select countries in the list or on the picture.',
  // Embedding.
  'embed.published': 'Published {date}',
  'embed.updated': 'Updated {date}',
  'embed.fullMap': 'Open the full map',
  'embed.newTab': 'opens in a new tab',
  'embed.copyLink': 'Copy link to this view',
  'embed.linkLabel': 'Link to this view',
  'embed.linkCopied': 'Link copied',
  'embed.pressCopy': 'Press Ctrl+C (⌘C) to copy',
  'embed.button': 'Embed',
  'embed.loadFailed': 'The embed codes could not be loaded. Try again.',
  'embed.close': 'Close',
  'embed.dialogTitle': 'Embed this map',
  'embed.intro': 'Paste one of these into your article. The map loads nothing from any other site.',
  'embed.options': 'Embed options',
  'embed.shows': 'What it shows',
  'embed.show.panel': 'Map, key and list of countries',
  'embed.show.map': 'Map and key only',
  'embed.show.full': 'Everything (timeline, tour, table): tall',
  'embed.show.fullNoTour': 'Everything (timeline, table): tall',
  'embed.showTitle': 'Show the title',
  'embed.theme': 'Theme',
  'embed.theme.auto': 'Follow the reader’s setting',
  'embed.theme.light': 'Light',
  'embed.theme.dark': 'Dark',
  'embed.language': 'Language',
  'embed.opensOn': 'Opens on',
  'embed.overview': 'The overview',
  'embed.strike': 'Strike',
  'embed.copyCode': 'Copy {label} code',
  'embed.code.iframe': 'Plain iframe',
  'embed.hint.iframe':
    'Works in any CMS, no script needed. Fixed height (any from 400 to 900 px): the map takes most of it, a country’s details open in a card over the map.',
  'embed.code.loader': 'Responsive (loader script)',
  'embed.hint.loader':
    'The iframe takes the height of its content (at most about 820 px, steady as readers click). Needs script-src and frame-src for this map’s origin.',
  'embed.code.amp': 'AMP',
  'embed.hint.amp':
    'For AMP pages (needs the amp-iframe component). Resizes itself through AMP’s embed-size message.',
  'embed.code.amp.show': 'Show the whole map',
  'embed.copied': 'Copied',
  'embed.selectedCopy': 'Selected: press Ctrl+C (⌘C) to copy',
  'gesture.windows':
    'Scrolling moves the page. To zoom the map, hold Ctrl while scrolling, or open it full screen.',
  'gesture.mac': 'Scrolling moves the page. To zoom the map, hold ⌘ while scrolling, or open it full screen.',
  'gesture.mobile': 'One finger scrolls the page. Use two fingers to move the map.',
  'gesture.fullscreen': 'Show the map full screen',
  'gesture.leaveFullscreen': 'Leave full screen',
  // About this map and the static page.
  'about.title': 'About this map',
  'about.method': 'Method',
  'about.labels': 'What the labels mean',
  'about.sources': 'Sources',
  'about.everySource': 'Every source, with its address',
  'about.credits': 'Credits',
  'about.dates': 'Published {published}; updated {updated}.',
  'about.corrections': 'Corrections',
  'noscript.note':
    'This page works best with JavaScript; without it, here is the map as a picture and its content as text, with sources.',
  'noscript.caption': 'The {n} countries and their roles, and {hub}, with sources',
} as const;

export type MessageKey = keyof typeof EN;
export type Messages = Readonly<Record<MessageKey, string>>;
