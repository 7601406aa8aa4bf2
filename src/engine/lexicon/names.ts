/**
 * Common first names that tell the gender, for resolving "he" and "she" to
 * the right person when titles say nothing. Lower case.
 */
import { wordList } from './expand';
export const FEMALE_NAMES = wordList(
  'mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen' +
  '|lisa|nancy|betty|margaret|sandra|ashley|kimberly|emily|donna|michelle' +
  '|carol|amanda|melissa|deborah|stephanie|rebecca|sharon|laura|cynthia' +
  '|kathleen|amy|angela|shirley|anna|anne|ann|brenda|pamela|emma|nicole' +
  '|helen|samantha|katherine|kathy|christine|debra|rachel|carolyn|janet' +
  '|catherine|maria|heather|diane|julie|joyce|victoria|kelly|christina' +
  '|lauren|joan|evelyn|olivia|judith|megan|cheryl|martha|andrea|frances' +
  '|hannah|jacqueline|gloria|jean|kathryn|alice|teresa|sara|janice' +
  '|doris|madison|julia|grace|judy|abigail|marie|denise|beverly|amber' +
  '|theresa|marilyn|danielle|diana|brittany|natalie|sophia|rose|isabella' +
  '|alexis|kayla|charlotte|hillary|kamala|ilhan|alexandria|elena' +
  '|ursula|giorgia|marine|jacinda|liz|nicola|priti|yulia' +
  '|svetlana|olga|natalia|irina|tatiana|fatima|aisha|leila|mariam|yasmin' +
  '|priya|sonia|indira|mei|ying|yuki|keiko|sana|greta|kristi|nikki' +
  '|gretchen|kirsten|tulsi|elise|kristen|serena|simone'
);

export const MALE_NAMES = wordList(
  'james|robert|john|michael|william|david|richard|joseph|thomas|charles' +
  '|christopher|daniel|matthew|anthony|mark|donald|steven|paul|andrew|joshua' +
  '|kenneth|kevin|brian|george|timothy|ronald|edward|jason|jeffrey|ryan' +
  '|jacob|gary|nicholas|eric|jonathan|stephen|larry|justin|scott|brandon' +
  '|benjamin|samuel|gregory|alexander|frank|patrick|raymond|jack|dennis' +
  '|jerry|tyler|aaron|jose|adam|nathan|henry|douglas|zachary|peter|kyle' +
  '|noah|ethan|jeremy|walter|christian|keith|roger|terry|austin|sean' +
  '|gerald|carl|harold|dylan|arthur|lawrence|jordan|jesse|bryan|billy' +
  '|bruce|gabriel|joe|logan|albert|willie|alan|eugene|russell|vincent' +
  '|philip|bobby|johnny|bradley|roy|ralph|randy|wayne|howard|tom|tim' +
  '|mike|bill|bob|jim|steve|dave|chris|ted|ben|rick|rudy|mitch' +
  '|chuck|bernie|barack|vladimir|dmitry|sergei|sergey|mikhail|alexei|alexey' +
  '|nikolai|ivan|igor|oleg|yuri|volodymyr|emmanuel|olaf|boris|rishi|keir' +
  '|xi|narendra|recep|bashar|mohammed|muhammad|ahmed|ali|omar' +
  '|hassan|hussein|abdullah|khalid|ibrahim|yusuf|mustafa|kamal|tariq|hamid' +
  '|ashraf|imran|rahul|amit|raj|hiroshi|shinzo|fumio|kim|jean|pierre' +
  '|francois|jacques|hans|klaus|jurgen|giuseppe|marco|luca|carlos|juan' +
  '|luis|miguel|pedro|antonio|jair|javier|kurt|gordon|rex|mitt|lindsey' +
  '|ron|hakeem|jd|pete|gavin|elon|jeff|sundar|satya'
);
