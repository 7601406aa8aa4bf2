/**
 * Words that decide what kind of source a noun phrase names. Lower case.
 */
import { expand, wordList } from './expand';
import { frontCoded } from './front-coded';

/** Head nouns of bodies speaking as themselves. One word each: read a token at a time (names of several words are in KNOWN_ORGANIZATIONS). */
export const ORG_WORDS = expand(
  'service+|force+|airline+|representative+|studio+|corp+|prosecutor+|inc.|ltd.|u.n.|co.|corp.|e.u.|fda|cia' +
  '|militia|duma|epa|nasa|nsa|junta|lab|club|fcc|cdc|opec|sec|clinic|llc|plc|inc|ftc|command|brand|fund|board' +
  '|guard|ltd|élysée|palace|office|police|alliance|defence|province|brigade|elysee|committee|college|exchange' +
  '|spokespeople|regime|centre|legislature|prefecture|defense|consulate|senate|inspectorate|directorate|state' +
  '|institute|league|staff|imf|bundestag|watchdog|hezbollah|church|nih|fbi|doj|bank|network|tribunal|hospital' +
  '|panel|jail|council|school|team|firm|platform|museum|taliban|vatican|spokeswoman|spokesman|campaign|kremlin' +
  '|pentagon|region|battalion|union|mission|commission|foundation|delegation|association|federation|corporation' +
  '|administration|organisation|organization|coalition|prosecution|prison|spokesperson|un|ngo|who|politburo|nato' +
  '|group|startup|chamber|maker|retailer|coroner|manufacturer|center|regulator|operator|sheriff\'s|examiner\'s' +
  '|governor\'s|prosecutor\'s|mayor\'s|sheriff’s|examiner’s|governor’s|prosecutor’s|mayor’s|secretary’s|hamas' +
  '|ministries|deputies|detectives|dhs|isis|marshals|customs|troopers|firefighters|irs|investigators|inspectors' +
  '|auditors|congress|agents|caucus|secretariat|district|cabinet|knesset|nonprofit|parliament|movement|government' +
  '|department|airport|court|trust|bureau|eu|railway|presidency|agency|assembly|army|company|judiciary' +
  '|constabulary|military|laboratory|observatory|ministry|jury|treasury|embassy|society|city|municipality|utility' +
  '|charity|authority|university|county|party|navy'
);

/** Unnamed people and vague groups. */
export const ANONYMOUS_WORDS = expand(
  // Nouns of people shaped like a person's ("-er", "-ist", "-ee": classify.ts personShaped) are read by their shape, not listed;
  // "interviews" for "according to interviews (with ...)": the people interviewed, unnamed.
  'boy|many|ally|family|they|nobody|somebody|widow|crew|nephew|few|most|aunt|patient|interviews|eyewitness|witness' +
  '|others|netizens|locals|eyewitnesses|witnesses|authorities|allies|families|lawyer|widower|driver|poster|sister' +
  '|reporter|daughter|brother|another|grandmother|mother|grandfather|father|son|cousin|children|fishermen|women' +
  '|gunmen|men|fisherman|woman|gunman|man|historian|physician|girl|all|counsel|several|clerk|both|roommate|spouse' +
  '|those|everyone|anyone|someone|one|some|people|uncle|wife|fiancee|fiance|niece|fiancée|boyfriend|girlfriend' +
  '|husband|child|medic|fiancé|envoy+|attorney+|analyst+|expert+|pilot+|parent+|opponent+|insurgent+|student+' +
  '|resident+|militant+|tenant+|defendant+|confidant+|pundit+|suspect+|diplomat+|neighbour+|doctor+|professor+' +
  '|author+|neighbor+|partner+|manager+|scholar+|person+|surgeon+|citizen+|teen+|veteran+|fan+|victim+|rebel+' +
  '|rival+|individual+|official+|plaintiff+|executive+|captive+|relative+|colleague+|inmate+|associate+|delegate+' +
  '|advocate+|nurse+|figure+|hostage+|side+|aide+|source+|landlord+|guard+|friend+|academic+'
);

/** Generic outlets named without a name ("told local television"): a `via`, not a source. */
export const GENERIC_OUTLETS = [
  ...wordList('local|state|state-run|national|public').flatMap((a) => wordList('television|tv|media|radio|broadcaster|news agency').map((n) => `${a} ${n}`)),
  ...wordList(
    'a local newspaper|a local television station|a local tv station|foreign media|local news' +
    '|local newspaper|local outlets|local press|local reporters|the local press|the public broadcaster' +
    '|the state broadcaster|the state news agency'
  ),
];

