/**
 * Well-known bodies whose names carry no organisation word ("Gazprom said",
 * "Apple said"). Matched case-insensitively on a capitalised name. One-word
 * bodies already in ORG_WORDS ("Kremlin", "NATO") are not repeated here.
 */
import { wordList } from './expand';
export const KNOWN_ORGANIZATIONS = wordList(
  'apple|google|alphabet|microsoft|amazon|meta|facebook|instagram|whatsapp' +
  '|twitter|x|tesla|spacex|nvidia|intel|amd|ibm|oracle|samsung|sony' +
  '|huawei|tiktok|bytedance|alibaba|tencent|baidu|openai|anthropic|netflix' +
  '|disney|walmart|boeing|airbus|lockheed|raytheon|exxon|exxonmobil|chevron' +
  '|shell|bp|gazprom|rosneft|lukoil|aramco|toyota|volkswagen|ford|gm' +
  '|stellantis|nissan|honda|pfizer|moderna|astrazeneca|uber|lyft|airbnb' +
  '|visa|mastercard|paypal|jpmorgan|goldman|morgan stanley|citigroup|citi' +
  '|barclays|hsbc|ubs|deutsche bank|blackrock|vanguard|starbucks|mcdonald’s' +
  '|mcdonald\'s|nike|adidas|ikea|siemens|bayer|nestle|nestlé|unilever' +
  '|reddit|youtube|linkedin|snapchat|spotify|hulu|warner|paramount|comcast' +
  '|verizon|at&t|t-mobile|vodafone|fedex|ups|delta|united|ryanair' +
  '|lufthansa|qantas|wagner|interpol|europol|frontex|unicef|unesco|unhcr' +
  '|unrwa|greenpeace|amnesty|oxfam|wikileaks|hts' +
  '|scotus|ofcom|ofgem|nhs|fema|osha|ice|atf|dea' +
  '|mi5|mi6|gchq|fsb|svr|gru|mossad|shin bet|idf|irgc' +
  '|houthis|al-qaeda|asean|g7|g20' +
  '|democrats|republicans|labour|tories|conservatives|likud|fifa|uefa|nfl' +
  '|nba|mlb|nhl|ioc|wada|iaea|icc|icj|wto' +
  '|united nations|european union|european commission|world bank|red cross|red crescent' +
  '|world health organization|federal reserve|the fed|fed|supreme court|white house' +
  '|scotland yard|downing street|human rights watch|amnesty international|doctors without borders|msf' +
  '|nomura|jp morgan|j.p. morgan|goldman sachs|credit suisse|bnp paribas|societe generale|mizuho' +
  '|crisil|icra|clsa|jefferies|macquarie|bernstein|bofa|wells fargo|santander|kpmg|deloitte' +
  '|pwc|mckinsey|accenture|morningstar|nielsen|bloomberg intelligence' +
  '|moody’s|moody\'s|fitch|standard & poor’s|standard & poor\'s|gallup|pew|ipsos|yougov'
);

/** Words that never belong to a person's name ("United Nations", "National Guard"). */
export const NOT_NAME_WORDS = wordList(
  'united|nations|national|international|federal|republic|democratic|kingdom' +
  '|global|world|royal|central|supreme|european|american|county|city|state' +
  '|states|guard|reserve|fund|capital|partners|holdings|analytics|economics' +
  '|research|insight|institute|labs|systems|technologies|media|network|airlines' +
  '|north|south|east|west'
);

/** Capitalised words that mark a company's name ("Nordwind Energy", "Acme Pharmaceuticals"). */
export const COMPANY_NAME_WORDS = wordList(
  // Words in -ics ("Analytics", "Diagnostics") are read by their ending (classify.ts).
  'energy|partners|associates|advisors|consulting|motors|airways|pharmaceuticals|pharma|biosciences|biotech' +
  '|petroleum|oil|gas|electric|utilities|telecom|telecommunications|communications' +
  '|industries|enterprises|foods|brands|entertainment|insurance|financial|securities' +
  '|bancorp|mining|minerals|resources|semiconductor|semiconductors|software' +
  '|solutions|aerospace|automotive|chemicals|chemical|steel|airlines|holdings|systems' +
  '|technologies|inc.|inc|corp.|corp|co.|llc|plc|ltd.|ltd|ag|gmbh|n.v.' +
  '|corporation|company|group|bank|utility|power|railways|railroad|shipping' +
  '|construction|properties|realty|hospitality|retail|stores|motor|health|healthcare' +
  // Finance houses ("Kotak Institutional Equities", "Capital Economics", "Bain Capital").
  '|equities|capital|investments|advisers|ventures|management|brokerage|water|lines|labs'
);

/** Back-references that mean a company, whatever its name ("the company said", "the utility said"). */
export const COMPANY_DESCRIPTIONS = wordList(
  'company|firm|utility|carrier|airline|automaker|carmaker|retailer|bank|lender' +
  '|insurer|group|maker|manufacturer|startup|operator|chain|giant|conglomerate' +
  '|developer|producer|supplier|provider|distributor|publisher|studio|brand|business' +
  '|corporation|miner|refiner|drugmaker|chipmaker|contractor|employer|owner|platform' +
  '|brokerage|broker|fund'
);

/** Descriptions that point back to two named people ("Both men said", "the pair"). */
export const PAIR_DESCRIPTIONS = wordList(
  'both men|both women|the two|the two men|the two women|the pair|the duo|both' +
  '|the couple|the two leaders|the two officials|the brothers|the sisters|both leaders'
);
