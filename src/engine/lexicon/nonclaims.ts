/** Openings of calls to action and page furniture (lower case, matched at the start). */
import { wordList } from './expand';
export const INSTRUCTION_STARTS = wordList(
  'read more|read our|read the|read this story|read this article|read:|subscribe|sign up|sign in|log in|click here' +
  '|click to|follow us|follow the|share this|share on|download|watch:|watch the' +
  '|watch now|listen:|listen to|see also|see more|related:|related coverage' +
  '|advertisement|continue reading|get the|join us|join the|don’t miss|don\'t miss' +
  '|register|learn more|find out more|tap here|contact us|email us|send us' +
  '|have a tip|got a tip|support our|support independent|become a member|more:' +
  '|also read|recommended|most read|trending|view comments|comments|skip to' +
  '|scroll to|back to top|this story has been|this article was|this article has been' +
  '|this article is adapted|this story was|this article originally|this story originally|copyright|©' +
  '|all rights reserved|newsletter|enter your email|to continue reading|please note' +
  '|please enable|please subscribe|please sign|please click' +
  // Notices and provenance lines.
  '|disclaimer|originally published|this story first appeared|a version of this story|note to readers|this version corrects' +
  // Signposts to what follows ("Here is the most recent data"; "Here’s the ..." is in nonclaim.ts).
  '|here is the|here are the|here is what|here are some' +
  // Promo boxes and pointers to more: "Check it out here.", "More from Jane Doe…", corrections.
  '|check out|check it out|more from|an earlier version of this|correction:|clarification:|editor’s note:' +
  // A live blog's notes on its own coverage.
  '|welcome to our|follow along|how to get help|we will bring you|we’ll bring you|we\'ll bring you|stay with us|stay tuned|more to follow' +
  '|we are pausing|we’re pausing|thanks for following' +
  // The author's contact line under the article ("Reach her at ...").
  '|reach him at|reach her at'
);

/** Openings of bylines, datelines and credits. */
export const BYLINE_STARTS = wordList(
  'by|updated|published|posted|last updated|first published|reporting by' +
  '|editing by|additional reporting|written by|story by' +
  '|words by|photographs by|photos by|photo by|photo:|photo credit|image:' +
  '|image credit|credit:|source:|illustration:|illustration by|graphic:' +
  '|file photo|filed under|contributing:|contributors:'
);

/** Credit words that both a credit line and a captioned paragraph carry. */
const CREDITS = wordList(
  'photos by|photo by|photo credit|image credit|getty images|staff photographer|ap photo|file photo|shutterstock' +
  '|epa-efe'
);

/** Photo agencies and credit words that mark a caption or credit line. */
export const CREDIT_MARKERS = [
  ...CREDITS,
  ...wordList(
    'alamy stock photo|photograph by' +
    // Contact and contribution lines: nonclaim.ts reads these as bylines.
    '|may be reached at|can be reached at|contributed to this report|contributed to this story' +
    '|contributed reporting'
  ),
];

/**
 * Marks that make a whole short paragraph a picture caption with its credit
 * ("Rescuers search the rubble. AP Photo/Jane Doe"). Lower case, found anywhere.
 */
export const CAPTION_BLOCK_MARKERS = [
  ...CREDITS,
  ...wordList(
    '(photo|photo:|photograph:|image:|credit:|alamy|afp photo|reuters/|/reuters' +
    '|/afp|afp/|pool photo|via reuters|(pictured' +
    '|pictured above|pictured:|nurphoto|sopa images|anadolu via|bloomberg via' +
    // Who is where in the picture: "Dick Smith (far left) and ...".
    '|(left)|(right)|(far left)|(far right)|(center)|(centre)|(from left)'
  ),
];

/**
 * Writer's opinion with nothing to check (lower-case openings), among them a fact-checker's verdict ("We rate the
 * statement Mostly True."), the editorial "we" judging, and a verdict of the writer's ("There is good reason for concern").
 * (In the order gzip packs best: a PhraseIndex reads any order the same.)
 */
export const OPINION_STARTS = wordList(
  'what a|we think|we should|we rate this|we rate the|we must|we believe|there is good reason|shame on|sadly,' +
  '|needless to say|let’s|let\'s|let us|it was a sad|it is a shame|it is a sad|in my view|in my opinion|i think' +
  '|i feel|i believe|how sad|frankly,'
);
