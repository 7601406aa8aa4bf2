/**
 * Reporting verbs: a closed class. Every inflection is listed so lookups are
 * a single Set probe per token.
 */

/** Verbs that report speech or writing by their subject ("X said", "said X"). */
export const SPEECH_VERBS = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'stated', 'stating',
  'announce', 'announces', 'announced', 'announcing',
  'reports', 'reported', 'reporting',
  'noted', 'noting',
  'explain', 'explains', 'explained', 'explaining',
  'write', 'writes', 'wrote', 'written', 'writing',
  'claimed', 'claiming',
  'insist', 'insists', 'insisted', 'insisting',
  'warn', 'warns', 'warned', 'warning',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'deny', 'denies', 'denied', 'denying',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'argue', 'argues', 'argued', 'arguing',
  'testify', 'testifies', 'testified', 'testifying',
  'allege', 'alleges', 'alleged', 'alleging',
  'assert', 'asserts', 'asserted', 'asserting',
  'declare', 'declares', 'declared', 'declaring',
  'predict', 'predicts', 'predicted', 'predicting',
  'estimated', 'estimating',
  'reveal', 'reveals', 'revealed', 'revealing',
  'disclose', 'discloses', 'disclosed', 'disclosing',
  'contend', 'contends', 'contended', 'contending',
  'recall', 'recalls', 'recalled', 'recalling',
  'recount', 'recounts', 'recounted', 'recounting',
  'vow', 'vows', 'vowed', 'vowing',
  'pledge', 'pledges', 'pledged', 'pledging',
  'promised', 'promising',
  'urge', 'urges', 'urged', 'urging',
  'replies', 'replied', 'replying',
  'respond', 'responds', 'responded',
  'countered',
  'concede', 'concedes', 'conceded', 'conceding',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised',
  'stressed', 'stressing',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'posted',
  'quip', 'quips', 'quipped',
  'joked',
  'complain', 'complains', 'complained',
  'lamented',
  'boasted',
  'cautioned',
  'remarked',
  'commented',
  'conclude', 'concludes', 'concluded',
  'suggest', 'suggests', 'suggested',
  'predict', 'forecasts',
  'agree', 'agrees', 'agreed',
  'announce', 'proclaim', 'proclaimed',
  'inform', 'informs', 'informed',
  'briefed',
  'ask', 'asks', 'asked',
  'demanded',
  'threaten', 'threatens', 'threatened',
  'accuse', 'accuses', 'accused',
  'blame', 'blames', 'blamed',
  'charged',
  'describe', 'describes', 'described', 'describing',
  'called',
  'decline', 'declines', 'declined',
  'refuse', 'refuses', 'refused',
  'mention', 'mentions', 'mentioned',
  'indicate', 'indicates', 'indicated',
  'hinted',
  'reiterate', 'reiterates', 'reiterated',
  'maintain', 'maintains', 'maintained',
  'believe', 'believes', 'believed',
  'think', 'thinks', 'thought',
  'expect', 'expects', 'expected',
  'show', 'shows', 'showed', 'shown',
  'find', 'finds', 'found',
  'beg', 'begs', 'begged',
  'plead', 'pleads', 'pleaded', 'pled',
  'disputed',
  'referenced',
  'assure', 'assures', 'assured',
  'reassure', 'reassures', 'reassured',
  'voiced',
  'express', 'expresses', 'expressed',
  'attest', 'attests', 'attested',
  'swear', 'swears', 'swore', 'sworn',
  'questioned',
  'criticize', 'criticizes', 'criticized', 'criticise', 'criticised',
  'condemn', 'condemns', 'condemned',
  'welcome', 'welcomes', 'welcomed',
  'reject', 'rejects', 'rejected',
  'dismiss', 'dismisses', 'dismissed',
  'speculate', 'speculates', 'speculated',
  'acknowledge',
  'divulge', 'divulged',
  'clarify', 'clarifies', 'clarified',
  'specify', 'specified',
  'retort', 'retorted',
  'scoff', 'scoffed',
  'whisper', 'whispered',
  'shout', 'shouted',
  'exclaim', 'exclaimed',
  'recommend', 'recommends', 'recommended',
  'advise', 'advises', 'advised',
  'ordered',
  'texted', 'emailed', 'messaged',
  'blast', 'blasts', 'blasted', 'slam', 'slams', 'slammed', 'denounce', 'denounces', 'denounced',
  'decry', 'decries', 'decried', 'hail', 'hails', 'hailed', 'praise', 'praises', 'praised',
  'lambast', 'lambasted', 'berate', 'berated', 'rebuke', 'rebuked', 'chide', 'chided',
  // Rulings, stances and worries: the subject's stated position ("the court ruled", "protesters believe").
  // Base forms that are also nouns ("the rules", "their fears") are in NOUN_LIKE_VERBS instead.
  'ruled', 'worried', 'feared', 'disagree', 'disagreed', 'doubted', 'observed',
  'assail', 'assails', 'assailed', 'attacked',
  'threatening', 'criticizing', 'criticising', 'condemning', 'accusing', 'urging',
  // Only with a document as subject ("the autopsy report lists ...", "figures from five states reflect ...").
  'lists', 'listed', 'details', 'detailed', 'reflect', 'reflects',
  // Passive only ("was quoted as saying"): the finder drops the active form.
  'quoted', 'cited',
  'remembered', 'remembers', 'related', 'touted', 'touts', 'introduced', 'introduces', 'attributed', 'attributes',
  'objected', 'reaffirm', 'reaffirms', 'reaffirmed', 'affirmed', 'contested', 'forecasted', 'signaled', 'signalled',
];

