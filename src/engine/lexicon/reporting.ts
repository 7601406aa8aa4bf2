/**
 * Reporting verbs: a closed class. Every inflection is in the lists (regular
 * ones folded into their stem, see expand.ts) so lookups are a single Set probe
 * per token.
 */
import { expand, wordList } from './expand';

/** Verbs that report speech or writing by their subject ("X said", "said X"). */
export const SPEECH_VERBS = expand(
  'say+|said|saying' +
  '|tell+|told|telling' +
  '|add*' +
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
  '|testify|testifies|testified|testifying' +
  '|allege~' +
  '|assert*' +
  '|declare~' +
  '|predict*' +
  '|estimated|estimating' +
  '|reveal*' +
  '|disclose~' +
  '|contend*' +
  '|recall*' +
  '|recount*' +
  '|vow*' +
  '|pledge~' +
  '|promised|promising' +
  '|urge~' +
  '|replies|replied|replying' +
  '|respond+|responded' +
  '|countered|continued|project|projected' +
  '|concede~' +
  '|emphasize+|emphasized|emphasise+|emphasised' +
  '|stressed|stressing' +
  '|tweet*' +
  '|posted' +
  '|quip+|quipped' +
  '|joked' +
  '|complain+|complained' +
  '|lamented' +
  '|boasted' +
  '|cautioned' +
  '|remarked' +
  '|commented' +
  '|conclude+|concluded' +
  '|suggest+|suggested' +
  '|forecasts' +
  '|agree+|agreed' +
  '|proclaim|proclaimed' +
  '|inform+|informed' +
  '|briefed' +
  '|ask+|asked' +
  '|demanded' +
  '|threaten*' +
  '|accuse~' +
  '|blame+|blamed' +
  '|charged' +
  '|describe~' +
  '|called' +
  '|decline+|declined' +
  '|refuse+|refused' +
  '|mention+|mentioned' +
  '|indicate+|indicated' +
  '|hinted' +
  '|reiterate+|reiterated' +
  '|maintain+|maintained' +
  '|believe+|believed' +
  '|think+|thought' +
  '|expect+|expected' +
  '|show+|showed|shown' +
  '|find+|found' +
  '|beg+|begged' +
  '|plead+|pleaded|pled' +
  '|disputed' +
  '|referenced' +
  '|assure+|assured' +
  '|reassure+|reassured' +
  '|voiced' +
  '|express|expresses|expressed' +
  '|attest+|attested' +
  '|swear+|swore|sworn' +
  '|questioned' +
  '|criticize~|criticise|criticised' +
  '|condemn*' +
  '|welcome+|welcomed' +
  '|reject+|rejected' +
  '|dismiss|dismisses|dismissed' +
  '|speculate+|speculated' +
  '|divulge|divulged' +
  '|clarify|clarifies|clarified' +
  '|specify|specified' +
  '|retort|retorted' +
  '|scoff|scoffed' +
  '|whisper|whispered' +
  '|shout|shouted' +
  '|exclaim|exclaimed' +
  '|recommend+|recommended' +
  '|advise+|advised' +
  '|ordered' +
  '|texted|emailed|messaged' +
  '|blast+|blasted|slam+|slammed|denounce+|denounced' +
  '|decry|decries|decried|hail+|hailed|praise+|praised' +
  '|lambast|lambasted|berate|berated|rebuke|rebuked|chide|chided' +
  // Rulings, stances and worries: the subject's stated position ("the court ruled", "protesters believe").
  // Base forms that are also nouns ("the rules", "their fears") are in NOUN_LIKE_VERBS instead.
  '|ruled|worried|feared|disagree|disagreed|doubted|observed' +
  '|assail+|assailed|attacked' +
  '|criticising' +
  // Only with a document as subject ("the autopsy report lists ...", "figures from five states reflect ...").
  '|lists|listed|details|detailed|reflect+' +
  // Passive only ("was quoted as saying"): the finder drops the active form.
  '|quoted|cited' +
  '|remembered|remembers|related|touted|touts|introduced|introduces|attributed|attributes|ascribe+|ascribed' +
  '|objected|reaffirm+|reaffirmed|affirmed|contested|forecasted|signaled|signalled'
);

/**
 * Verbs that need a specific follow-up to report speech, or that only report
 * when the subject is a document ("the study found") or the object is a
 * clause. Checked by the attribution finder.
 */
