/** Words of concrete, checkable events: they raise check-worthiness. Lower case. */
import { wordList } from './expand';
export const EVENT_WORDS = wordList(
  'killed|died|dead|deaths|injured|wounded|arrested|charged|convicted' +
  '|sentenced|fined|sued|evacuated|withdrew|withdrawing|deployed|attacked' +
  '|bombed|struck|launched|fired|seized|captured|signed|passed|voted' +
  '|approved|rejected|banned|elected|resigned|appointed|hired|laid|cut' +
  '|raised|increased|decreased|fell|rose|grew|dropped|doubled|tripled' +
  '|spent|paid|lost|won|earned|sold|bought|acquired|invested|funded' +
  '|granted|held|met|left|arrived|traveled|travelled|stationed|closed' +
  '|opened|announced|recalled|diagnosed|infected|confirmed|discovered|found' +
  '|percent|million|billion|trillion|thousand|hundreds|thousands' +
  '|dozens|millions|billions|record|first|largest|highest|lowest|since'
);