/** Phrases that make a source anonymous whatever else it says. */
export const ANONYMITY_PHRASES = [
  ...wordList(
    // "on (the) condition of anonymity", "requested anonymity", "speaking anonymously": the words themselves.
    'anonymity|anonymously|not to be named|declined to be named|want to be named|not to be identified|declined to be identified' +
    '|not authorized to|not authorised to|briefed on the matter|with knowledge of|close to'
  ),
  // Not "familiar with" alone: "Jane Doe, a lawyer familiar with the case, said" is named.
  ...wordList('matter|situation|talks|plan|discussions|investigation|deal|negotiations').map((w) => `familiar with the ${w}`),
];

/**
 * Written or recorded artefacts, with laws and records (WordNet's legal document and record) and process nouns whose
 * findings are read as their record ("test", "inspection", "post-mortem").
 */
export const DOCUMENT_WORDS = expand(
  'treaty|autopsy|inquiry|diary|testimony|tally|study|policy|index|review|law|forecast|chart|count|preprint' +
  '|complaint|indictment|assessment|experiment|judgment|statement|judgement|agreement|warrant|affidavit|lawsuit' +
  '|suit|audit|draft|dataset|budget|verdict|contract|bylaws|prospectus|census|results|numbers|returns|analysis' +
  '|findings|minutes|analyses|disclosures|figures|guidelines|rules|files|diaries|studies|statistics|report’s' +
  '|charter|dossier|order|audio|constitution|resolution|motion|petition|legislation|investigation|decision|opinion' +
  '|memorandum|bill|model|proposal|journal|trial|paperwork|book|graph|research|ruling|polling|communique|website' +
  '|satellite|certificate|release|lease|database|literature|article|footage|page|decree|guidance|notice|probe|data' +
  '|survey+|x-ray+|post+|test+|report+|transcript+|snapshot+|screenshot+|document+|amendment+|tweet+|letter+' +
  '|paper+|clip+|map+|photo+|memo+|video+|inspection+|projection+|examination+|regulation+|scan+|post-mortem+' +
  '|poll+|email+|e-mail+|manual+|logbook+|notebook+|rulebook+|handbook+|photograph+|log+|filing+|recording+' +
  '|directive+|statute+|note+|estimate+|picture+|cable+|message+|image+|ordinance+|record+'
);

/** Titles and roles written before a name ("Deputy Minister of Foreign Affairs Mikhail Bogdanov"). */
export const PERSON_TITLES = expand(
  'president|vice|prime|minister|deputy|secretary|chancellor|premier' +
  '|senator|sen.|representative|rep.|congressman|congresswoman|governor' +
  '|gov.|mayor|judge|justice|chief|general|gen.|admiral|adm.|colonel' +
  '|col.|major|maj.|captain|capt.|lieutenant|lt.|sergeant|sgt.' +
  '|commander|officer|spokesman|spokeswoman|spokesperson|ambassador|envoy' +
  '|special|foreign|defense|defence|interior|finance|economy|health' +
  '|attorney|director|head|leader|chairman|chairwoman|chair|ceo|cfo' +
  '|coo|cto|founder|co-founder|executive+|manager|professor' +
  '|prof.|dr.|doctor|mr.|mrs.|ms.|miss|sir|dame|lord|lady|king' +
  '|queen|prince|princess|pope|bishop|archbishop|rabbi|imam|sheikh' +
  '|ayatollah|rev.|father|sister|brother|coach|analyst|economist|lawyer' +
  '|counsel|advisor|adviser|aide|agent|detective|det.|inspector' +
  '|superintendent|sheriff|trooper|commissioner|councilman' +
  '|councilwoman|councillor|councilor|assemblyman|assemblywoman|delegate|mp' +
  '|mep|lawmaker|speaker|whip|majority|minority|house|state|former' +
  '|then-president|acting|interim|senior|top|national|security|u.s.' +
  '|us|russian|american|british|french|german|chinese|israeli|ukrainian' +
  '|iranian|syrian|turkish|of|the|for|and|affairs|state’s|deputy’s' +
  '|researcher|scientist|author|writer|editor|correspondent' +
  '|columnist|reporter|host|anchor|producer|spokesmen|partner|owner' +
  '|president-elect|vice-president|first|ex-president|physician|nurse' +
  '|surgeon|epidemiologist|official+' +
  '|investigator|corporal|constable|marshal|warden|chaplain' +
  '|coroner|examiner|treasurer|auditor|comptroller|registrar|dean|provost' +
  '|rector|principal|trustee|administrator|coordinator|supervisor|oceanographer' +
  '|historian|physicist|psychologist|psychiatrist|pastor|cardinal' +
  '|deputies|prosecutor|lt|cmdr.|sgt|det' +
  // British style drops the period ("Dr Anthony Fauci"); job words written before a name ("Realtor Ghulam").
  '|dr|mr|mrs|ms|prof|realtor|broker|co-author|coauthor|co-host|cohost'
);