export const DOCUMENT_ONLY_VERBS = wordList(
  'lists|listed|details|detailed|reflect|reflects' +
  '|show|shows|showed|shown|find|finds|found|indicate|indicates|indicated'
);

/** Verbs that report only with a complement ("maintained that", "believes that"). */
export const CLAUSE_ONLY_VERBS = expand(
  'maintain+|maintained|believe+|believed|think+' +
  '|thought|expect+|expected|agree+|agreed|suggest+' +
  '|suggested|hint+|hinted|post|posted|call+' +
  '|called|charge+|charged|brief|briefed|inform+' +
  '|informed|respond+|responded|comment+|commented' +
  '|estimate+|estimated|blame+|blamed|state+' +
  '|note+|mention+|mentioned' +
  '|add+|added|testify|testifies|testified|plead+|pleaded|pled|question+' +
  '|questioned|welcome+|welcomed|reject+|rejected|dismiss' +
  '|dismisses|dismissed|express|expresses|expressed|voice+|voiced' +
  '|order|ordered|reassure+|reassured|swear+|swore|sworn' +
  '|rule+|ruled|worry|worries|worried|fear+|feared|doubt+|doubted' +
  '|observe+|observed|attack+|attacked|object+|objected' +
  '|affirm+|affirmed|contest+|contested|signal+|signaled|signalled' +
  '|recommend+|recommended|advise+|advised|shout|shouted' +
  '|promise+|promised|recall+|recalled|related|continued|project|projected'
);

/** Verbs whose object names the listener: "told reporters", "told the newspaper". */
export const TELL_VERBS = wordList('tell|tells|told|telling|inform|informs|informed|brief|briefed');

/** Base forms that are mostly nouns ("the states", "his remarks"): verbs only after an auxiliary or a pronoun ("did reference", "they claim"). */
export const NOUN_LIKE_VERBS = expand(
  'state+|note+|post|comment+|question+|order' +
  '|remark+|charge+|promise+|demand+|estimate+' +
  '|forecast+|call+|brief|claim+|report|counter+' +
  '|stress|stresses|lament+|boast+|caution+|voice+' +
  '|reference+|dispute+|message|hint+|joke+|reply' +
  '|rule+|worry|worries|fear+|doubt+|disagrees|observe+' +
  '|attack+|object+|affirm+|contest+|signal+'
);

/** Auxiliaries kept in the cue when right before the verb ("has said"). */
export const AUXILIARIES = wordList('has|have|had|will|would|did|does|do|is|was|were|are|could|may|might|can|should');

/** Adverbs skipped between subject and verb, never part of the cue. */
export const ADVERBS = wordList(
  'also|later|earlier|previously|then|further|again|recently|repeatedly' +
  '|publicly|privately|separately|once|first|initially|subsequently|often' +
  '|frequently|reportedly|allegedly|had|has|have|already|never|not|long' +
  '|since|now|still|yet|only|just|finally|ultimately|originally|last' +
  '|both|all|each|himself|herself|themselves|itself|flatly|firmly' +
  '|strongly|openly|quickly|immediately|specifically|explicitly|directly' +
  '|simply|even|personally|officially|formally|told|will|would|did|does' +
  '|do|could|may|might|can|is|was|were|are|be|been'
);

/** "declined to comment", "did not respond to a request for comment": a statement about a statement. */
export const NO_COMMENT_PHRASES = wordList(
  'declined to comment|declined to be interviewed|declined to elaborate' +
  '|declined to say|declined to discuss|declined requests for comment|declined a request for comment' +
  '|refused to comment|refused to say|would not comment|would not say|did not comment' +
  '|did not respond to a request for comment|has not responded|have not responded|did not immediately respond to a request for comment' +
  '|did not respond to requests for comment|did not immediately respond to requests for comment' +
  '|did not return a request for comment|did not immediately return a request for comment' +
  '|did not return requests for comment|could not be reached for comment' +
  '|did not immediately respond|did not respond|did not immediately reply' +
  '|had no immediate comment|had no comment|made no comment' +
  '|did not immediately provide|did not provide|did not disclose|would not disclose' +
  '|declined to provide|declined to identify|declined to disclose|did not identify' +
  '|did not release|declined to release|did not elaborate|would not elaborate' +
  '|ignored a request for comment|ignored requests for comment|declined to repeat|could not provide details'
);

