/**
 * Reporting verbs: a closed class. Every inflection is in the lists (regular
 * ones folded into their stem, see expand.ts) so lookups are a single Set probe
 * per token.
 */
import { expand, wordList } from './expand';

/** Reporting verbs also used of acts ("protested in the square", "hoped to win"): report only with a clause. */
const NEW_CLAUSE = 'protested|requested|determined|hoped|repeated';

/** Reporting verbs that report only with a complement (CLAUSE_ONLY_VERBS): in SPEECH_VERBS too. */
const CLAUSE_VERBS =
  'maintain^|think+|thought|expect^|agree^' +
  '|suggest*|hinted|posted|called|charged|briefed|inform^|respond^|commented' +
  '|estimated|mention^' +
  '|add^|adding|testify|testifies|testified|plead^|pled' +
  '|questioned|welcome' +
  '|express|expresses|expressed|voiced' +
  '|ordered|reassure^|swear+|swore|sworn' +
  '|ruled|worried|feared|doubted|wonder^' +
  '|observed|attacked|object^|railed|rails|affirmed|contested|signaled|signalled' +
  '|advise^|shout|shouted' +
  '|promised|recall^|related|continued|project|projected' +
  // Conjecture verbs (Levin 29.5): a thought reported as the subject's own, with its clause ("suspects the fire was set").
  // (A threat reports words only with its clause, "threatened that"; "threatened to quit" states an aim, CONVENTIONS.)
  '|suspect^|consider*|assume~|presume~|threaten*|' + NEW_CLAUSE;

/** Verbs that report only with a document as subject ("the autopsy report lists ...", "the study found"), unless checked further (DOCUMENT_ONLY_VERBS): in SPEECH_VERBS too. */
const DOCUMENT_VERBS = 'lists|listed|details|detailed|reflect+|outlines|instructs|documented|faults|show*|shown|find+|found|indicate~|records|recorded|identifies|identified|names|seeks' +
  // Verbs of discovery: a test's or an inquiry's finding (a person's "discovered" is narration, so only with a document).
  '|discover^|uncover^|detect^' +
  // Verbs of recording a history: a chronicle's or a catalogue's (a museum's "catalogued 4,000 items" is its act).
  '|chronicles|chronicled|catalogues|catalogued|catalogs|cataloged' +
  // Verbs of judging X as Y (Levin 29.4): an assessment's or a survey's verdict (an agency's "rated the bonds" is its act).
  '|rates|rated|ranks|ranked';

/** Verbs that report speech or writing by their subject ("X said", "said X"). */
export const SPEECH_VERBS = expand(
  'say+|said|saying' +
  '|tell+|told|telling' +
  '|adding' +
  '|stated|stating' +
  '|announce~' +
  '|reports|reported|reporting' +
  '|noted|noting' +
  '|explain*' +
  '|write+|wrote|written|writing' +
  '|claimed|claiming' +
  '|insist*' +
  '|warn*' +
  '|confirm*' +
  '|deny|denies|denied|denying' +
  '|acknowledge~' +
  '|admit+|admitted|admitting' +
  '|argue~' +
  '|testifying' +
  '|allege~' +
  '|assert*' +
  '|declare~' +
  '|predict*' +
  '|estimating' +
  '|reveal*' +
  '|disclose~' +
  '|contend*' +
  '|recalling' +
  '|recount*' +
  '|vow*' +
  '|pledge~' +
  '|promising' +
  '|urge~' +
  '|replies|replied|replying|answered' +
  '|countered' +
  '|concede~' +
  '|emphasize^|emphasise^' +
  '|stressed|stressing' +
  '|tweet*' +
  '|quip+|quipped' +
  '|joked' +
  '|complain^' +
  '|lamented' +
  '|boasted' +
  '|cautioned' +
  '|remarked' +
  '|conclude^' +
  '|forecasting' +
  '|proclaim|proclaimed' +
  '|ask^' +
  '|demanded' +
  '|accuse~' +
  '|describe~' +
  '|decline^' +
  '|refuse^' +
  '|reiterate^' +
  '|believe^' +
  '|beg+|begged' +
  '|disputed' +
  '|referenced' +
  '|assure^' +
  '|attest^' +
  '|criticize~|criticise|criticised' +
  '|condemn*' +
  '|welcome^' +
  '|reject^' +
  '|dismiss|dismisses|dismissed' +
  '|speculate^' +
  '|divulge|divulged' +
  '|clarify|clarifies|clarified' +
  '|specify|specified' +
  '|retort|retorted' +
  '|scoff|scoffed' +
  '|whisper|whispered' +
  '|exclaim|exclaimed' +
  '|recommend^' +
  '|texted|emailed|messaged' +
  '|blast^|slam+|slammed|denounce^' +
  '|decry|decries|decried|hail^|praise^' +
  '|lambast|lambasted|berate|berated|rebuke|rebuked|chide|chided' +
  // Rulings, stances and worries: the subject's stated position ("the court ruled", "protesters believe").
  // Base forms that are also nouns ("the rules", "their fears") are in NOUN_LIKE_VERBS instead.
  '|disagree|disagreed|wondering' +
  '|assail^' +
  '|criticising' +
  // Passive only ("was quoted as saying"): the finder drops the active form.
  '|quoted|cited' +
  '|remembered|remembers|touted|touts|introduced|introduces|attributed|attributes|ascribe^' +
  '|reaffirm^|forecasted|spoke|speaks|began' +
  // The rest of the closed class: verbs of stating, stance, praise and blame that take any object.
  '|underscored|underscores|underlined|downplayed|outlined|implied|lauded|commended|characterized|highlighted' +
  '|reckons|reckoned|reminded|credited|credits|defended|defends|linked|links|view^|sees|regard^|portray|depict' +
  // Characterize (Levin 29.2) and dub (29.3) verbs ("characterised" as "characterized"): the rest report only with "as" after the
  // object (attribution.ts FRAMED), or as a passive with its agent.
  '|characterised|portrayed|portrays|depicted|depicts|labeled|labelled|branded|termed|dubbed' +
  // From Levin's judgment (33), say (37.7) and complain (37.8) classes: speech acts with any object ("thanked the crews", "applauded the ruling").
  '|applaud*|thank*|confess*|confide~|chastise~|scold*|reprimand*|ridicule~|grumble~|blames|blamed|' + CLAUSE_VERBS + '|' + DOCUMENT_VERBS
);