/**
 * Verbs that need a specific follow-up to report speech, or that only report
 * when the subject is a document ("the study found") or the object is a
 * clause. Checked by the attribution finder.
 */
export const DOCUMENT_ONLY_VERBS = [
  'lists', 'listed', 'details', 'detailed', 'reflect', 'reflects',
  'show', 'shows', 'showed', 'shown', 'find', 'finds', 'found', 'indicate', 'indicates', 'indicated',
];

/** Verbs that report only with a complement ("maintained that", "believes that"). */
export const CLAUSE_ONLY_VERBS = [
  'maintain', 'maintains', 'maintained', 'believe', 'believes', 'believed', 'think', 'thinks',
  'thought', 'expect', 'expects', 'expected', 'agree', 'agrees', 'agreed', 'suggest', 'suggests',
  'suggested', 'hint', 'hints', 'hinted', 'post', 'posted', 'call',
  'calls', 'called', 'charge', 'charges', 'charged', 'brief', 'briefed', 'inform', 'informs',
  'informed', 'respond', 'responds', 'responded', 'comment', 'comments', 'commented',
  'estimate', 'estimates', 'estimated', 'blame', 'blames', 'blamed', 'state', 'states',
  'note', 'notes', 'mention', 'mentions', 'mentioned',
  'add', 'adds', 'added', 'testify', 'testifies', 'testified', 'plead', 'pleads', 'pleaded', 'pled', 'question', 'questions',
  'questioned', 'welcome', 'welcomes', 'welcomed', 'reject', 'rejects', 'rejected', 'dismiss',
  'dismisses', 'dismissed', 'express', 'expresses', 'expressed', 'voice', 'voices', 'voiced',
  'order', 'ordered', 'reassure', 'reassures', 'reassured', 'swear', 'swears', 'swore', 'sworn',
  'rule', 'rules', 'ruled', 'worry', 'worries', 'worried', 'fear', 'fears', 'feared', 'doubt', 'doubts', 'doubted',
  'observe', 'observes', 'observed', 'attack', 'attacks', 'attacked', 'object', 'objects', 'objected',
  'affirm', 'affirms', 'affirmed', 'contest', 'contests', 'contested', 'signal', 'signals', 'signaled', 'signalled',
  'recommend', 'recommends', 'recommended', 'advise', 'advises', 'advised', 'shout', 'shouted',
  'promise', 'promises', 'promised', 'recall', 'recalls', 'recalled', 'related',
];

/** Verbs whose object names the listener: "told reporters", "told the newspaper". */
export const TELL_VERBS = ['tell', 'tells', 'told', 'telling', 'inform', 'informs', 'informed', 'brief', 'briefed'];