/** Titles that tell the gender. */
export const MALE_TITLES = wordList('boy|nephew|mr|sir|widower|brother|grandfather|father|son|assemblyman|congressman|businessman|spokesman|chairman' +
  '|gunman|councilman|man|sheikh|king|uncle|prince|lord|boyfriend|husband|mr.');
export const FEMALE_TITLES = wordList('lady|widow|aunt|miss|princess|mrs|ms|sister|daughter|grandmother|mother|queen|assemblywoman|congresswoman' +
  '|businesswoman|spokeswoman|chairwoman|councilwoman|woman|girl|dame|wife|niece|girlfriend|mrs.|ms.');

/** Countries, capitals and seats of power used for their governments ("Russia has said", "Moscow says"). */
export const PLACES_AS_GOVERNMENTS = frontCoded(
  'afghanistan|1lbania|2geria|1merica|2man|1nkara|1rgentina|2menia|1ustralia|5ia|1zerbaijan|baghdad' +
  '|2hrain|2ngladesh|1eijing|3rut|2larus|3gium|2rlin|1olivia|2snia|1rasilia|3zil|2itain|2ussels' +
  '|1udapest|2lgaria|cairo|2mbodia|2nada|3berra|2racas|1hile|3na|1olombia|2ngo|1roatia|1uba|1yprus' +
  '|1zechia|damascus|1elhi|2nmark|1oha|ecuador|1gypt|1stonia|1thiopia|1uropean union|finland|1rance' +
  '|georgia|2rmany|1hana|1reece|1uatemala|haiti|2vana|1ungary|india|3onesia|1ran|3q|2eland|1slamabad' +
  '|2rael|1taly|japan|1erusalem|1ordan|kabul|2zakhstan|1enya|1hartoum|1iev|1osovo|1uwait|1yiv|latvia' +
  '|1ebanon|1ibya|2thuania|1ondon|madrid|2laysia|3i|1exico|1insk|1oldova|2rocco|2scow|1yanmar|nepal' +
  '|2therlands|2w delhi|4zealand|1iger|5ia|1orth korea|3way|oman|1ttawa|pakistan|2lestine|2ris|1eru' +
  '|1hilippines|1oland|2rtugal|1yongyang|qatar|riyadh|1omania|3e|1ussia|1wanda|saudi arabia|1eoul|2rbia' +
  '|1ingapore|1lovakia|1omalia|2uth africa|6korea|1pain|1ri lanka|1udan|1weden|2itzerland|1yria|taipei' +
  '|3wan|2nzania|1ehran|1hailand|2e european union|4netherlands|5orth|4south|4united states|1okyo' +
  '|1ripoli|1unisia|2rkey|1ürkiye|u.k.|2s.|1ganda|1k|2raine|1nited kingdom|7states|1s|venezuela|1ienna' +
  '|3tnam|warsaw|2shington|1estminster|1hitehall|yemen|zimbabwe'
);

/** Descriptions of people that point back to an earlier source ("the official added"). */
export const PERSON_DESCRIPTIONS = expand(
  'official|spokesman|spokeswoman|spokesperson|source|minister|president' +
  '|senator|envoy|ambassador|diplomat|lawmaker|governor|mayor|judge' +
  '|general|commander|chief|director|executive|chairman|chairwoman|leader' +
  '|analyst|expert|economist|professor|researcher|scientist|lawyer|attorney' +
  '|prosecutor|officer|detective|witness|resident|man|woman|person' +
  '|member|aide|adviser|advisor|secretary|congressman|congresswoman' +
  '|candidate|representative|democrat|republican|activist|doctor|author' +
  '|founder|ceo|boss|coach|player|star|singer|actor|actress' +
  // Occupations a writer uses for someone just named ("The real estate agent said").
  '|agent|broker|realtor|engineer|teacher|nurse|physician|farmer|worker' +
  '|employee|manager|owner|pastor|student|veteran|volunteer|organizer|driver' +
  '|mother|father|entrepreneur|developer|contractor|historian|logger|native'
);

/** Words that start a time or place phrase before a subject ("On Monday the ministry said"). */
export const DATE_WORDS = expand(
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january' +
  '|february|march|april|may|june|july|august|september|october' +
  '|november|december|jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.' +
  '|sept.|oct.|nov.|dec.|week|month|year|day|today|yesterday' +
  '|tonight|morning|afternoon|evening|night|weekend|last|this|next' +
  '|earlier|later|on|in|at|during|after|before|since|by|late' +
  '|early|previous|statement+|interview|remarks|a|an'
);
