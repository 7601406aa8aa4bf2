/**
 * Common first names that tell the gender, for resolving "he" and "she" to
 * the right person when titles say nothing. Lower case, in alphabetical order
 * (it gzips smaller than by frequency, and the lists are only looked up),
 * front-coded (see front-coded.ts).
 */
import { frontCoded } from './front-coded';
export const FEMALE_NAMES = frontCoded(
  'abigail|1isha|1lexandria|4is|2ice|1manda|2ber|2y|1ndrea|2gela|2n|3a|3e|1shley|barbara|1etty|2verly' +
  '|1renda|2ittany|carol|5yn|2therine|1harlotte|2eryl|2ristina|8e|1ynthia|danielle|1eborah|3ra|2nise' +
  '|1iana|4e|1onna|2ris|elena|2ise|3zabeth|1mily|2ma|1velyn|fatima|1rances|giorgia|1loria|1race|2eta' +
  '|4chen|hannah|1eather|2len|1illary|ilhan|1ndira|1rina|1sabella|jacinda|3queline|2net|3ice|1ean' +
  '|2nnifer|2ssica|1oan|2yce|1udith|3y|2lia|4e|kamala|2ren|2therine|4leen|4ryn|4y|2yla|1eiko|2lly' +
  '|1imberly|2rsten|1risten|5i|laura|4en|1eila|1inda|2sa|2z|madison|2rgaret|3ia|5m|4e|4lyn|4ne|3tha|3y' +
  '|1egan|2i|2lissa|1ichelle|nancy|2talia|6e|1icola|5e|2kki|olga|2ivia|pamela|2tricia|1riti|3ya|rachel' +
  '|1ebecca|1ose|samantha|2na|3dra|2ra|4h|1erena|1haron|2irley|1imone|1onia|2phia|1tephanie|1usan' +
  '|1vetlana|tatiana|1eresa|1heresa|1ulsi|ursula|victoria|yasmin|1ing|1uki|2lia'
);

export const MALE_NAMES = frontCoded(
  'aaron|1bdullah|1dam|1hmed|1lan|2bert|2exander|4ei|5y|2i|1mit|1ndrew|2thony|3onio|1rthur|1shraf' +
  '|1ustin|barack|2shar|1en|3jamin|2rnie|1ill|4y|1ob|3by|2ris|1radley|3ndon|2ian|2uce|2yan|carl|4os' +
  '|1harles|2ris|5tian|6opher|2uck|daniel|2ve|3id|1ennis|1mitry|1onald|2uglas|1ylan|edward|1lon' +
  '|1mmanuel|1ric|1than|1ugene|francois|4k|1umio|gabriel|2ry|2vin|1eorge|2rald|1iuseppe|1ordon|1regory' +
  '|hakeem|2mid|2ns|2rold|2ssan|1enry|1iroshi|1oward|1ussein|ibrahim|1gor|1mran|1van|jack|3ob|3ques|2ir' +
  '|2mes|2son|2vier|1d|1ean|2ff|4rey|2remy|3ry|2sse|1im|1oe|2hn|4ny|2nathan|2rdan|2se|4ph|3hua|1uan' +
  '|2rgen|2stin|kamal|1eir|3th|2nneth|2vin|1halid|1im|1laus|1urt|1yle|larry|2wrence|1indsey|1ogan|1uca' +
  '|2is|marco|3k|2tthew|1ichael|2guel|2ke|3hail|2tch|3t|1ohammed|1uhammad|2stafa|narendra|2than' +
  '|1icholas|2kolai|1oah|olaf|2eg|1mar|patrick|2ul|1edro|2te|4r|1hilip|1ierre|rahul|2j|2lph|2ndy|2ymond' +
  '|1ecep|2x|1ichard|3k|2shi|1obert|2ger|2n|3ald|2y|1udy|2ssell|1yan|samuel|2tya|1cott|1ean|2rgei|5y' +
  '|1hinzo|1tephen|3ve|5n|1undar|tariq|1ed|2rry|1homas|1im|3othy|1om|1yler|vincent|1ladimir|1olodymyr' +
  '|walter|2yne|1illiam|5e|xi|yuri|2suf|zachary'
);
