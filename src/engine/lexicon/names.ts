/**
 * Common first names that tell the gender, for resolving "he" and "she" to
 * the right person when titles say nothing. Lower case, in alphabetical order
 * (it gzips smaller than by frequency, and the lists are only looked up).
 */
import { wordList } from './expand';
export const FEMALE_NAMES = wordList(
  'abigail|aisha|alexandria|alexis|alice|amanda|amber|amy|andrea|angela|ann|anna' +
  '|anne|ashley|barbara|betty|beverly|brenda|brittany|carol|carolyn|catherine' +
  '|charlotte|cheryl|christina|christine|cynthia|danielle|deborah|debra|denise' +
  '|diana|diane|donna|doris|elena|elise|elizabeth|emily|emma|evelyn|fatima|frances' +
  '|giorgia|gloria|grace|greta|gretchen|hannah|heather|helen|hillary|ilhan|indira' +
  '|irina|isabella|jacinda|jacqueline|janet|janice|jean|jennifer|jessica|joan|joyce' +
  '|judith|judy|julia|julie|kamala|karen|katherine|kathleen|kathryn|kathy|kayla' +
  '|keiko|kelly|kimberly|kirsten|kristen|kristi|laura|lauren|leila|linda|lisa|liz' +
  '|madison|margaret|maria|mariam|marie|marilyn|marine|martha|mary|megan|mei' +
  '|melissa|michelle|nancy|natalia|natalie|nicola|nicole|nikki|olga|olivia|pamela' +
  '|patricia|priti|priya|rachel|rebecca|rose|samantha|sana|sandra|sara|sarah|serena' +
  '|sharon|shirley|simone|sonia|sophia|stephanie|susan|svetlana|tatiana|teresa' +
  '|theresa|tulsi|ursula|victoria|yasmin|ying|yuki|yulia'
);

export const MALE_NAMES = wordList(
  'aaron|abdullah|adam|ahmed|alan|albert|alexander|alexei|alexey|ali|amit|andrew' +
  '|anthony|antonio|arthur|ashraf|austin|barack|bashar|ben|benjamin|bernie|bill' +
  '|billy|bob|bobby|boris|bradley|brandon|brian|bruce|bryan|carl|carlos|charles' +
  '|chris|christian|christopher|chuck|daniel|dave|david|dennis|dmitry|donald' +
  '|douglas|dylan|edward|elon|emmanuel|eric|ethan|eugene|francois|frank|fumio' +
  '|gabriel|gary|gavin|george|gerald|giuseppe|gordon|gregory|hakeem|hamid|hans' +
  '|harold|hassan|henry|hiroshi|howard|hussein|ibrahim|igor|imran|ivan|jack|jacob' +
  '|jacques|jair|james|jason|javier|jd|jean|jeff|jeffrey|jeremy|jerry|jesse|jim|joe' +
  '|john|johnny|jonathan|jordan|jose|joseph|joshua|juan|jurgen|justin|kamal|keir' +
  '|keith|kenneth|kevin|khalid|kim|klaus|kurt|kyle|larry|lawrence|lindsey|logan' +
  '|luca|luis|marco|mark|matthew|michael|miguel|mike|mikhail|mitch|mitt|mohammed' +
  '|muhammad|mustafa|narendra|nathan|nicholas|nikolai|noah|olaf|oleg|omar|patrick' +
  '|paul|pedro|pete|peter|philip|pierre|rahul|raj|ralph|randy|raymond|recep|rex' +
  '|richard|rick|rishi|robert|roger|ron|ronald|roy|rudy|russell|ryan|samuel|satya' +
  '|scott|sean|sergei|sergey|shinzo|stephen|steve|steven|sundar|tariq|ted|terry' +
  '|thomas|tim|timothy|tom|tyler|vincent|vladimir|volodymyr|walter|wayne|william' +
  '|willie|xi|yuri|yusuf|zachary'
);