/**
 * Verbs that need a specific follow-up to report speech, or that only report
 * when the subject is a document ("the study found") or the object is a
 * clause. Checked by the attribution finder.
 */
export const DOCUMENT_ONLY_VERBS = expand(DOCUMENT_VERBS + '|list|record');

/** Base forms (and their -s) that need a clause and are mostly nouns: in both lists below. */
const CLAUSE_NOUNS =
  'state+|note+|post|comment+|question+|order|charge+|promise+|estimate+|call+|brief|voice+|hint+' +
  '|rule+|worry|worries|fear+|hope+|doubt+|observe+|attack+|object+|affirm+|contest+|signal+';

/** Verbs that report only with a complement ("maintained that", "believes that"). */
export const CLAUSE_ONLY_VERBS = expand(CLAUSE_NOUNS + '|' + CLAUSE_VERBS);

/** Verbs whose object names the listener: "told reporters", "told the newspaper". */
export const TELL_VERBS = expand('told|brief|tell+|briefed|inform^|telling|reminded');

/** Base forms that are mostly nouns ("the states", "his remarks"): verbs only after an auxiliary or a pronoun ("did reference", "they claim"). */
export const NOUN_LIKE_VERBS = expand(
  CLAUSE_NOUNS +
  '|remark+|demand+|forecast+|claim+|report|counter+' +
  '|stress|stresses|lament+|boast+|caution+' +
  '|reference+|dispute+|message|joke+|reply|disagrees|blame' +
  // Plural documents' verbs that are nouns too ("The disclosures list ...", "The minutes record that ...").
  '|list|record'
);

/** Auxiliaries kept in the cue when right before the verb ("has said"). */
/** With their negative contractions ("didn't think", "doesn’t believe"), one token each, written with either apostrophe. */
export const AUXILIARIES = wordList('are|can|could|did|do|does|had|has|have|is|may|might|should|was|were|will|would').flatMap((a) => [a, `${a}n't`, `${a}n’t`]);

/** Adverbs skipped between subject and verb, never part of the cue; those in -ly ("publicly") are read by their ending. */
export const ADVERBS = [...wordList(
  'also|later|earlier|previously|then|further|again|once|first|often|already|never|not|long' +
  '|since|now|still|yet|only|just|last|both|all|each|himself|herself|themselves|itself|even|told|be|been|twice'
), ...AUXILIARIES];

/** "declined to comment", "did not respond to a request for comment": a statement about a statement. */
export const NO_COMMENT_PHRASES = [
  ...wordList('comment|be interviewed|elaborate|say|discuss|provide|identify|disclose|release|repeat').map((v) => `declined to ${v}`),
  // (A response not given, "did not respond to questions", "has not yet replied": attribution.ts unanswered().)
  ...wordList('immediately provide|provide|disclose|identify|release|elaborate').map((v) => `did not ${v}`),
  ...wordList('comment|say|disclose|elaborate').map((v) => `would not ${v}`),
  // "ignored requests for comment".
  ...wordList('ignored|declined').flatMap((v) => [`${v} a request for comment`, `${v} requests for comment`]),
  ...wordList(
    'could not provide details|had no comment|had no immediate comment' +
    '|made no comment|refused to comment|refused to say|did not speak to reporters'
  ),
];

