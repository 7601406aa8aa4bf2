/**
 * Words that decide what kind of source a noun phrase names. Lower case.
 */
import { expand, wordList } from './expand';
import { frontCoded } from './front-coded';

/** Head nouns of bodies speaking as themselves. One word each: read a token at a time (names of several words are in KNOWN_ORGANIZATIONS). */
export const ORG_WORDS = expand(
  'ministry|ministries|department|agency|office|government|administration' +
  '|cabinet|kremlin|pentagon|parliament|congress|senate|assembly|council' +
  '|commission|committee|court|tribunal|police|constabulary|prosecutor+' +
  '|prosecutor’s|prosecutor\'s|investigators|inspectors|auditors|military|army|navy|force+' +
  '|command|authority|party|company|firm|corporation|group' +
  '|inc|inc.|corp+|corp.|ltd|ltd.|llc|plc|co.|bank|fund|union' +
  '|university|college|school|institute|foundation|association|federation' +
  '|organization|organisation|embassy|consulate|mission|bureau|service+' +
  '|board|regulator|watchdog|coalition|alliance|movement|church' +
  '|hospital|clinic|center|centre|club|league|team|airline+' +
  '|railway|network|secretariat|directorate|inspectorate|guard|sheriff’s' +
  '|sheriff\'s|fbi|cia|nsa|doj|dhs|epa|fda|cdc|nih|nasa|sec' +
  '|ftc|fcc|irs|nato|un|u.n.|eu|e.u.|who|imf|opec|hamas' +
  '|hezbollah|taliban|isis' +
  '|élysée|elysee|bundestag|duma|knesset|politburo|municipality' +
  '|city|county|state|province|region|prefecture|district|campaign|spokesperson' +
  '|spokesman|spokeswoman|spokespeople|representative+' +
  '|prosecution|defense|defence|staff|operator|utility|brigade|battalion' +
  '|secretary’s|judiciary|legislature|mayor’s|mayor\'s|governor’s' +
  '|governor\'s|trust|charity|ngo|nonprofit|lab|laboratory|studio+' +
  '|brand|maker|manufacturer|retailer|startup|platform|exchange|observatory' +
  '|deputies|troopers|detectives|agents|firefighters|marshals|coroner|examiner’s' +
  '|examiner\'s' +
  '|presidency|palace|vatican|treasury|regime|junta|panel|jury|society|museum|airport|caucus' +
  '|delegation|customs|militia|chamber|prison|jail'
);

/** Unnamed people and vague groups. */
export const ANONYMOUS_WORDS = expand(
  // Nouns of people shaped like a person's ("-er", "-ist", "-ee": classify.ts personShaped) are read by their shape, not listed.
  'source+|official+|person+|people|expert+|analyst+|resident+|witness' +
  '|witnesses|diplomat+|aide+|opponent+|doctor+|citizen+' +
  '|locals|neighbor+|neighbour+|man|woman|men|women|someone|others' +
  '|individual+|figure+|executive+|relative+|family|families|parent+|associate+|confidant+' +
  '|student+|fan+|victim+|colleague+|friend+|veteran+|authorities' +
  '|some|many|several|they' +
  '|scholar+|nurse+|attorney+' +
  '|lawyer|reporter|side+|netizens|poster|pilot+|professor+' +
  '|academic+|author+|physician|surgeon+|inmate+|fisherman' +
  '|fishermen|eyewitness|eyewitnesses|advocate+|clerk|guard+|crew|tenant+' +
  '|landlord+|delegate+|envoy+|historian' +
  '|insurgent+|militant+|rebel+|gunman|gunmen|hostage+|captive+' +
  '|defendant+|plaintiff+|suspect+|counsel|most|few|both|all|everyone|those' +
  '|nobody|anyone|somebody|one|another|boyfriend|girlfriend|husband|wife|son' +
  '|daughter|mother|father|brother|sister|uncle|aunt|cousin|spouse|widow' +
  '|widower|grandmother|grandfather|child|children|nephew|niece|fiancé' +
  '|fiancée|fiance|fiancee|girl|boy|teen+|driver|roommate|ally|allies' +
  '|rival+|medic|pundit+|patient|partner+|manager+' +
  // "according to interviews (with ...)": the people interviewed, unnamed.
  '|interviews'
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

/** Written or recorded artefacts. */
export const DOCUMENT_WORDS = expand(
  'report+|study|studies|survey+|poll+|data' +
  '|figures|statistics|numbers|filing+|document+|record+' +
  '|indictment|complaint|lawsuit|suit|affidavit|memo+|memorandum|letter+' +
  '|email+|e-mail+|transcript+|video+' +
  '|footage|recording+|audit|census|analysis|paper+' +
  '|research|literature|findings|review|assessment|estimate+|forecast|ruling' +
  '|judgment|judgement|verdict|order|warrant|guidance|policy|rules|law' +
  '|bill|legislation|statement|release|notice|charter|contract|agreement' +
  '|treaty|budget|index|tally|count|map+|image+|photo+|photograph+|picture+|snapshot+|screenshot+|clip+' +
  '|satellite|post+|tweet+|message+|website|page' +
  '|database|dataset|report’s|prospectus|testimony|minutes|communique|cable+' +
  '|dossier|log+|chart|graph|model|projection+|note+' +
  '|article|book|journal|preprint|trial|experiment|investigation|inquiry' +
  '|autopsy|probe|draft|proposal|resolution|decree|regulations|guidelines|motion' +
  '|disclosures|analyses|polling|audio|results|tests|files|decision|opinion' +
  '|certificate|petition|paperwork|returns|manual+|handbook+|bylaws|x-ray+|scan+' +
  // Laws and records (WordNet's legal document and record), process nouns whose findings are read as their record.
  '|ordinance+|statute+|regulation|constitution|directive+|lease|amendment+|diary|diaries|notebook+|logbook+|rulebook+' +
  '|test|inspection+|examination+|post-mortem+'
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
export const MALE_TITLES = wordList('mr.|mr|sir|lord|king|prince|father|brother|spokesman|chairman|congressman|councilman|assemblyman|sheikh|boyfriend|husband|son|man|uncle|grandfather|nephew|gunman|widower|boy|businessman');
export const FEMALE_TITLES = wordList('ms.|ms|mrs.|mrs|miss|dame|lady|queen|princess|sister|spokeswoman|chairwoman|congresswoman|councilwoman|assemblywoman|girlfriend|wife|daughter|mother|woman|aunt|grandmother|niece|widow|girl|businesswoman');

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
