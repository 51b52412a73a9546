/**
 * Content translations into Bulgarian, keyed by the English text (src/i18n/localize.ts).
 * Translated by the engineer who built the language support, not reviewed by a native speaker.
 * Quotations stay verbatim in their own language (“…”), with our translation after them, marked as ours.
 */
import type { ContentMap } from '../localize.ts';

export const BG: ContentMap = {
  'Europol-coordinated operation · 25–26 April 2018':
    'Операция, координирана от Европол · 25–26 април 2018 г.',
  'Eight countries, two days: the takedown of Isis propaganda outlets':
    'Осем държави, два дни: свалянето на пропагандните медии на „Ислямска държава“',
  'On 25–26 April 2018 agencies in eight countries, led by Belgian prosecutors and coordinated from The Hague, hit Amaq and other Isis media outlets, Europol said.':
    'На 25–26 април 2018 г. служби в осем държави, ръководени от белгийски прокурори и координирани от Хага, удариха Amaq и други медии на „Ислямска държава“, съобщи Европол.',
  'Wednesday 25 to Thursday 26 April 2018; Europol announced it on 27 April.':
    'От сряда, 25, до четвъртък, 26 април 2018 г.; Европол я обяви на 27 април.',
  'Europol said law enforcement teams from Europe, the US and Canada had disabled the key communications channels of the Islamic State group, in a coordinated operation involving agencies in eight countries.':
    'Според Европол екипи на правоохранителните органи от Европа, САЩ и Канада са извадили от строя основните комуникационни канали на групировката „Ислямска държава“ при координирана операция със служби от осем държави.',
  'Europol said the two-day, simultaneous takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Според Европол едновременната двудневна акция е насочена срещу Amaq, пропаганден канал, представящ се за информационна агенция, както и срещу “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (наш превод: „по-малки пропагандни канали, сред които радио Bayan, Halumu и Nashir news“).',
  'It was coordinated from Europol’s headquarters in The Hague and backed by Eurojust; Europol said it was led by Belgian prosecutors.':
    'Тя е координирана от централата на Европол в Хага и подкрепена от Евроюст; според Европол е ръководена от белгийски прокурори.',
  'Europol said the aim was to disrupt the flow of Isis propaganda severely, hampering its broadcasts for an undetermined time.':
    'Според Европол целта е била сериозно да се наруши потокът на пропагандата на „Ислямска държава“, като излъчванията ѝ бъдат затруднени за неопределено време.',
  'Europol said national police forces expect the data retrieved to help identify the administrators of Isis media outlets and potentially radicalised people in Europe and beyond.':
    'Според Европол националните полиции очакват получените данни да помогнат за установяването на администраторите на медиите на „Ислямска държава“ и евентуално на радикализирани хора в Европа и извън нея.',
  'A propaganda outlet styled as a news agency. The report calls it “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism”; Europol called it the group’s “main mouthpiece”.':
    'Пропаганден канал, представящ се за информационна агенция. Репортажът го нарича “the news agency used by the group to broadcast claims of attacks and spread its message of jihadism” (наш превод: „информационната агенция, чрез която групировката поема отговорност за нападения и разпространява джихадисткото си послание“); Европол го нарече “main mouthpiece” (наш превод: „главен говорител“) на групировката.',
  'Europol said Isis officially endorsed it in July 2017 and that it became the primary source of information on the group’s activities worldwide.':
    'Според Европол „Ислямска държава“ официално го е признала през юли 2017 г. и той се е превърнал в основния източник на информация за дейността на групировката по света.',
  'Wikipedia calls it a news outlet linked to the Islamic State, first noticed during the siege of Kobanî in 2014 and often the first place claims of responsibility appear.':
    'Уикипедия го описва като информационен канал, свързан с „Ислямска държава“, забелязан за първи път при обсадата на Кобани през 2014 г. и често първото място, където се появяват поеманията на отговорност.',
  'Isis’s official radio station, once on 92.5 FM in Mosul. By 2018, when the takedown targeted it, it was an online outlet.':
    'Официалната радиостанция на „Ислямска държава“, някога на 92,5 FM в Мосул. През 2018 г., когато акцията я засегна, тя беше онлайн канал.',
  'An Iraqi airstrike took the Mosul station off air on 25 February 2017.':
    'Иракски въздушен удар спря излъчването на станцията в Мосул на 25 февруари 2017 г.',
  'A later source (2022 or after) calls Halummu “a distribution and translation conduit for official statements”; that it was the same in April 2018 is not confirmed.':
    'По-късен източник (от 2022 г. или след това) нарича Halummu “a distribution and translation conduit for official statements” (наш превод: „канал за разпространение и превод на официални изявления“); че е било така и през април 2018 г., не е потвърдено.',
  'We found no description of Halumu from 2018.': 'Не открихме описание на Halumu от 2018 г.',
  'An Isis distribution network, chiefly on Telegram; the name means “Distributor”. Its channel was advertised from 2015.':
    'Разпространителска мрежа на „Ислямска държава“, главно в Telegram; името означава “Distributor” (наш превод: „Разпространител“). Каналът ѝ се рекламира от 2015 г.',
  'By 2017 the main poster of Isis content on Telegram, running dozens of channels, MEMRI reported.':
    'През 2017 г. главният разпространител на съдържание на „Ислямска държава“ в Telegram, с десетки канали, съобщи MEMRI.',
  'Europol said that at the end of 2017 Isis propaganda was available in at least nine languages, through services such as mailed newsletters and add-ons for common browsers.':
    'Според Европол в края на 2017 г. пропагандата на „Ислямска държава“ е била достъпна на поне девет езика чрез услуги като бюлетини по имейл и добавки за разпространени браузъри.',
  Paris: 'Париж',
  'Coordinated attacks in Paris (Bataclan, Stade de France, cafés)':
    'Координирани нападения в Париж („Батаклан“, „Стад дьо Франс“, кафенета)',
  'The Bataclan theatre, one of several sites': 'Театър „Батаклан“, едно от няколкото места',
  'Claimed in an official Islamic State statement on 14 November 2015.':
    'Поета отговорност в официално изявление на „Ислямска държава“ на 14 ноември 2015 г.',
  'We found no Amaq claim for these attacks.':
    'Не открихме поемане на отговорност от Amaq за тези нападения.',
  Brussels: 'Брюксел',
  'Bombings at Brussels airport and Maalbeek metro station':
    'Атентати на летището в Брюксел и на метростанция „Малбек“',
  'Maalbeek metro station, one of two sites (the other is the airport)':
    'Метростанция „Малбек“, едно от двете места (другото е летището)',
  'Amaq carried the claim the same day.': 'Amaq разпространи поемането на отговорност още същия ден.',
  Berlin: 'Берлин',
  'Truck attack on the Breitscheidplatz Christmas market':
    'Нападение с камион на коледния базар на „Брайтшайдплац“',
  Breitscheidplatz: 'Брайтшайдплац',
  'Amaq carried the claim on 20 December 2016.':
    'Amaq разпространи поемането на отговорност на 20 декември 2016 г.',
  Barcelona: 'Барселона',
  'Van attack on La Rambla': 'Нападение с микробус на „Ла Рамбла“',
  'A reference point on La Rambla': 'Ориентир на „Ла Рамбла“',
  Trèbes: 'Треб',
  'Supermarket siege in Trèbes (Carcassonne and Trèbes attack)':
    'Заложническа драма в супермаркет в Треб (нападенията в Каркасон и Треб)',
  'The centre of Trèbes, not the supermarket': 'Центърът на Треб, а не супермаркетът',
  'Amaq carried a claim for the attack.': 'Amaq разпространи поемане на отговорност за нападението.',
  'The report puts the Paris, Brussels, Barcelona and Berlin claims “in 2016”. Only Brussels (22 March 2016) and Berlin (19 December 2016) were in 2016: Paris was on 13 November 2015 and Barcelona on 17 August 2017. The report dates Trèbes correctly, as “last month’s supermarket siege” (23 March 2018).':
    'Репортажът поставя поеманията на отговорност за Париж, Брюксел, Барселона и Берлин “in 2016” (наш превод: „през 2016 г.“). Само Брюксел (22 март 2016 г.) и Берлин (19 декември 2016 г.) са през 2016 г.: Париж е на 13 ноември 2015 г., а Барселона – на 17 август 2017 г. Репортажът датира правилно Треб като “last month’s supermarket siege” (наш превод: „заложническата драма в супермаркета миналия месец“) (23 март 2018 г.).',
  'The Paris attacks of 13 November 2015 were claimed in an official Islamic State statement. Amaq did carry a claim for a later attack in Paris, the Champs-Élysées shooting of 20 April 2017, so which “Paris” Europol meant is unclear.':
    'Нападенията в Париж от 13 ноември 2015 г. са поети в официално изявление на „Ислямска държава“. Amaq все пак разпространи поемане на отговорност за по-късно нападение в Париж – стрелбата на „Шан-з-Елизе“ от 20 април 2017 г., затова не е ясно кой “Paris” има предвид Европол.',
  'We found no Amaq claim for the November 2015 Paris attacks.':
    'Не открихме поемане на отговорност от Amaq за нападенията в Париж от ноември 2015 г.',
  'AFP quoted Europol’s director more broadly: Isis used Amaq to claim “every major attack since 2015 in Europe”.':
    'AFP цитира директора на Европол по-широко: „Ислямска държава“ е използвала Amaq, за да поема отговорност за “every major attack since 2015 in Europe” (наш превод: „всяко голямо нападение в Европа от 2015 г. насам“).',
  'Markers are approximate: each stands at one site of an attack, or at a reference point in the town or street.':
    'Маркерите са приблизителни: всеки стои на едно от местата на нападението или на ориентир в града или улицата.',
  'What was seized where: Europol puts servers in the Netherlands, the US and Canada and digital evidence in Bulgaria, France and Romania; the Belgian federal prosecutor says servers were seized and shut down in all six; Bulgaria’s interior ministry says access to four servers was blocked.':
    'Какво е иззето и къде: Европол поставя сървъри в Нидерландия, САЩ и Канада и цифрови доказателства в България, Франция и Румъния; белгийската федерална прокуратура казва, че сървъри са иззети и спрени и в шестте държави; българското МВР казва, че е блокиран достъпът до четири сървъра.',
  'A Romanian report listed digital material seized in Romania, Bulgaria and France and also in Belgium and the UK, which does not match Europol’s account.':
    'Румънски репортаж изброява цифрови материали, иззети в Румъния, България и Франция, а също и в Белгия и Обединеното кралство, което не съвпада с версията на Европол.',
  "How many took part: AFP reported that “dozens and dozens” of national police forces fanned out in their countries; franceinfo reported about 30 investigators (“Une trentaine d'enquêteurs”).":
    "Колко са участвали: AFP съобщи, че “dozens and dozens” (наш превод: „десетки и десетки“) национални полиции са се включили в своите държави; franceinfo съобщи за около 30 разследващи (“Une trentaine d'enquêteurs”).",
  'Spain’s interior ministry presented the action as growing out of a Guardia Civil case, listed Panama among the participants and spoke of users identified in 133 countries; Europol’s list of eight includes neither Spain nor Panama.':
    'Испанското министерство на вътрешните работи представи акцията като произлязла от дело на Гуардия Сивил, посочи Панама сред участниците и говори за потребители, установени в 133 държави; списъкът на Европол с осемте не включва нито Испания, нито Панама.',
  'A Spanish outlet, salamplan.com, said Spain “no ha estado directamente implicada” (our translation: was not directly involved).':
    'Испанска медия, salamplan.com, написа, че Испания “no ha estado directamente implicada” (наш превод: „не е била пряко замесена“).',
  'AP reported that Nashir was still sharing Isis statements and Amaq reports on Telegram on Friday 27 April.':
    'AP съобщи, че в петък, 27 април, Nashir все още споделя изявления на „Ислямска държава“ и новини на Amaq в Telegram.',
  'Charlie Winter, an expert on radicalisation at King’s College London, said Amaq had since published more than a dozen items, through a different channel than usual, Euronews reported.':
    'Чарли Уинтър, експерт по радикализация в Кингс Колидж в Лондон, каза, че оттогава Amaq е публикувала над дузина материала по различен от обичайния канал, съобщи Euronews.',
  'RTL quoted Wassim Nasr as saying the propaganda was interrupted for only about two hours.':
    'RTL цитира Уасим Наср, според когото пропагандата е била прекъсната само за около два часа.',
  'Rob Wainwright’s term as Europol’s director ended on 1 May 2018, days after the operation.':
    'Мандатът на Роб Уейнрайт като директор на Европол приключи на 1 май 2018 г., дни след операцията.',
  'Belgium led a similar action again in November 2019: a Belgian investigating judge and the Federal Prosecutor’s Office managed it, and Europol’s Internet Referral Unit organised it at its headquarters in The Hague.':
    'Белгия отново ръководи подобна акция през ноември 2019 г.: белгийски разследващ съдия и федералната прокуратура я управляваха, а звеното на Европол за сигнализиране за интернет съдържание я организира в централата си в Хага.',
  'Sources: news report, April 2018; Europol’s release (reposted); public reports cited in each panel. Map: Natural Earth (public domain).':
    'Източници: новинарски репортаж, април 2018 г.; съобщение на Европол (препубликувано); публични източници, посочени във всеки панел. Карта: Natural Earth (обществено достояние).',
  'Coordinated from The Hague': 'Координирана от Хага',
  'The report says the two-day takedown was coordinated from Europol’s headquarters in The Hague and backed by Eurojust, the EU’s judicial cooperation agency.':
    'Според репортажа двудневната акция е координирана от централата на Европол в Хага и подкрепена от Евроюст, агенцията на ЕС за съдебно сътрудничество.',
  'Europol said the EU Internet Referral Unit of its European Counter Terrorism Centre coordinated it.':
    'Според Европол тя е координирана от звеното на ЕС за сигнализиране за интернет съдържание към неговия Европейски център за борба с тероризма.',
  'We found no source that describes what Eurojust concretely did in April 2018.':
    'Не открихме източник, който да описва какво конкретно е направил Евроюст през април 2018 г.',
  'Belgium led': 'Белгия ръководи',
  'Europol said Belgian prosecutors led the operation; its release names the Belgian Federal Prosecutor’s Office.':
    'Според Европол белгийски прокурори са ръководили операцията; съобщението му посочва белгийската федерална прокуратура.',
  'In Belgium, the federal judicial police of Ghent took part in the action.':
    'В Белгия федералната съдебна полиция на Гент участва в акцията.',
  'Evidence: France, Romania, Bulgaria': 'Доказателства: Франция, Румъния, България',
  'Europol said French, Romanian and Bulgarian police had quantities of digital evidence; the Guardian reported digital evidence seized in all three.':
    'Според Европол френската, румънската и българската полиция са разполагали с количества цифрови доказателства; The Guardian съобщи за иззети цифрови доказателства и в трите държави.',
  'Bulgaria’s interior ministry said access was blocked to four servers Amaq used there.':
    'Българското МВР съобщи, че е блокиран достъпът до четири сървъра, използвани от Amaq в страната.',
  'We found no source naming the French or Romanian service that acted.':
    'Не открихме източник, който да посочва френската или румънската служба, която е действала.',
  'Servers: the Netherlands, the US, Canada': 'Сървъри: Нидерландия, САЩ, Канада',
  'Europol said law enforcement officers in the Netherlands, the US and Canada captured Isis servers.':
    'Според Европол служители на правоохранителните органи в Нидерландия, САЩ и Канада са иззели сървъри на „Ислямска държава“.',
  'Dutch justice authorities confirmed servers were taken offline; Global News reported no arrests in Canada.':
    'Нидерландските съдебни власти потвърдиха, че сървъри са изключени; Global News не съобщи за арести в Канада.',
  'The Belgian federal prosecutor named more countries: servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Белгийската федерална прокуратура посочи още държави: сървъри са иззети и спрени в България, Франция, Румъния, Нидерландия, Канада и Съединените щати.',
  'Registrars: the United Kingdom': 'Регистратори: Обединеното кралство',
  'Europol said Britain’s Counter Terrorism Internet Referral Unit identified the top-level domain registrars Isis had abused.':
    'Според Европол британското звено за сигнализиране за терористично интернет съдържание е установило регистраторите на домейни от първо ниво, с които „Ислямска държава“ е злоупотребявала.',
  'The unit sits in the Metropolitan Police’s Counter Terrorism Command; PA reported that it led the referral of abused web domains.':
    'Звеното е част от Командването за борба с тероризма на Лондонската столична полиция; според PA то е ръководило сигнализирането за злоупотребени уеб домейни.',
  'Two strikes before, after an alert': 'Два удара преди това, след предупреждение',
  'Europol said the case began at the end of 2015, when it alerted EU member states to the rise of Amaq.':
    'Според Европол делото е започнало в края на 2015 г., когато той е предупредил държавите – членки на ЕС, за възхода на Amaq.',
  'The report calls April 2018 the third strike since 2016, when Amaq’s app and web assets were first targeted; Europol’s release names no lead country for that first takedown.':
    'Репортажът нарича април 2018 г. третия удар от 2016 г. насам, когато приложението и уеб ресурсите на Amaq са били атакувани за първи път; съобщението на Европол не посочва водеща държава за този първи удар.',
  'In June 2017 Spain’s Guardia Civil led the second, supported by Europol and the US; the servers it seized led to radicalised people being identified in more than 100 countries.':
    'През юни 2017 г. испанската Гуардия Сивил ръководи втория, с подкрепата на Европол и САЩ; иззетите сървъри водят до установяването на радикализирани хора в над 100 държави.',
  'The outlets': 'Медиите',
  'Europol said the takedown targeted Amaq, a propaganda outlet styled as a news agency, as well as “lesser propaganda channels including Bayan radio, Halumu and Nashir news”.':
    'Според Европол акцията е насочена срещу Amaq, пропаганден канал, представящ се за информационна агенция, както и срещу “lesser propaganda channels including Bayan radio, Halumu and Nashir news” (наш превод: „по-малки пропагандни канали, сред които радио Bayan, Halumu и Nashir news“).',
  'Afterwards, and where sources disagree': 'След това и къде източниците си противоречат',
  'Belgian Federal Prosecutor’s Office': 'Белгийска федерална прокуратура',
  'Led the operation: Europol said Belgian prosecutors led it, and its release names the Belgian Federal Prosecutor’s Office.':
    'Ръководи операцията: според Европол белгийски прокурори са я ръководили, а съобщението му посочва белгийската федерална прокуратура.',
  'The federal prosecutor gave the aim as “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (our translation: to severely destabilise IS’s propaganda apparatus and to identify and arrest the administrators of these servers).':
    'Федералният прокурор определи целта като “déstabiliser fortement l’appareil de propagande de l’EI et d’identifier et d’interpeller les administrateurs de ces serveurs” (наш превод: „силно да се дестабилизира пропагандният апарат на ИД и да се установят и задържат администраторите на тези сървъри“).',
  'Cybercrime department of GDBOP (Chief Directorate Combating Organised Crime), Interior Ministry':
    'Отдел „Киберпрестъпност“ на ГДБОП (Главна дирекция „Борба с организираната престъпност“), МВР',
  'Europol said police in Bulgaria had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Според Европол полицията в България е разполагала с количества цифрови доказателства; The Guardian съобщи за иззети там цифрови доказателства.',
  'The interior ministry said access was blocked to four servers Amaq used in Bulgaria.':
    'МВР съобщи, че е блокиран достъпът до четири сървъра, използвани от Amaq в България.',
  'Europol lists Bulgaria for digital evidence; Bulgaria’s interior ministry speaks of four servers blocked, and the Belgian federal prosecutor of servers seized and shut down there.':
    'Европол посочва България за цифрови доказателства; българското МВР говори за четири блокирани сървъра, а белгийската федерална прокуратура – за иззети и спрени там сървъри.',
  'Europol said law enforcement officers captured Isis servers in Canada; Global News reported servers seized there.':
    'Според Европол служители на правоохранителните органи са иззели сървъри на „Ислямска държава“ в Канада; Global News съобщи за иззети там сървъри.',
  'No arrests were made in Canada, Global News reported.': 'В Канада няма арести, съобщи Global News.',
  'An RCMP spokesperson declined to comment further on what they called an ongoing law enforcement operation.':
    'Говорител на Кралската канадска конна полиция отказа да коментира повече това, което нарече текуща полицейска операция.',
  'The Belgian federal prosecutor said servers were seized and shut down in Bulgaria, France, Romania, the Netherlands, Canada and the United States.':
    'Белгийската федерална прокуратура заяви, че сървъри са иззети и спрени в България, Франция, Румъния, Нидерландия, Канада и Съединените щати.',
  'Europol said police in France had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Според Европол полицията във Франция е разполагала с количества цифрови доказателства; The Guardian съобщи за иззети там цифрови доказателства.',
  'Europol said officers in the Netherlands captured Isis servers; NOS reported that servers of Amaq were seized there.':
    'Според Европол служители в Нидерландия са иззели сървъри на „Ислямска държава“; NOS съобщи, че там са иззети сървъри на Amaq.',
  'Dutch justice authorities (“Justitie”) confirmed that servers were taken offline in the Netherlands too, without giving places or numbers.':
    'Нидерландските съдебни власти (“Justitie”) потвърдиха, че и в Нидерландия са изключени сървъри, без да посочат места или брой.',
  'Police would not say whether anyone was arrested, NOS reported.':
    'Полицията не пожела да каже дали някой е задържан, съобщи NOS.',
  'Europol said police in Romania had quantities of digital evidence; the Guardian reported digital evidence seized there.':
    'Според Европол полицията в Румъния е разполагала с количества цифрови доказателства; The Guardian съобщи за иззети там цифрови доказателства.',
  'Counter Terrorism Internet Referral Unit (CTIRU), in the Metropolitan Police’s Counter Terrorism Command':
    'Звено за сигнализиране за терористично интернет съдържание (CTIRU) към Командването за борба с тероризма на Лондонската столична полиция',
  'Europol said the unit identified the top-level domain registrars that Isis had abused.':
    'Според Европол звеното е установило регистраторите на домейни от първо ниво, с които „Ислямска държава“ е злоупотребявала.',
  'PA reported that it led the work of identifying and referring web domains abused by the group.':
    'Според PA то е ръководило работата по установяване и сигнализиране за уеб домейни, злоупотребени от групировката.',
  'Europol said law enforcement officers captured Isis servers in the US; the Guardian reported servers seized there.':
    'Според Европол служители на правоохранителните органи са иззели сървъри на „Ислямска държава“ в САЩ; The Guardian съобщи за иззети там сървъри.',
  'The World Forum convention centre in The Hague, beside Europol’s headquarters and Eurojust; not either building':
    'Конгресният център World Forum в Хага, до централата на Европол и Евроюст; не е нито една от двете сгради',
  'Europol headquarters': 'Централа на Европол',
  'The report says the two-day action was coordinated from Europol’s headquarters in The Hague. The building is at Eisenhowerlaan 73.':
    'Според репортажа двудневната акция е координирана от централата на Европол в Хага. Сградата е на Eisenhowerlaan 73.',
  'EU Internet Referral Unit (EU IRU)': 'Звено на ЕС за сигнализиране за интернет съдържание (EU IRU)',
  'Europol said the takedown was coordinated by its EU IRU, set up in July 2015, within its European Counter Terrorism Centre (ECTC), launched on 25 January 2016.':
    'Според Европол акцията е координирана от неговото EU IRU, създадено през юли 2015 г., в рамките на Европейския център за борба с тероризма (ECTC), открит на 25 януари 2016 г.',
  Eurojust: 'Евроюст',
  'The report says the operation was backed by Eurojust, the EU’s judicial cooperation agency; DW spoke of its assistance. Eurojust has been based at Johan de Wittlaan 9, The Hague, since 2017.':
    'Според репортажа операцията е подкрепена от Евроюст, агенцията на ЕС за съдебно сътрудничество; DW говори за неговото съдействие. От 2017 г. Евроюст се намира на Johan de Wittlaan 9 в Хага.',
  'The marker stands at the World Forum: Europol’s building stands on land cleared from the convention centre, and Eurojust’s premises are on the edge of the World Forum area.':
    'Маркерът е при World Forum: сградата на Европол е построена върху терен, отделен от конгресния център, а помещенията на Евроюст са в края на района на World Forum.',
  'We found no source giving building-level coordinates for either agency, so the marker is approximate.':
    'Не открихме източник с координати на ниво сграда за която и да е от двете агенции, затова маркерът е приблизителен.',
  'End of 2015 (alert)': 'Края на 2015 г. (предупреждение)',
  'Not a strike: Europol said the case began when it alerted all EU member states to the rise of Amaq and the technical resilience of its online infrastructure.':
    'Не е удар: според Европол делото е започнало, когато той е предупредил всички държави – членки на ЕС, за възхода на Amaq и техническата устойчивост на онлайн инфраструктурата му.',
  '25–26 April 2018': '25–26 април 2018 г.',
  'Belgium (Federal Prosecutor’s Office)': 'Белгия (федерална прокуратура)',
  'The report calls it “the third such strike” since 2016; Europol called it a “simultaneous, multinational takedown”, involving agencies in eight countries and coordinated from The Hague.':
    'Репортажът я нарича “the third such strike” (наш превод: „третият подобен удар“) от 2016 г. насам; Европол говори за “simultaneous, multinational takedown” (наш превод: „едновременна многонационална акция“) със служби от осем държави, координирана от Хага.',
  'A Europol official told franceinfo it was “la troisième action sur les deux dernières années” (our translation: the third action in the last two years), the first in summer 2016 and the second in summer 2017.':
    'Служител на Европол каза пред franceinfo, че това е “la troisième action sur les deux dernières années” (наш превод: третата акция през последните две години), първата през лятото на 2016 г., а втората през лятото на 2017 г.',
  'executive director of the European police agency':
    'изпълнителен директор на европейската полицейска агенция',
  'With this groundbreaking operation, we have punched a big hole in the capability of [Isis] to spread propaganda online and radicalise young people in Europe,':
    'С тази новаторска операция пробихме голяма дупка във възможността на [„Ислямска държава“] да разпространява пропаганда онлайн и да радикализира млади хора в Европа,',
  'European Commissioner for the Security Union': 'европейски комисар за Съюза на сигурност',
  'by working together we can stamp out the poisonous propaganda ... used to fuel many of the recent terror attacks in Europe.':
    'като работим заедно, можем да изкореним отровната пропаганда ..., използвана за подклаждане на много от неотдавнашните терористични нападения в Европа.',
  'The starting point is a news report of April 2018 on the operation, read in a syndicated copy; its paragraphs are cited as “article ¶N”.':
    'Отправна точка е новинарски репортаж от април 2018 г. за операцията, прочетен в препубликувано копие; абзаците му се цитират като “article ¶N”.',
  'Every other fact was looked up in public pages (Europol’s release as reposted in full, national police and justice statements as reported by the press, news reports in several languages), read from archived copies, and checked against the report. Each fact names its sources; quotations are verbatim, and a translation is marked as ours.':
    'Всеки друг факт е проверен в публични страници (съобщението на Европол, препубликувано изцяло, изявления на национални полиции и прокуратури, както ги предаде пресата, новинарски репортажи на няколко езика), прочетени в архивни копия и сверени с репортажа. Всеки факт посочва източниците си; цитатите са дословни, а преводът е отбелязан като наш.',
  'Where a statement is someone’s account rather than a checked fact, it says whose (“Europol said…”). Where sources disagree, both accounts are shown.':
    'Когато едно твърдение е нечия версия, а не проверен факт, е казано чия („Според Европол…“). Когато източниците си противоречат, са показани и двете версии.',
  Unconfirmed: 'Непотвърдено',
  'a source says it, but no other source confirms it, or it applies a later source to 2018.':
    'един източник го твърди, но никой друг не го потвърждава, или по-късен източник е отнесен към 2018 г.',
  'a source says it, but no other source confirms it.':
    'един източник го твърди, но никой друг не го потвърждава.',
  'Not named': 'Не е посочен',
  'we found no source naming the agency that acted in that country; it does not mean none took part.':
    'не открихме източник, който да посочва службата, действала в тази държава; това не означава, че не е участвала никоя.',
  'Research note': 'Бележка от проучването',
  'a finding of our research, such as what we could not find; no page is cited because no page says it.':
    'резултат от нашето проучване, например какво не успяхме да открием; не е цитирана страница, защото никоя страница не го казва.',
  'Each panel cites its sources; the downloads list every source with its address. A repost or a copy is named as one. Markers for places and attacks are approximate.':
    'Всеки панел посочва източниците си; файловете за изтегляне изброяват всеки източник с адреса му. Препубликуване или копие е отбелязано като такова. Маркерите за места и нападения са приблизителни.',
  'Country outlines: Natural Earth via world-atlas (public domain).':
    'Очертания на държавите: Natural Earth чрез world-atlas (обществено достояние).',
  'Research, data and map: the Takedown Map project; code and data under the MIT licence.':
    'Проучване, данни и карта: проектът Takedown Map; код и данни под лиценза MIT.',
  'Corrected: claims by Europol and others are now attributed to them; the report’s “in 2016” is corrected without blaming it for Trèbes; the end-of-2015 entry is shown as an alert, not a strike; Eurojust’s address is given as its location only; Julian King’s title; source names and titles; added the scale of the operation, the Romanian and Spanish accounts, the aftermath reported by RTL and Charlie Winter, and context.':
    'Поправено: твърденията на Европол и други вече им се приписват; “in 2016” в репортажа е поправено, без да му се вменява Треб; записът за края на 2015 г. е показан като предупреждение, а не като удар; адресът на Евроюст е даден само като местоположение; длъжността на Джулиан Кинг; имената и заглавията на източниците; добавени са мащабът на операцията, румънската и испанската версия, последиците според RTL и Чарли Уинтър, както и контекст.',
  'We found no source naming the agency that acted.':
    'Не открихме източник, който да посочва службата, която е действала.',
};
