/**
 * News outlets and agencies, as named in running text (without a leading
 * "the"). Matching is case-insensitive on the whole name, so the names are
 * written in lower case: the phrase index lowercases them anyway, and lower
 * case gzips about 600 B smaller in the engine bundle than the names as printed,
 * and alphabetical order (one line per initial) another 100 B, as shared
 * prefixes sit together; it also shows a duplicate before it is added.
 * The list is front-coded (see front-coded.ts).
 *
 * Size matters here (the engine ships in every content script): continental
 * European and Latin American outlets are kept only where English-language news
 * names them bare; elsewhere it introduces them with a descriptor ("Swedish
 * daily Expressen", "Brazilian newspaper Estadão"), which the outlet-description
 * rule reads without a list. Names the rules already read in every frame are not
 * listed (checked against fifteen attribution frames when the list was trimmed).
 */
import { expand, wordList } from './expand';
import { frontCoded } from './front-coded';

export const OUTLETS = frontCoded(
  'aaj tak|2p|1bc|3 australia|4news australia|4world news tonight|37|2s-cbn|1ddis fortune|6standard' +
  '|1fghanistan international|2p|2r|3ican news agency|2tenposten|3onbladet|1gence anadolu' +
  '|7france-presse|5ia brasil|8efe|4tstvo|3rpres|2ência brasil|1hram online|1kipress|1l akhbar|4rabiya' +
  '|7y|3hadath|3jazeera|9a arabic|9a english|3masry al youm|3sumaria|3watan|2-ahram|4khbar|4rabiya' +
  '|7y al-jadeed|4yyam|3hadath|3jazeera|3manar|5sry al-youm|5yadeen|4onitor|3quds|7 al-arabi' +
  '|3sharq al-awsat|3watan|2.com|2hurra|2l things considered|1n-nahar|2adolu|7 agency|9jansı|2i|2nahar' +
  '|2p|2sa|2tara|1p|1rd|2gus media|2irang|3zona republic|2s technica|1sahi|2harq|6 al-awsat' +
  '|1tlanta journal-constitution|1ustralian broadcasting corporation|9n financial review|1viation week' +
  '|1xios|5 israel|6local|1zatutyun' +
  '|baltimore banner|1bc|3 breakfast|4persian|4radio 4|9 5 live|4scotland|5port|4wales|5orld service' +
  '|1elga|3lingcat|3sat|3ta|2nzinga|2rnama|1fmtv|1ild|3lboard|2rmingham mail|1leacher report' +
  '|2ock club chicago|3omberg|9 tv|1na|1reaking defense|3itbart|1ta|1usiness day|9insider|9recorder' +
  '|9standard|2zzfeed' +
  '|c-span|1aixin|6 global|2lcalist|3matters|1bc|2s|3 sports|32|1ctv|1ensor.net|3tral news agency|1gtn' +
  '|1halkbeat|3nnel 11|92|93|94|84|9 news|85|8newsasia|8one|9ne russia|3rleston gazette-mail' +
  '|2ina news service|1iti fm|3ynews|2vil georgia|1larín|2eveland plain dealer|9.com|1na|3 taiwan|2bc' +
  '|2et|2n|3 brasil|4en español|4international|3-ibn|4news18|1orriere|8 della sera|2urier-journal|8mail' +
  '|1rikey|1tk|2v|1urrent time' +
  '|dagens nyheter|2ily beast|6ft|6graphic|6mail|8verick|7irror sri lanka|6nation|7ews egypt|7k|6record' +
  '|6sabah|7tar bangladesh|9r sunday|6telegraph australia|7rust|2wn|1e telegraaf|2adline|8 hollywood' +
  '|2fector|4nse one|2mocracy now|7t-gazette|2r standard|2tik|2utsche presse-agentur|9welle|1ie presse' +
  '|4welt|4zeit|1ow jones|9 newswires|2zhd|1vb|1w' +
  '|economist|1fe|1kathimerini|1l mundo|3nuevo día|3país|3universal|1nab baladi|2gadget|2quirer|1spn' +
  '|2quire|1temad|1uobserver|2ractiv|4sianet|3onews|1vening standard|1xpress-news' +
  '|factcheck.org|2rs|4 news agency|2st company|1light global|6global|2orida times-union|1ocus taiwan' +
  '|2lha|5 de s.paulo|2ntanka|2rbes|3eign policy|3t worth star-telegram|4une|2x 11|45|4business' +
  '|4news sunday|4sports|1rance 24|7télévisions|2esh air|2ontier myanmar|5line|1t|1ull fact' +
  '|garowe online|2zeta wyborcza|6.ru|7uz|5te-mail|1hanaweb|1izmodo|1lobes|4o|1ma|1ood morning america' +
  '|2thamist|1q|1ranma|3phic online|2ist|2oundup|1uardian|8 nigeria' +
  '|haaretz|7 english|2mshahri|2ndelsblatt|3kyoreh|2rvard business review|1elsingin sanomat|2rald' +
  '|6-leader|2spress|1iiraan online|2na|3du businessline|1kfp|1onolulu civil beat|2uston public media' +
  '|1romadske|1uffpost|2rriyet|1ürriyet' +
  '|ilna|1ndependent|3iewire|3ystar|2fobae|2quirer.net|2side higher ed|6r|2telligencer|4rcept|5fax' +
  '|8-ukraine|1ol|1ran international|4wire|2na|4 news agency|2rawaddy|1sna|2rael hayom|1tv|1zvestia|7ya' +
  '|jeune afrique|2wish insider|7telegraphic agency|1iemian|1oynews|1ta|2bc' +
  '|kabc|3ul now|2n|3 11|2re|2thimerini|2yhan|2zinform|1bs|1cbs|2na|2rw|1dvr|1enya news agency|2ra' +
  '|2ystone-sda|1go|1haosod|2ou|1icker|2ng 5|2plinger|2ro|1mov|1na|2bc|1oat|2mmersant|9t fm|3o|3pas' +
  '|3somolskaya pravda|2rea central news agency|1pcc|2ix|2rc|1qed|1ron|1sdk|2l|1tla|2vu|1un.uz|3a' +
  '|2rdistan 24|2sa|1vue|1yodo|5 news agency|2unghyang shinmun' +
  '|l\'equipe|2orient-le jour|1a nación|3repubblica|3stampa|3vanguardia|2ist|2ncet|1bc|1e figaro|3monde' +
  '|8 afrique|3parisien|4oint|3quotidien|3soir|2ad stories|2nta.ru|1ianhe zaobao|2bération|2ga.net' +
  '|2ve science|4mint|4rpool echo|1usa|1’orient-le jour|2équipe' +
  '|ma\'an|5 news agency|2ariv|2da masr|2il & guardian|3nichi|2ko|2lawi24|4y mail|5siakini|2rca' +
  '|3ketwatch|2shable|2tichon|2’an|5 news agency|1bc|1ediaite|5part|5zona|3uza|2hr news agency' +
  '|1iddle east eye|9st news agency|2lenio|2ng pao|3npost|2rror|2t technology review|2zzima|1live' +
  '|1orning edition|8joe|2ther jones|6ship|3ley fool|1snbc|1ti|1yanmar now' +
  '|n12|1aharnet|2sha niva|3toyashcheye vremya|2tional geographic|9news agency|9review|3ure|1bc' +
  '|3 sports|34|1dtv|1ew republic|4scientist|4vision|4yorker|3s & observer|4-register|41|58|424|4day' +
  '|4hour|5ub|4is|4laundry|4max|4nation|5ight|4week|1hk|3 world|1ightline|2kkei|6 asia|9ian review' +
  '|1j.com|1na|1os|2ticias telemundo|4mex|2vaya gazeta|9zeta europe|3oye vremya|1pr|1rc|2k|1tb|2d|2v' +
  '|3 japan|4kenya|1y1|1zz' +
  '|o globo|1bserver|1kaz|2lahoman|1man news agency|1pb|2ensecrets|1regonian|6live|1uest-france' +
  '|pa media|2ge six|2jhwok|2p|1bs|3 newshour|1hilippine news agency|4star|1itchfork|1lain dealer' +
  '|1olitico|8 eu|9europe|7shome|6fact|6ken|2pular science|2st-courier|5dispatch|5gazette|1rachatai' +
  '|3vda|2ensa latina|3ss association|6democrat|2ivate eye|2opublica|3spect|3thom alo|1ti|1uck' +
  '|qna|1uartz|2ds news network' +
  '|radio dabanga|6farda|7rance|9nce internationale|8ee asia|9e europe|9e europe/radio liberty|6liberty' +
  '|6new zealand|5-canada|2i|2leigh news & observer|2ppler|2w story|1bc|1ecode|2forma|2uters' +
  '|2view-journal|1fe/rl|2i|3 afrique|1ia|3 novosti|3-novosti|2tzau|1nz|3 pacific|1odong sinmun' +
  '|2ll call|4ing stone|2ssiya 24|6skaya gazeta|1t|2e|2hk|2ve|2é|1udaw|2ptly' +
  '|s&p global platts|1abc|2hara reporters|2lon|2na|3kei|2pa|2udi press agency|1bs|3 korea|1cience' +
  '|5tific american|2mp|2otsman|2roll.in|1eeking alpha|2mafor|2nego|1fgate|1hargh|1ina finance|3g tao' +
  '|2xth tone|1ky news arabia|9australia|4sports|1late|1mithsonian|1nopes|1pace.com|2ectator|2iegel' +
  '|2okesman-review|3rts illustrated|2utnik|1quawk box|1tar-ledger|5telegram|3t|2t|2v|1un|3-times' +
  '|3day people|7times south africa|2spilne|1vt|1yria direct' +
  '|tagesschau|6piegel|2lking points memo|4tv|3lahassee democrat|2njug|2snim|6 news agency|3s' +
  '|4 news agency|1bs|1echcrunch|2lam|3egraph|9 india|4mundo|4sur|4visa|2ngrinews|3nessean|1f1|1hai pbs' +
  '|5rath|3nh nien|2e 19th|4advocate|5ge|5ir current|5merican prospect|5thletic|6lantic|5ustralian' +
  '|4bulwark|4caravan|5itizen|5onversation|5ut|4daily dot|9 show|4eastafrican|4federalist|5orward' +
  '|4guardian australia|4hill|6ndu|4information|4markup|7shall project|4nation|9n thailand|9nal' +
  '|9nal uae|5ew arab|7s international|4print|5unch|4quint|4ringer|4skimm|5tandard|9ard hk|7r kenya' +
  '|9malaysia|4verge|4war zone|5rap|3journal.ie|3paper.cn|4rint|3wrap|2isday|1ime|4s|5 now|6union' +
  '|5-picayune|5live|1mz|1oday singapore|2lonews|2wnhall|1pm|1radewinds|2ibune india|2t|3 world' +
  '|1ulsa world|2oi tre|1v asahi|3globo|3rain|2a|2b|3s|2n24|3z|1élam' +
  '|ukrainska pravda|3inform|9 news agency|1ndark|2ian|3on-tribune|3ted press international|3vision|1pi' +
  '|1riminzokkiri' +
  '|vanity fair|2riety|1edomosti|2nturebeat|2rstka|2sti|1ice|2etnam news agency|2rginian-pilot|1last' +
  '|1na|2express|1oa|2x|1ulture' +
  '|wabc|2fa|2lesonline|3l street journal europe|4a|2m|3c|3u|1bez|2tv|2ur|2z|1cbs|2co|2vb|1div' +
  '|1eekend edition|2sh|3t australian|4ern mail|1faa|2la|2tv|1gn|3-tv|1hyy|1ion|2red|1jbk|2la|1nbc|2yc' +
  '|1orld-herald|1pix|2lg|1ral|1sb-tv|2j|2oc|2vn|1top|2sp|2vd|1usa|1xyz' +
  '|xinhua|6 news agency' +
  '|yahoo finance|6sports|1edioth ahronoth|2ni şafak|1icai|1le|1net|4news|1omiuri|2nhap|6 news agency' +
  '|1tn' +
  '|zaobao|1df|2net|1erkalo nedeli|1imlive|1vezda'
);

