/**
 * News outlets and agencies, as named in running text (without a leading
 * "the"). Matching is case-insensitive on the whole name, so the names are
 * written in lower case: the phrase index lowercases them anyway, and lower
 * case gzips about 600 B smaller in the engine bundle than the names as printed,
 * and alphabetical order (one line per initial) another 100 B, as shared
 * prefixes sit together; it also shows a duplicate before it is added.
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
  'aaj tak|aap|abc|abc australia|abc news australia|abc world news tonight|abc7|abs-cbn|addis fortune' +
  '|addis standard|afghanistan international|afp|afr|african news agency|aftenposten|aftonbladet' +
  '|agence anadolu|agence france-presse|agencia brasil|agencia efe|agentstvo|agerpres|agência brasil' +
  '|ahram online|akipress|al akhbar|al arabiya|al araby|al hadath|al jazeera|al jazeera arabic' +
  '|al jazeera english|al masry al youm|al sumaria|al watan|al-ahram|al-akhbar|al-arabiya' +
  '|al-araby al-jadeed|al-ayyam|al-hadath|al-jazeera|al-manar|al-masry al-youm|al-mayadeen|al-monitor' +
  '|al-quds|al-quds al-arabi|al-sharq al-awsat|al-watan|al.com|alhurra|all things considered|an-nahar' +
  '|anadolu|anadolu agency|anadolu ajansı|ani|annahar|anp|ansa|antara|ap|ard|argus media|arirang' +
  '|arizona republic|ars technica|asahi|asharq|asharq al-awsat|atlanta journal-constitution' +
  '|australian broadcasting corporation|australian financial review|aviation week|axios|axios israel' +
  '|axios local|azatutyun' +
  '|baltimore banner|bbc|bbc breakfast|bbc persian|bbc radio 4|bbc radio 5 live|bbc scotland|bbc sport' +
  '|bbc wales|bbc world service|belga|bellingcat|belsat|belta|benzinga|bernama|bfmtv|bild|billboard' +
  '|birmingham mail|bleacher report|block club chicago|bloomberg|bloomberg tv|bna|breaking defense' +
  '|breitbart|bta|business day|business insider|business recorder|business standard|buzzfeed' +
  '|c-span|caixin|caixin global|calcalist|calmatters|cbc|cbs|cbs sports|cbs2|cctv|censor.net' +
  '|central news agency|cgtn|chalkbeat|channel 11|channel 12|channel 13|channel 14|channel 4' +
  '|channel 4 news|channel 5|channel newsasia|channel one|channel one russia|charleston gazette-mail' +
  '|china news service|citi fm|citynews|civil georgia|clarín|cleveland plain dealer|cleveland.com|cna' +
  '|cna taiwan|cnbc|cnet|cnn|cnn brasil|cnn en español|cnn international|cnn-ibn|cnn-news18|corriere' +
  '|corriere della sera|courier-journal|courier-mail|crikey|ctk|ctv|current time' +
  '|dagens nyheter|daily beast|daily ft|daily graphic|daily mail|daily maverick|daily mirror sri lanka' +
  '|daily nation|daily news egypt|daily nk|daily record|daily sabah|daily star bangladesh' +
  '|daily star sunday|daily telegraph australia|daily trust|dawn|de telegraaf|deadline' +
  '|deadline hollywood|defector|defense one|democracy now|democrat-gazette|der standard|detik' +
  '|deutsche presse-agentur|deutsche welle|die presse|die welt|die zeit|dow jones|dow jones newswires' +
  '|dozhd|dvb|dw' +
  '|economist|efe|ekathimerini|el mundo|el nuevo día|el país|el universal|enab baladi|engadget|enquirer' +
  '|espn|esquire|etemad|euobserver|euractiv|eurasianet|euronews|evening standard|express-news' +
  '|factcheck.org|fars|fars news agency|fast company|flight global|flightglobal|florida times-union' +
  '|focus taiwan|folha|folha de s.paulo|fontanka|forbes|foreign policy|fort worth star-telegram|fortune' +
  '|fox 11|fox 5|fox business|fox news sunday|fox sports|france 24|france télévisions|fresh air' +
  '|frontier myanmar|frontline|ft|full fact' +
  '|garowe online|gazeta wyborcza|gazeta.ru|gazeta.uz|gazette-mail|ghanaweb|gizmodo|globes|globo|gma' +
  '|good morning america|gothamist|gq|granma|graphic online|grist|groundup|guardian|guardian nigeria' +
  '|haaretz|haaretz english|hamshahri|handelsblatt|hankyoreh|harvard business review|helsingin sanomat' +
  '|herald|herald-leader|hespress|hiiraan online|hina|hindu businessline|hkfp|honolulu civil beat' +
  '|houston public media|hromadske|huffpost|hurriyet|hürriyet' +
  '|ilna|independent|indiewire|indystar|infobae|inquirer.net|inside higher ed|insider|intelligencer' +
  '|intercept|interfax|interfax-ukraine|iol|iran international|iranwire|irna|irna news agency|irrawaddy' +
  '|isna|israel hayom|itv|izvestia|izvestiya' +
  '|jeune afrique|jewish insider|jewish telegraphic agency|jiemian|joynews|jta|jtbc' +
  '|kabc|kabul now|kan|kan 11|kare|kathimerini|kayhan|kazinform|kbs|kcbs|kcna|kcrw|kdvr' +
  '|kenya news agency|kera|keystone-sda|kgo|khaosod|khou|kicker|king 5|kiplinger|kiro|kmov|kna|knbc' +
  '|koat|kommersant|kommersant fm|komo|kompas|komsomolskaya pravda|korea central news agency|kpcc|kpix' +
  '|kprc|kqed|kron|ksdk|ksl|ktla|ktvu|kun.uz|kuna|kurdistan 24|kusa|kvue|kyodo|kyodo news agency' +
  '|kyunghyang shinmun' +
  '|l\'equipe|l\'orient-le jour|la nación|la repubblica|la stampa|la vanguardia|laist|lancet|lbc' +
  '|le figaro|le monde|le monde afrique|le parisien|le point|le quotidien|le soir|lead stories|lenta.ru' +
  '|lianhe zaobao|libération|liga.net|live science|livemint|liverpool echo|lusa|l’orient-le jour' +
  '|l’équipe' +
  '|ma\'an|ma\'an news agency|maariv|mada masr|mail & guardian|mainichi|mako|malawi24|malay mail' +
  '|malaysiakini|marca|marketwatch|mashable|matichon|ma’an|ma’an news agency|mbc|mediaite|mediapart' +
  '|mediazona|meduza|mehr news agency|middle east eye|middle east news agency|milenio|ming pao|minnpost' +
  '|mirror|mit technology review|mizzima|mlive|morning edition|morning joe|mother jones|mothership' +
  '|motley fool|msnbc|mti|myanmar now' +
  '|n12|naharnet|nasha niva|nastoyashcheye vremya|national geographic|national news agency' +
  '|national review|nature|nbc|nbc sports|nbc4|ndtv|new republic|new scientist|new vision|new yorker' +
  '|news & observer|news-register|news1|news18|news24|newsday|newshour|newshub|newsis|newslaundry' +
  '|newsmax|newsnation|newsnight|newsweek|nhk|nhk world|nightline|nikkei|nikkei asia' +
  '|nikkei asian review|nj.com|nna|nos|noticias telemundo|notimex|novaya gazeta|novaya gazeta europe' +
  '|novoye vremya|npr|nrc|nrk|ntb|ntd|ntv|ntv japan|ntv kenya|ny1|nzz' +
  '|o globo|observer|okaz|oklahoman|oman news agency|opb|opensecrets|oregonian|oregonlive|ouest-france' +
  '|pa media|page six|pajhwok|pap|pbs|pbs newshour|philippine news agency|philstar|pitchfork' +
  '|plain dealer|politico|politico eu|politico europe|politicshome|politifact|politiken|popular science' +
  '|post-courier|post-dispatch|post-gazette|prachatai|pravda|prensa latina|press association' +
  '|press democrat|private eye|propublica|prospect|prothom alo|pti|puck' +
  '|qna|quartz|quds news network' +
  '|radio dabanga|radio farda|radio france|radio france internationale|radio free asia' +
  '|radio free europe|radio free europe/radio liberty|radio liberty|radio new zealand|radio-canada|rai' +
  '|raleigh news & observer|rappler|raw story|rbc|recode|reforma|reuters|review-journal|rfe/rl|rfi' +
  '|rfi afrique|ria|ria novosti|ria-novosti|ritzau|rnz|rnz pacific|rodong sinmun|roll call' +
  '|rolling stone|rossiya 24|rossiyskaya gazeta|rt|rte|rthk|rtve|rté|rudaw|ruptly' +
  '|s&p global platts|sabc|sahara reporters|salon|sana|sankei|sapa|saudi press agency|sbs|sbs korea' +
  '|science|scientific american|scmp|scotsman|scroll.in|seeking alpha|semafor|senego|sfgate|shargh' +
  '|sina finance|sing tao|sixth tone|sky news arabia|sky news australia|sky sports|slate|smithsonian' +
  '|snopes|space.com|spectator|spiegel|spokesman-review|sports illustrated|sputnik|squawk box' +
  '|star-ledger|star-telegram|stat|stt|stv|sun|sun-times|sunday people|sunday times south africa' +
  '|suspilne|svt|syria direct' +
  '|tagesschau|tagesspiegel|talking points memo|talktv|tallahassee democrat|tanjug|tasnim' +
  '|tasnim news agency|tass|tass news agency|tbs|techcrunch|telam|telegraph|telegraph india|telemundo' +
  '|telesur|televisa|tengrinews|tennessean|tf1|thai pbs|thai rath|thanh nien|the 19th|the advocate' +
  '|the age|the air current|the american prospect|the athletic|the atlantic|the australian|the bulwark' +
  '|the caravan|the citizen|the conversation|the cut|the daily dot|the daily show|the eastafrican' +
  '|the federalist|the forward|the guardian australia|the hill|the hindu|the information|the markup' +
  '|the marshall project|the nation|the nation thailand|the national|the national uae|the new arab' +
  '|the news international|the print|the punch|the quint|the ringer|the skimm|the standard' +
  '|the standard hk|the star kenya|the star malaysia|the verge|the war zone|the wrap|thejournal.ie' +
  '|thepaper.cn|theprint|thewrap|thisday|time|times|times now|times union|times-picayune|timeslive|tmz' +
  '|today singapore|tolonews|townhall|tpm|tradewinds|tribune india|trt|trt world|tulsa world|tuoi tre' +
  '|tv asahi|tv globo|tv rain|tva|tvb|tvbs|tvn24|tvnz|télam' +
  '|ukrainska pravda|ukrinform|ukrinform news agency|undark|unian|union-tribune' +
  '|united press international|univision|upi|uriminzokkiri' +
  '|vanity fair|variety|vedomosti|venturebeat|verstka|vesti|vice|vietnam news agency|virginian-pilot' +
  '|vlast|vna|vnexpress|voa|vox|vulture' +
  '|wabc|wafa|walesonline|wall street journal europe|walla|wam|wamc|wamu|wbez|wbtv|wbur|wbz|wcbs|wcco' +
  '|wcvb|wdiv|weekend edition|wesh|west australian|western mail|wfaa|wfla|wftv|wgn|wgn-tv|whyy|wion' +
  '|wired|wjbk|wjla|wnbc|wnyc|world-herald|wpix|wplg|wral|wsb-tv|wsj|wsoc|wsvn|wtop|wtsp|wtvd|wusa|wxyz' +
  '|xinhua|xinhua news agency' +
  '|yahoo finance|yahoo sports|yedioth ahronoth|yeni şafak|yicai|yle|ynet|ynetnews|yomiuri|yonhap' +
  '|yonhap news agency|ytn' +
  '|zaobao|zdf|zdnet|zerkalo nedeli|zimlive|zvezda'
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
