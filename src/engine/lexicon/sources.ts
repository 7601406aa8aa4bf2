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
  '|auditors|congress|agents|caucus|secretariat|district|cabinet|knesset|nonprofit|parliament|movement|government+' +
  '|department|airport|court|trust|bureau|eu|railway|presidency|agency|assembly|army|company|judiciary' +
  '|constabulary|military|laboratory|observatory|ministry|jury|treasury|embassy|society|city|municipality|utility' +
  '|charity|authority|university|county|party|navy|academy' +
  // WordNet's organization and social-group nouns that speak in news ('the bloc said', 'The Pilots Guild said').
  '|opposition|bloc|tribe|diocese|zoo|guild|countries'
);

/** Family and people words that tell a gender, unnamed sources too ("his brother said"). */
const MALE_KIN = 'boy|nephew|widower|brother|grandfather|father|son|gunman|man|uncle|boyfriend|husband';
const FEMALE_KIN = 'widow|aunt|sister|daughter|grandmother|mother|woman|girl|wife|niece|girlfriend';

/** Unnamed people and vague groups. */
export const ANONYMOUS_WORDS = expand(
  // Nouns of people shaped like a person's ("-er", "-ist", "-ee": classify.ts personShaped) are read by their shape, not listed;
  // "interviews" for "according to interviews (with ...)": the people interviewed, unnamed.
  MALE_KIN + '|' + FEMALE_KIN +
  '|many|ally|family|they|nobody|somebody|crew|few|most|patient|interviews|eyewitness|witness|others|netizens' +
  '|locals|eyewitnesses|witnesses|authorities|allies|families|lawyer|driver|poster|reporter|another|cousin' +
  '|children|fishermen|women|gunmen|men|fisherman|historian|physician|all|counsel|several|clerk|both|roommate' +
  '|spouse|those|everyone|anyone|someone|one|some|people|fiancee|fiance|fiancée|child|medic|fiancé|envoy+' +
  '|attorney+|analyst+|expert+|pilot+|parent+|opponent+|insurgent+|student+|resident+|militant+|tenant+' +
  '|defendant+|confidant+|pundit+|suspect+|diplomat+|neighbour+|doctor+|professor+|author+|neighbor+|partner+' +
  '|manager+|scholar+|person+|surgeon+|citizen+|teen+|veteran+|fan+|victim+|rebel+|rival+|individual+|official+' +
  '|plaintiff+|executive+|captive+|relative+|colleague+|inmate+|associate+|delegate+|advocate+|nurse+|figure+' +
  '|hostage+|side+|aide+|source+|landlord+|guard+|friend+|academic+'
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
  '|directive+|statute+|note+|estimate+|picture+|cable+|message+|image+|ordinance+|record+' +
  // Notices, schedules and forms (WordNet's document and written communication).
  '|bulletin+|timeline+|solicitation+'
);

/** Roles both written before a name ("Director Jane Doe") and standing for the person named ("the director said"). */
const ROLES =
  'official|spokesman|spokeswoman|spokesperson|minister|president|senator|envoy|ambassador|lawmaker|governor' +
  '|mayor|judge|general|commander|chief|director|executive|chairman|chairwoman|leader|analyst|economist|professor' +
  '|researcher|scientist|lawyer|attorney|prosecutor|officer|detective|aide|adviser|advisor|secretary|congressman' +
  '|congresswoman|representative|doctor|author|founder|ceo|coach|agent|broker|realtor|nurse|physician|manager' +
  '|owner|pastor|father|historian';

/** Titles of address and rank that tell the gender. */
const MALE_HONORIFICS = 'mr|sir|assemblyman|councilman|sheikh|king|prince|lord|mr.';
const FEMALE_HONORIFICS = 'lady|miss|princess|mrs|ms|queen|assemblywoman|councilwoman|dame|mrs.|ms.';

/** Titles and roles written before a name ("Deputy Minister of Foreign Affairs Mikhail Bogdanov"). */
export const PERSON_TITLES = expand(
  ROLES + '|' + MALE_HONORIFICS + '|' + FEMALE_HONORIFICS +
  '|vice|prime|deputy|chancellor|premier|sen.|rep.|gov.|justice|gen.|admiral|adm.|colonel|col.|major|maj.|captain' +
  '|capt.|lieutenant|lt.|sergeant|sgt.|special|foreign|defense|defence|interior|finance|economy|health|head|chair' +
  '|cfo|coo|cto|co-founder|executives|prof.|dr.|pope|bishop|archbishop|rabbi|imam|ayatollah|rev.|sister|brother' +
  '|counsel|det.|inspector|superintendent|sheriff|trooper|commissioner|councillor|councilor|delegate|mp|mep' +
  '|speaker|whip|majority|minority|house|state|former|then-president|acting|interim|senior|top|national|security' +
  '|u.s.|us|russian|american|british|french|german|chinese|israeli|ukrainian|iranian|syrian|turkish|of|the|for' +
  '|and|affairs|state’s|deputy’s|writer|editor|correspondent|columnist|reporter|host|anchor|producer|spokesmen' +
  '|partner|president-elect|vice-president|first|ex-president|surgeon|epidemiologist|officials|investigator' +
  '|corporal|constable|marshal|warden|chaplain|coroner|examiner|treasurer|auditor|comptroller|registrar|dean' +
  '|provost|rector|principal|trustee|administrator|coordinator|supervisor|oceanographer|physicist|psychologist' +
  '|psychiatrist|cardinal|deputies|lt|cmdr.|sgt|det|dr|prof|co-author|coauthor|co-host|cohost'
);

/** Titles that tell the gender. */
export const MALE_TITLES = wordList(MALE_KIN + '|' + MALE_HONORIFICS + '|congressman|businessman|spokesman|chairman');
export const FEMALE_TITLES = wordList(FEMALE_KIN + '|' + FEMALE_HONORIFICS + '|congresswoman|businesswoman|spokeswoman|chairwoman');

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

/** Descriptions of people that point back to an earlier source ("the official added"); occupations a writer uses for someone
 * just named ("The real estate agent said") among them. */
export const PERSON_DESCRIPTIONS = expand(
  ROLES +
  '|source|diplomat|expert|witness|resident|man|woman|person|member|candidate|democrat|republican|activist|boss' +
  '|player|star|singer|actor|actress|engineer|teacher|farmer|worker|employee|student|veteran|volunteer|organizer' +
  '|driver|mother|entrepreneur|developer|contractor|logger|native'
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
