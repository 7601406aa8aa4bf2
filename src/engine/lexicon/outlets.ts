/**
 * News outlets and agencies, as written in running text (without a leading
 * "the"). Matching is case-insensitive on the whole name.
 *
 * Size matters here (the engine ships in every content script): continental
 * European and Latin American outlets are kept only where English-language news
 * names them bare; elsewhere it introduces them with a descriptor ("Swedish
 * daily Expressen", "Brazilian newspaper Estadão"), which the outlet-description
 * rule reads without a list. Names the rules already read in every frame are not
 * listed (checked against fifteen attribution frames when the list was trimmed).
 */
import { wordList } from './expand';
export const OUTLETS = wordList(
  // wires and agencies
  'Reuters|AP|Agence France-Presse|AFP|Bloomberg|Bloomberg TV' +
  '|TASS|RIA Novosti|RIA|Interfax|Xinhua|Kyodo|Yonhap|ANSA|EFE' +
  '|Deutsche Presse-Agentur|Anadolu|Anadolu Agency|IRNA|Fars|Tasnim|SANA' +
  '|WAFA|KCNA|PTI|ANI|Ukrinform|UNIAN' +
  '|Sputnik|RT|Dow Jones|Dow Jones Newswires|United Press International|UPI' +
  '|AAP|Xinhua News Agency' +
  // newspapers
  '|FT|Times|WSJ' +
  '|Guardian|Observer|Telegraph' +
  '|Independent|Daily Mail|Mirror|Sun|Evening Standard' +
  '|Economist' +
    '|Newsday' +
  '|Atlanta Journal-Constitution|Arizona Republic' +
    '|Le Monde|Le Figaro|Libération|Spiegel|Die Zeit' +
  '|Bild|Handelsblatt|El País|El Mundo|La Repubblica' +
  '|Corriere della Sera|NRC|Haaretz|Yedioth Ahronoth' +
  '|Ynet|Kommersant|Vedomosti|Izvestia|Novaya Gazeta|Meduza' +
  '|Nikkei|Nikkei Asia|Mainichi' +
  '|SCMP' +
  '|Caixin' +
  '|The Hindu|Dawn|Al-Ahram|Asharq Al-Awsat' +
  '|The Age|The Australian' +
  '|Scotsman|Herald|Politico|Politico Europe|Axios' +
  '|The Hill|Vox|Slate|Salon|HuffPost|BuzzFeed' +
  '|Vice|The Atlantic|New Yorker|Time|Newsweek|Forbes|Fortune' +
  '|Business Insider|Insider|Semafor|Puck|The Information|TechCrunch|The Verge' +
  '|Wired|Ars Technica|Engadget|Variety|Deadline|Billboard' +
  '|Rolling Stone|ProPublica|Intercept|Daily Beast|Mother Jones|National Review' +
  '|Breitbart|CNBC|MarketWatch' +
  '|Al-Monitor|Middle East Eye|Al Arabiya|Al-Arabiya|Al Jazeera|Al-Jazeera' +
  '|Nature|Science|Lancet|STAT' +
  '|Defense One|Breaking Defense|Foreign Policy' +
  '|NTD|VOA|Radio Free Europe|Radio Free Europe/Radio Liberty' +
  '|RFE/RL|Radio Liberty|Radio Free Asia|Deutsche Welle|DW|France 24|Euronews' +
  // broadcasters
  '|BBC|CNN|NBC|ABC|CBS|MSNBC|PBS' +
  '|NPR|ITV|Channel 4|Channel 4 News|CBC|RTÉ' +
  '|RTE|NHK|KBS|Channel NewsAsia|CNA|Rossiya 24|Channel One' +
  '|CCTV|CGTN|Al Jazeera English|ZDF|ARD|Tagesschau|France Télévisions|TF1' +
  '|Rai|TVN24|Kan|Channel 12|Channel 13|Telemundo|Univision' +
  '|WNYC|Fox Business|Newsmax|C-SPAN' +
  '|Ruptly|Rodong Sinmun|Asahi|Yomiuri' +
  '|Hankyoreh|Al-Mayadeen|Al-Manar' +
  '|Ukrainska Pravda|RBC|Fontanka|Pravda|Le Parisien|Ouest-France|La Stampa' +
  '|El Universal|Folha de S.Paulo|O Globo|Clarín|La Nación|Milenio|Reforma' +
  // more wires and agencies
  '|Agencia Brasil|Agência Brasil|Agencia EFE|Agence Anadolu|ANP|Belga|Keystone-SDA|NTB' +
  '|Ritzau|STT|CTK|PAP|MTI|BTA|Agerpres|HINA|Tanjug|LUSA|Notimex|Télam' +
  '|Telam|Prensa Latina|China News Service|CNA Taiwan|Central News Agency|Antara|Bernama' +
  '|Philippine News Agency|Vietnam News Agency|VNA|Thai PBS|ISNA|ILNA|Mehr News Agency' +
  '|Tasnim News Agency|Fars News Agency|IRNA News Agency|Middle East News Agency' +
  '|Saudi Press Agency|WAM|QNA|KUNA|BNA|Oman News Agency|NNA|National News Agency' +
  '|KNA|Kenya News Agency|SAPA|African News Agency|Yonhap News Agency' +
  '|Kyodo News Agency|TASS news agency|RIA-Novosti|Belta|Kazinform' +
  '|Ukrinform news agency|Interfax-Ukraine|NewsNation|Press Association|PA Media|Roll Call' +
  '|The Bulwark|The Federalist' +
  '|Townhall|Mediaite|Raw Story|Talking Points Memo|TPM|The Nation' +
  '|New Republic|The American Prospect|The 19th|Grist|Inside Higher Ed|Chalkbeat' +
  '|The Marshall Project|The Markup|CalMatters' +
  '|Block Club Chicago|Baltimore Banner|Honolulu Civil Beat' +
  '|MinnPost|Sun-Times|Union-Tribune|Oregonian' +
  '|Review-Journal|Post-Dispatch|Cleveland Plain Dealer|Plain Dealer|Enquirer|IndyStar' +
  '|Courier-Journal|Tennessean|News & Observer|Raleigh News & Observer' +
  '|Virginian-Pilot|Post-Gazette|Star-Ledger|Times Union|Times-Picayune|The Advocate' +
  '|Florida Times-Union|Tallahassee Democrat|Express-News|Fort Worth Star-Telegram|Star-Telegram' +
  '|Oklahoman|Tulsa World|World-Herald|Spokesman-Review|Democrat-Gazette' +
  '|Charleston Gazette-Mail|Gazette-Mail|Intelligencer' +
  '|News-Register|Herald-Leader|Press Democrat|Axios Local|NJ.com|MLive' +
  '|AL.com|Cleveland.com|OregonLive|SFGate|Gothamist|Yahoo Finance|The Skimm|The Cut' +
  '|Vanity Fair|GQ|Esquire|TMZ|Page Six|Pitchfork' +
  '|Sports Illustrated|ESPN|The Athletic|Bleacher Report|Yahoo Sports|CBS Sports' +
  '|Fox Sports|NBC Sports|Sky Sports|BBC Sport|Marca|L’Équipe|L\'Equipe' +
  '|Kicker|The Ringer|Defector|Wall Street Journal Europe|Kiplinger' +
  '|Benzinga|Seeking Alpha|Motley Fool|Quartz|Fast Company' +
  '|Harvard Business Review|MIT Technology Review|Scientific American|New Scientist' +
  '|National Geographic|Smithsonian|Popular Science|Live Science|Space.com|The Conversation' +
  '|Undark|Mashable|Gizmodo|CNET|ZDNet|VentureBeat|Recode|The Daily Dot' +
  '|Vulture|IndieWire|Deadline Hollywood|TheWrap|The Wrap|Bellingcat|OpenSecrets|Snopes' +
  '|PolitiFact|FactCheck.org|Lead Stories|Full Fact' +
  '|The War Zone|Aviation Week|Flight Global|FlightGlobal|The Air Current' +
  '|TradeWinds|S&P Global Platts|Argus Media' +
  // TV, radio
  '|ABC7|NBC4|CBS2|Fox 5|Fox 11|NY1|WCVB|WBZ|WGN|WGN-TV|KTLA|KABC' +
  '|KNBC|KCBS|KRON|KGO|KPIX|KING 5|KOMO|KIRO|WFAA|KHOU|KPRC|WSB-TV|WPLG' +
  '|WSVN|WTOP|WUSA|WJLA|WABC|WNBC|WCBS|WPIX|WXYZ|WDIV|WJBK|KSDK|KMOV' +
  '|WCCO|KARE|KUSA|KDVR|KSL|KOAT|KVUE|WRAL|WBTV|WSOC|WTVD|WESH|WFTV' +
  '|WFLA|WTSP|KTVU|KQED|WBUR|WAMU|KCRW|KPCC|LAist|OPB|WBEZ|WHYY' +
  '|WAMC|Houston Public Media|KERA|ABC World News Tonight|Good Morning America' +
  '|Fox News Sunday|Morning Joe' +
  '|Squawk Box|Nightline|Frontline|PBS NewsHour|NewsHour|All Things Considered' +
  '|Morning Edition|Weekend Edition|Fresh Air|Democracy Now|The Daily Show|CNN International' +
  '|CNN en Español|CNN-News18|BBC World Service|BBC Radio 4|BBC Radio 5 Live|BBC Breakfast' +
  '|Newsnight|LBC|TalkTV|Channel 5|STV|BBC Scotland' +
  '|BBC Wales|CTV|CityNews|Radio-Canada|TVA|ABC Australia' +
  '|Australian Broadcasting Corporation|SBS|Sky News Australia|TVNZ|RNZ' +
  '|Radio New Zealand|Newshub|Le Point' +
  '|Mediapart|BFMTV' +
  '|Radio France' +
  '|RFI|Radio France Internationale|Le Soir' +
  '|De Telegraaf|NOS|NZZ' +
  '|Der Standard|Die Presse|Die Welt' +
  '|Tagesspiegel' +
  '|La Vanguardia|RTVE' +
  '|Corriere' +
  '|Kathimerini|Ekathimerini' +
  '|Hürriyet|Hurriyet|Daily Sabah|TRT|TRT World' +
  '|Gazeta Wyborcza' +
  '|Yle|Helsingin Sanomat|Dagens Nyheter' +
  '|Aftonbladet|SVT|Aftenposten' +
  '|NRK|Politiken|TheJournal.ie' +
  '|Daily Record|The National|Western Mail|WalesOnline|Liverpool Echo' +
  '|Birmingham Mail|Sunday People|Daily Star Sunday' +
  '|Spectator|Prospect|Private Eye' +
  '|PoliticsHome|Politico EU|Euractiv|EUobserver|Novaya Gazeta Europe|Dozhd|TV Rain' +
  '|Mediazona|Verstka|Agentstvo|Kommersant FM' +
  '|Gazeta.ru|Lenta.ru|Komsomolskaya Pravda|Rossiyskaya Gazeta|Izvestiya|Channel One Russia' +
  '|NTV|Zvezda|Vesti|Suspilne|Hromadske|Liga.net|Censor.net' +
  '|Novoye Vremya|Zerkalo Nedeli|Nasha Niva|Belsat|Current Time|Nastoyashcheye Vremya' +
  '|Civil Georgia|Azatutyun' +
  // Middle East and Africa
  '|Al Jazeera Arabic|Al-Araby Al-Jadeed|The New Arab|Al Araby|Asharq|Al-Sharq Al-Awsat' +
  '|Al-Quds|Al-Quds Al-Arabi|Al Hadath|Al-Hadath|Sky News Arabia|Alhurra|Al-Akhbar' +
  '|Al Akhbar|L’Orient-Le Jour|L\'Orient-Le Jour|An-Nahar|Annahar|Naharnet|The National UAE' +
  '|Okaz|Al Watan|Al-Watan|Al Masry Al Youm|Al-Masry Al-Youm|Ahram Online|Mada Masr' +
  '|Daily News Egypt|Rudaw|Kurdistan 24|Al Sumaria|Enab Baladi|Syria Direct|Kan 11' +
  '|Channel 11|Channel 14|N12|Mako|Walla|Maariv|Israel Hayom|Globes|Calcalist' +
  '|Haaretz English|Jewish Insider|The Forward|JTA' +
  '|Jewish Telegraphic Agency|Axios Israel|Ynetnews|Ma’an|Ma\'an|Ma’an News Agency' +
  '|Ma\'an News Agency|Al-Ayyam|Quds News Network|Kayhan|Etemad|Shargh|Iran International' +
  '|IranWire|Radio Farda|BBC Persian|Hamshahri|Yeni Şafak' +
  '|Anadolu Ajansı|The Punch|ThisDay|Guardian Nigeria|Daily Trust|Sahara Reporters' +
  '|Daily Nation|The Standard|The Star Kenya|NTV Kenya|New Vision|The Citizen' +
  '|The EastAfrican|Addis Standard|Addis Fortune|News24|Daily Maverick|Mail & Guardian' +
  '|Sunday Times South Africa|TimesLIVE|IOL|SABC|Business Day|GroundUp' +
  '|Jeune Afrique|RFI Afrique|Le Monde Afrique|Hespress|Radio Dabanga' +
  '|Garowe Online|Hiiraan Online|ZimLive|Malawi24|GhanaWeb|JoyNews|Citi FM' +
  '|Graphic Online|Daily Graphic|Le Quotidien|Senego' +
  // Asia and Pacific
  '|Hindu BusinessLine|Livemint|Business Standard' +
  '|Telegraph India|Tribune India|NDTV|Aaj Tak|Times Now' +
  '|CNN-IBN|News18|WION|The Print|ThePrint|Scroll.in|The Quint|Newslaundry' +
  '|The Caravan|The News International|Business Recorder' +
  '|Daily Star Bangladesh|Prothom Alo|Daily Mirror Sri Lanka' +
  '|Daily FT|TOLOnews|Pajhwok|Kabul Now|Afghanistan International' +
  '|Thepaper.cn|Sixth Tone|Caixin Global|Yicai|Jiemian|Sina Finance' +
  '|HKFP|RTHK|TVB|Ming Pao|Sing Tao|The Standard HK|Focus Taiwan|TVBS|NHK World' +
  '|Nikkei Asian Review|Sankei|TBS|TV Asahi|NTV Japan|Kyunghyang Shinmun|MBC|SBS Korea' +
  '|JTBC|YTN|News1|Newsis|Daily NK|Arirang|Korea Central News Agency|Uriminzokkiri' +
  '|The Nation Thailand|Khaosod|Thai Rath|Matichon|Prachatai|VnExpress|Tuoi Tre' +
  '|Thanh Nien|The Star Malaysia|Malaysiakini|Malay Mail|Today Singapore|Mothership' +
  '|Lianhe Zaobao|Zaobao|Kompas|Detik|Inquirer.net|Rappler|Philstar' +
  '|ABS-CBN|GMA|Irrawaddy|Myanmar Now|Frontier Myanmar|Mizzima|DVB' +
  '|Eurasianet|Akipress|Kun.uz|Gazeta.uz|Tengrinews|Vlast' +
  '|ABC News Australia|The Guardian Australia|Australian Financial Review|AFR' +
  '|Daily Telegraph Australia|Courier-Mail' +
  '|West Australian|Crikey|RNZ Pacific|Post-Courier' +
  // Latin America
  '|Folha|TV Globo' +
  '|Globo|CNN Brasil|Infobae' +
  '|Telesur|Granma' +
  '|Televisa' +
  '|Noticias Telemundo|El Nuevo Día'
);