/** First words of a capitalised name that make it an outlet ("Radio Free Asia", "Agencia Brasil"). */
export const OUTLET_FIRST_WORDS = wordList('radio|agencia|agência|agence|agenzia|télévision|televisión|televisão|rádio');

/**
 * Capitalised listeners after "told the" that are bodies, not outlets ("told the Crowd"); classify.ts's outletShape reads
 * them with the body, title, group and document words ("told the House", "the Security Council"), so those are not repeated.
 */
export const LISTENER_BODIES = wordList('public|crowd|audience|conference|subcommittee|hearing|bench|nation|lords|commons|summit|country');

/** Outlet words that make a cue's context an outlet's own output ("said in a commentary"). */
export const OUTLET_CONTEXT_NOUNS = wordList('commentary|editorial|dispatch|article');

/** Journalists of an outlet ("an Associated Press journalist"): the outlet is the source. */
export const JOURNALIST_WORDS = expand('crew|team|editor+|producer|columnist|reporter+|journalist+|photographer+|correspondent+');


/** Words inside a capitalised name that mark it as an outlet. */
export const OUTLET_NAME_WORDS = wordList(
  'mercury|weekly|daily|today|tv|tageblatt|post|independent|courant|nieuws|news|argus|express|press|times|noticias' +
  '|monitor|mirror|observer|register|reporter|advertiser|inquirer|enquirer|examiner|gleaner|caller|courier|ledger' +
  '|pioneer|herald-leader|intelligencer|star|quotidiano|diario|radio|ilbo|sun|shimbun|television|beacon|bulletin' +
  '|statesman|oklahoman|oregonian|guardian|tennessean|sentinel|journal|jornal|telegraph|dispatch|zeitung' +
  '|broadcasting|gazette|newswire|wire|picayune|herald-tribune|tribune|magazine|chronicle|giornale|bee|globe' +
  '|herald|standard|banner|clarion|record'
);

/** Descriptions that point back to the last outlet named ("the newspaper reported"). */
export const OUTLET_DESCRIPTIONS = wordList(
  'tabloid|wire service|magazine|website|network|channel|publication|station|paper|newspaper|broadcaster|outlet' +
  '|news agency|daily'
);
/** Head nouns that make a capitalised name an outlet ("the Kyiv Independent newspaper"). */
export const OUTLET_HEADS = [...OUTLET_DESCRIPTIONS, ...wordList('site|weekly|journal|gazette|newswire|radio|television|tv|media')];
