/**
 * Well-known bodies whose names carry no organisation word ("Gazprom said",
 * "Apple said"). Matched case-insensitively on a capitalised name. One-word
 * bodies already in ORG_WORDS ("Kremlin", "NATO") are not repeated here.
 * The lists are only looked up, so they are kept in alphabetical order: it gzips smaller.
 */
import { wordList } from './expand';
import { frontCoded } from './front-coded';
export const KNOWN_ORGANIZATIONS = frontCoded(
  'accenture|1didas|1irbnb|4us|1l-qaeda|2ibaba|2phabet|1mazon|2d|2nesty|7 international|1nthropic|1pple' +
  '|1ramco|1sean|2trazeneca|1t&t|2f|baidu|2rclays|2yer|1ernstein|1lackrock|2oomberg intelligence' +
  '|1np paribas|1oeing|2fa|1p|1ytedance|chevron|1iti|4group|1lsa|1omcast|2nservatives|1redit suisse' +
  '|2isil|dea|2loitte|3ta|2mocrats|2utsche bank|1isney|1octors without borders|2wning street' +
  '|european commission|9union|5ol|1xxon|5mobil|facebook|1ed|3eral reserve|4x|2ma|1ifa|2tch|1ord' +
  '|1rontex|1sb|g20|17|1allup|2zprom|1chq|1m|1oldman|7 sachs|2ogle|1reenpeace|2u|honda|2uthis|1sbc|1ts' +
  '|1uawei|2lu|2man rights watch|iaea|1bm|1cc|2e|2j|2ra|1df|1kea|1nstagram|2tel|4rpol|1oc|1psos|1rgc' +
  '|j.p. morgan|1efferies|1p morgan|2morgan|kpmg|labour|1ikud|2nkedin|1ockheed|1ufthansa|2koil|1yft' +
  '|macquarie|2stercard|1cdonald\'s|8’s|2kinsey|1eta|1i5|26|2crosoft|2zuho|1lb|1oderna|2ody\'s|5’s' +
  '|2rgan stanley|3ningstar|2ssad|1sf|nba|1estle|5é|2tflix|1fl|1hl|2s|1ielsen|2ke|2ssan|1omura|1vidia' +
  '|ofcom|2gem|1penai|1racle|1sha|1xfam|paramount|2ypal|1ew|1fizer|1wc|qantas|raytheon|1ed crescent' +
  '|6oss|3dit|2publicans|1osneft|1yanair|samsung|2ntander|1cotland yard|4us|1hell|2in bet|1iemens' +
  '|1napchat|1ociete generale|2ny|1pacex|2otify|1tandard & poor\'s|9& poor’s|3rbucks|2ellantis' +
  '|1upreme court|1vr|t-mobile|1encent|2sla|1he fed|1iktok|1ories|2yota|1witter|uber|2s|1efa|1nesco' +
  '|2hcr|2icef|3lever|3ted|6 nations|2rwa|1ps|vanguard|1erizon|1isa|1odafone|2lkswagen|wada|2gner' +
  '|2lmart|2rner|1ells fargo|1hatsapp|2ite house|1ikileaks|1orld bank|6health organization|1to|x|yougov' +
  '|3tube'
);

/** Words that never belong to a person's name ("United Nations", "National Guard"). */
export const NOT_NAME_WORDS = wordList(
  'media|republic|democratic|united|world|fund|guard|supreme|state|institute|reserve|research|north|south|network' +
  '|global|national|international|federal|central|capital|royal|kingdom|american|european|labs|economics|analytics' +
  '|technologies|airlines|states|holdings|systems|nations|partners|insight|east|west|city|county|congressional'
);

/** Capitalised words that mark a company's name ("Nordwind Energy", "Acme Pharmaceuticals"). */
export const COMPANY_NAME_WORDS = wordList(
  // Words in -ics ("Analytics", "Diagnostics") are read by their ending (classify.ts); finance houses ("Kotak Institutional
  // Equities", "Capital Economics", "Bain Capital") by theirs here. Grouped by ending, as gzip packs the bundle best.
  'inc.|ltd.|co.|corp.|n.v.|pharma|electric|llc|plc|inc|railroad|ltd|aerospace|insurance|brokerage|healthcare' +
  '|software|automotive|ag|mining|shipping|consulting|gmbh|biotech|health|bank|chemical|financial|capital|steel' +
  '|retail|oil|telecom|petroleum|corporation|construction|corp|bancorp|group|water|power|semiconductor|motor|gas' +
  '|labs|brands|foods|biosciences|resources|technologies|industries|utilities|securities|equities|properties|lines' +
  '|airlines|stores|ventures|enterprises|associates|holdings|chemicals|pharmaceuticals|minerals|systems' +
  '|communications|telecommunications|solutions|partners|advisers|advisors|semiconductors|motors|investments' +
  '|railways|airways|management|entertainment|energy|company|hospitality|utility|realty|mobility|cycles|copper|metals' +
  '|materials|aviation|freight|textiles|devices'
);

/** Back-references that mean a company, whatever its name ("the company said", "the utility said"). */
export const COMPANY_DESCRIPTIONS = wordList(
  'utility|company|giant|business|distributor|contractor|operator|employer|manufacturer|insurer|developer|owner' +
  '|miner|refiner|retailer|broker|carmaker|chipmaker|automaker|drugmaker|maker|carrier|supplier|publisher|lender' +
  '|provider|producer|startup|group|studio|corporation|chain|platform|firm|bank|conglomerate|airline|brokerage' +
  '|fund|brand'
);

/** Descriptions that point back to two named people ("Both men said", "the pair"). */
export const PAIR_DESCRIPTIONS = wordList(
  'the couple|both|both men|the two men|both women|the two women|the duo|the two|the pair|the two officials' +
  '|both leaders|the two leaders|the brothers|the sisters'
);