/** First words of a capitalised name that make it an outlet ("Radio Free Asia", "Agencia Brasil"). */
export const OUTLET_FIRST_WORDS = wordList('radio|agencia|agência|agence|agenzia|télévision|televisión|televisão|rádio');

/** Capitalised listeners after "told the" that are bodies, not outlets ("told the House"). */
export const LISTENER_BODIES = wordList('house|senate|court|jury|panel|board|bench|chamber|assembly|commons|lords|crowd|audience|inquiry|hearing|conference|summit|tribunal|council|cabinet|committee|subcommittee|parliament|congress|legislature|nation|country|public|un|u.n.|security council|general assembly');

/** Outlet words that make a cue's context an outlet's own output ("said in a commentary"). */
export const OUTLET_CONTEXT_NOUNS = wordList('commentary|editorial|dispatch|article');

/** Journalists of an outlet ("an Associated Press journalist"): the outlet is the source. */
export const JOURNALIST_WORDS = wordList(
  'journalist|journalists|reporter|reporters|correspondent|correspondents' +
  '|photographer|photographers|editor|editors|columnist|crew|team|producer'
);


/** Words inside a capitalised name that mark it as an outlet. */
export const OUTLET_NAME_WORDS = wordList(
  'register|intelligencer|enquirer|advertiser|statesman' +
  '|sun|globe|beacon|ledger|bee|gleaner|pioneer|argus|mercury|picayune' +
  '|courant|oregonian|tennessean|oklahoman|caller|herald-tribune|herald-leader' +
  '|zeitung|tageblatt|shimbun|ilbo|nieuws|noticias|diario|jornal|giornale|quotidiano' +
  '|times|post|journal|gazette|herald|tribune|chronicle|telegraph|news' +
  '|press|inquirer|courier|dispatch|observer|examiner|sentinel|bulletin' +
  '|daily|weekly|magazine|radio|tv|television|broadcasting|newswire|wire' +
  '|monitor|star|mirror|express|independent|guardian|reporter|today'
);

/** Descriptions that point back to the last outlet named ("the newspaper reported"). */
export const OUTLET_DESCRIPTIONS = wordList(
  'newspaper|paper|outlet|broadcaster|network|daily|tabloid|magazine' +
  '|news agency|channel|station|publication|website|wire service'
);
/** Head nouns that make a capitalised name an outlet ("the Kyiv Independent newspaper"). */
export const OUTLET_HEADS = [...OUTLET_DESCRIPTIONS, ...wordList('site|weekly|journal|gazette|newswire|radio|television|tv|media')];