/** "issued a statement saying": verbs + noun that announce a written statement. */
export const STATEMENT_VERBS = wordList('issued|issues|issue|released|releases|release|published|publishes|put|puts|posted|sent|gave|made');
export const STATEMENT_NOUNS = wordList('statement|communique|communiqué|release|letter|notice|announcement|post|tweet|message|note|report');

/** Words after "per" that make it a rate, not a source ("per cent", "per day"). */
export const PER_NOT_SOURCE = wordList(
  'cent|capita|day|week|month|year|hour|minute|second|person|share' +
  '|head|annum|mile|kilometer|kilometre|gallon|litre|liter|unit|game' +
  '|se|diem|household|student|night|barrel|ton|tonne|pound|dose'
);

/** Verb + object that together report speech ("voiced concerns that"). */
export const VERB_OBJECT_CUES = wordList(
  'voiced concerns|voiced concern|voiced fears|expressed concern|expressed concerns' +
  '|raised concerns|raised concern|raised questions|raised the alarm|sounded the alarm' +
  '|made clear|made it clear|went on to say|pointed out|spelled out|laid out' +
  '|gave evidence|took issue|ruled out|rules out|rule out|sounded a warning|issued a warning|made the case' +
  '|demanding answers|demanded answers|demand answers' +
  // Stances and reactions that report what the subject said or thinks.
  '|weighed in|weighs in|marveled at|marvelled at|marvels at|is of the view|are of the view' +
  '|was of the view|were of the view|is of the opinion|are of the opinion|was critical of' +
  '|were critical of|is critical of|are critical of|has been critical of|have been critical of' +
  '|quoted calling|quoted as calling|joined growing calls|joined calls|joined the calls' +
  '|joined a chorus|seemed to agree|seem to agree|talk openly about|talked openly about' +
  '|spoke openly about|took aim at|takes aim at' +
  // "The data puts the figure at 3,400": an estimate stated by its subject.
  '|puts the figure|put the figure|puts the number|put the number|puts the toll' +
  '|put the toll|puts the death toll|put the death toll|puts the cost|put the cost' +
  '|puts the total|put the total|puts the loss|put the losses|puts the losses|put the loss' +
  '|puts the rate|put the rate|puts the chance|puts the chances|put the chances|put the odds|puts the odds'
);

/** Nouns naming what a statement was made in ("said in a statement"). */
export const STATEMENT_CONTEXT_NOUNS = wordList(
  'documents|document|papers|filings|report|book|memoir|column|blog' +
  '|commentary|editorial|dispatch|article|op-ed|paper|study|journal' +
  '|statement|release|interview|testimony|speech|email|e-mail|letter|post' +
  '|tweet|message|filing|video|address|briefing|conference|call|remarks' +
  '|communique|affidavit|declaration|memo|note|podcast|broadcast'
);

/** Who "told" a statement to: the listener noun ends the cue ("told reporters"). */
export const LISTENER_NOUNS = wordList(
  'reporters|journalists|lawmakers|legislators|senators|congress|parliament' +
  '|newspaper|paper|committee|court|jury|judge|broadcaster|television|tv' +
  '|radio|agency|station|outlet|audience|crowd|supporters|members|media' +
  '|press|magazine|website|network|channel|podcast|investigators|police' +
  '|officers|prosecutors|congressmen|delegates|students|residents|voters' +
  '|listeners|viewers|readers|staff|employees|workers|colleagues|officials' +
  '|conference|briefing|summit|meeting|panel|hearing|inquiry|interviewer' +
  '|him|her|them|me|us|daily|tabloid|publication|hosts|host' +
  '|leaders|allies|donors|diplomats|troops|soldiers|ministers|cabinet|followers' +
  '|guests|attendees|participants|graduates|executives|investors|shareholders|rally|nation|public'
);

/** Phrases introducing an outlet the source spoke to ("Speaking to the Financial Times, ..."). */
export const OUTLET_CONTACT_PHRASES = wordList(
  'speaking to|speaking with|in an interview with|in remarks to|in comments to' +
  '|in a statement to|in an email to|talking to|in a conversation with|in a call with' +
  '|in an op-ed for|writing in|writing for|in a post on|told'
);