/** "issued a statement saying": verbs + noun that announce a written statement; light verbs of a speech act's noun ("made the remarks", attribution.ts). */
export const STATEMENT_VERBS = wordList('voiced|published|offered|delivered|released|raised|expressed|posted|issued|made|release|issue|gave|publishes' +
  '|releases|issues|puts|sent|put|raise|raises|releasing|issuing|publishing');
export const STATEMENT_NOUNS = wordList('statement|communique|communiqué|release|letter|notice|announcement|post|tweet|message|note|report');

/** Words after "per" that make it a rate, not a source ("per cent", "per day"). */
export const PER_NOT_SOURCE = wordList(
  'cent|capita|day|week|month|year|hour|minute|second|person|share' +
  '|head|annum|mile|kilometer|kilometre|gallon|litre|liter|unit|game' +
  '|se|diem|household|student|night|barrel|ton|tonne|pound|dose'
);

/** Adjectives of a stance after "is": with its clause, what the subject holds ("is adamant that", attribution.ts without "that"). */
export const STANCE_ADJECTIVES = wordList('adamant|concerned|confident|convinced|hopeful|insistent|optimistic|sceptical|skeptical|worried');

/** Verb + object that together report speech ("voiced concerns that"). */
export const VERB_OBJECT_CUES = [
  ...wordList(
    // (A light verb and a speech act's noun, "raised concerns", "made a plea": attribution.ts spokenObject().)
    'voiced fears|raised the alarm|sounded the alarm' +
    '|made clear|made it clear|went on to say|pointed out|spelled out|laid out' +
    '|gave evidence|took issue|ruled out|rules out|rule out|sounded a warning|made the case' +
    '|demanding answers|demanded answers|demand answers' +
    // Stances and reactions that report what the subject said or thinks.
    '|weighed in|weighs in|marveled at|marvelled at|marvels at|has been critical of|have been critical of' +
    '|quoted calling|quoted as calling|joined growing calls|joined calls|joined the calls' +
    '|joined a chorus|seemed to agree|seem to agree|talk openly about|talked openly about' +
    '|spoke openly about|took aim at|takes aim at|chimed in|chimes in|summed up|sums up|hit back at|hits back at|requested anonymity|asked for anonymity' +
    '|appealed for|pushed back on|played down|lashed out at|cast doubt on|pointed to|spoke out|doubled down|brushed aside' +
    // A clause-only verb whose preposition makes it the speech act ("pleaded with the council to").
    '|pleaded with|hinted at|hints at' +
    // Verbs of clarifying, present and past ("makes clear", "spells out"), any subject.
    '|makes clear|make clear|makes it clear|make it clear|spells out|spell out|spelt out'
  ),
  // Verbs of prescribing with their clause ("stipulates that", "requires that"): a document's (attribution.ts).
  ...expand('stipulate~|require~|provide~').map((v) => `${v} that`),
  // "is of the view", "were critical of", "was adamant that": a stance stated by the subject.
  ...['is', 'are', 'was', 'were'].flatMap((be) => [`${be} of the view`, `${be} of the opinion`, `${be} critical of`,
    ...STANCE_ADJECTIVES.map((a) => `${be} ${a} that`)]),
  // "The data puts the figure at 3,400": an estimate stated by its subject.
  ...wordList('figure|number|toll|death toll|cost|total|loss|losses|rate|chance|chances|odds').flatMap((n) => [`puts the ${n}`, `put the ${n}`]),
];

/** Nouns naming what a statement was made in ("said in a statement"). */
export const STATEMENT_CONTEXT_NOUNS = expand(
  'document+|paper+|filing+|report|book|memoir|column|blog' +
  '|commentary|editorial|dispatch|article|op-ed|study|journal' +
  '|statement|release|interview|testimony|speech|email|e-mail|letter|post' +
  '|tweet|message|video|address|briefing|conference|call|remarks' +
  '|communique|affidavit|declaration|memo|note|podcast|broadcast'
);

/**
 * Who "told" a statement to: the listener noun ends the cue ("told reporters"). Plural nouns for
 * people ("lawmakers", "investors", "officers") are listeners by their ending (attribution.ts).
 */
export const LISTENER_NOUNS = wordList(
  'media|public|tabloid|crowd|police|audience|conference|committee|judge|me|magazine|website|staff|briefing' +
  '|hearing|meeting|network|panel|channel|them|him|television|publication|nation|station|radio|her|paper|newspaper' +
  '|broadcaster|interviewer|allies|delegates|graduates|colleagues|officials|troops|congress|press|diplomats|guests' +
  '|hosts|us|outlet|cabinet|summit|parliament|court|podcast|host|tv|agency|daily|rally|inquiry|jury'
);

/** Phrases introducing an outlet the source spoke to ("Speaking to the Financial Times, ..."). */
export const OUTLET_CONTACT_PHRASES = wordList(
  'told|talking to|writing in|speaking to|writing for|in a post on|in remarks to|speaking with|in a call with' +
  '|in an email to|in comments to|in an op-ed for|in a statement to|in an interview with|in a conversation with'
);