/** Base forms that are mostly nouns ("the states", "his remarks"): verbs only after an auxiliary or a pronoun ("did reference", "they claim"). */
export const NOUN_LIKE_VERBS = [
  'state', 'states', 'note', 'notes', 'post', 'comment', 'comments', 'question', 'questions', 'order',
  'remark', 'remarks', 'charge', 'charges', 'promise', 'promises', 'demand', 'demands', 'estimate',
  'estimates', 'forecast', 'forecasts', 'call', 'calls', 'brief', 'claim', 'claims', 'report', 'counter',
  'counters', 'stress', 'stresses', 'lament', 'laments', 'boast', 'boasts', 'caution', 'cautions', 'voice',
  'voices', 'reference', 'references', 'dispute', 'disputes', 'message', 'hint', 'hints', 'joke', 'jokes', 'reply',
  'rule', 'rules', 'worry', 'worries', 'fear', 'fears', 'doubt', 'doubts', 'disagrees', 'observe', 'observes',
  'attack', 'attacks', 'object', 'objects', 'affirm', 'affirms', 'contest', 'contests', 'signal', 'signals',
];

/** Auxiliaries kept in the cue when right before the verb ("has said"). */
export const AUXILIARIES = ['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'could', 'may', 'might', 'can', 'should'];

/** Adverbs skipped between subject and verb, never part of the cue. */
export const ADVERBS = [
  'also', 'later', 'earlier', 'previously', 'then', 'further', 'again', 'recently', 'repeatedly',
  'publicly', 'privately', 'separately', 'once', 'first', 'initially', 'subsequently', 'often',
  'frequently', 'reportedly', 'allegedly', 'had', 'has', 'have', 'already', 'never', 'not', 'long',
  'since', 'now', 'still', 'yet', 'only', 'just', 'finally', 'ultimately', 'originally', 'last',
  'both', 'all', 'each', 'himself', 'herself', 'themselves', 'itself', 'flatly', 'firmly',
  'strongly', 'openly', 'quickly', 'immediately', 'specifically', 'explicitly', 'directly',
  'simply', 'even', 'personally', 'officially', 'formally', 'told', 'will', 'would', 'did', 'does',
  'do', 'could', 'may', 'might', 'can', 'is', 'was', 'were', 'are', 'be', 'been',
];

/** "declined to comment", "did not respond to a request for comment": a statement about a statement. */
export const NO_COMMENT_PHRASES = [
  'declined to comment', 'declined to be interviewed', 'declined to elaborate',
  'declined to say', 'declined to discuss', 'declined requests for comment', 'declined a request for comment',
  'refused to comment', 'refused to say', 'would not comment', 'would not say', 'did not comment',
  'did not respond to a request for comment', 'did not immediately respond to a request for comment',
  'did not respond to requests for comment', 'did not immediately respond to requests for comment',
  'did not return a request for comment', 'did not immediately return a request for comment',
  'did not return requests for comment', 'could not be reached for comment',
  'did not immediately respond', 'did not respond', 'did not immediately reply',
  'had no immediate comment', 'had no comment', 'made no comment',
  'did not immediately provide', 'did not provide', 'did not disclose', 'would not disclose',
  'declined to provide', 'declined to identify', 'declined to disclose', 'did not identify',
  'did not release', 'declined to release', 'did not elaborate', 'would not elaborate',
  'ignored a request for comment', 'ignored requests for comment', 'declined to repeat', 'could not provide details',
];

/** "issued a statement saying": verbs + noun that announce a written statement. */
export const STATEMENT_VERBS = ['issued', 'issues', 'issue', 'released', 'releases', 'release', 'published', 'publishes', 'put', 'puts', 'posted', 'sent', 'gave', 'made'];
export const STATEMENT_NOUNS = ['statement', 'communique', 'communiqué', 'release', 'letter', 'notice', 'announcement', 'post', 'tweet', 'message', 'note', 'report'];

/** Prepositional cues that introduce the source after them. */
export const PREPOSITIONAL_CUES = ['according to', 'citing', 'cited', 'quoting', 'per', 'in the words of'];

/** Words after "per" that make it a rate, not a source ("per cent", "per day"). */
export const PER_NOT_SOURCE = [
  'cent', 'capita', 'day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'person', 'share',
  'head', 'annum', 'mile', 'kilometer', 'kilometre', 'gallon', 'litre', 'liter', 'unit', 'game',
  'se', 'diem', 'household', 'student', 'night', 'barrel', 'ton', 'tonne', 'pound', 'dose',
];

/** Verb + object that together report speech ("voiced concerns that"). */
export const VERB_OBJECT_CUES = [
  'voiced concerns', 'voiced concern', 'voiced fears', 'expressed concern', 'expressed concerns',
  'raised concerns', 'raised concern', 'raised questions', 'raised the alarm', 'sounded the alarm',
  'made clear', 'made it clear', 'went on to say', 'pointed out', 'spelled out', 'laid out',
  'gave evidence', 'took issue', 'sounded a warning', 'issued a warning', 'made the case',
  'demanding answers', 'demanded answers', 'demand answers',
  // Stances and reactions that report what the subject said or thinks.
  'weighed in', 'weighs in', 'marveled at', 'marvelled at', 'marvels at', 'is of the view', 'are of the view',
  'was of the view', 'were of the view', 'is of the opinion', 'are of the opinion', 'was critical of',
  'were critical of', 'is critical of', 'are critical of', 'has been critical of', 'have been critical of',
  'quoted calling', 'quoted as calling', 'joined growing calls', 'joined calls', 'joined the calls',
  'joined a chorus', 'seemed to agree', 'seem to agree', 'talk openly about', 'talked openly about',
  'spoke openly about', 'took aim at', 'takes aim at',
  // "The data puts the figure at 3,400": an estimate stated by its subject.
  'puts the figure', 'put the figure', 'puts the number', 'put the number', 'puts the toll',
  'put the toll', 'puts the death toll', 'put the death toll', 'puts the cost', 'put the cost',
  'puts the total', 'put the total', 'puts the loss', 'put the losses', 'puts the losses', 'put the loss',
  'puts the rate', 'put the rate', 'puts the chance', 'puts the chances', 'put the chances', 'put the odds', 'puts the odds',
];

/** Nouns naming what a statement was made in ("said in a statement"). */
export const STATEMENT_CONTEXT_NOUNS = [
  'documents', 'document', 'papers', 'filings', 'report', 'book', 'memoir', 'column', 'blog',
  'commentary', 'editorial', 'dispatch', 'article', 'op-ed', 'paper', 'study', 'journal',
  'statement', 'release', 'interview', 'testimony', 'speech', 'email', 'e-mail', 'letter', 'post',
  'tweet', 'message', 'filing', 'video', 'address', 'briefing', 'conference', 'call', 'remarks',
  'communique', 'op-ed', 'affidavit', 'declaration', 'memo', 'note', 'podcast', 'broadcast',
];

/** Who "told" a statement to: the listener noun ends the cue ("told reporters"). */
export const LISTENER_NOUNS = [
  'reporters', 'journalists', 'lawmakers', 'legislators', 'senators', 'congress', 'parliament',
  'newspaper', 'paper', 'committee', 'court', 'jury', 'judge', 'broadcaster', 'television', 'tv',
  'radio', 'agency', 'station', 'outlet', 'audience', 'crowd', 'supporters', 'members', 'media',
  'press', 'magazine', 'website', 'network', 'channel', 'podcast', 'investigators', 'police',
  'officers', 'prosecutors', 'congressmen', 'delegates', 'students', 'residents', 'voters',
  'listeners', 'viewers', 'readers', 'staff', 'employees', 'workers', 'colleagues', 'officials',
  'conference', 'briefing', 'summit', 'meeting', 'panel', 'hearing', 'inquiry', 'interviewer',
  'him', 'her', 'them', 'me', 'us', 'daily', 'tabloid', 'publication', 'hosts', 'host',
  'leaders', 'allies', 'donors', 'diplomats', 'troops', 'soldiers', 'ministers', 'cabinet', 'followers',
  'guests', 'attendees', 'participants', 'graduates', 'executives', 'investors', 'shareholders', 'rally', 'nation', 'public',
];

/** Phrases introducing an outlet the source spoke to ("Speaking to the Financial Times, ..."). */
export const OUTLET_CONTACT_PHRASES = [
  'speaking to', 'speaking with', 'in an interview with', 'in remarks to', 'in comments to',
  'in a statement to', 'in an email to', 'talking to', 'in a conversation with', 'in a call with',
  'in an op-ed for', 'writing in', 'writing for', 'in a post on', 'told',
];
