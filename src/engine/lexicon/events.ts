/** Words of concrete, checkable events: they raise check-worthiness. Lower case. */
import { wordList } from './expand';
export const EVENT_WORDS = wordList(
  'dead|bombed|sentenced|announced|funded|wounded|charged|launched|died|attacked|doubled|traveled|recalled' +
  '|travelled|killed|tripled|confirmed|opened|signed|resigned|fined|banned|stationed|earned|dropped|discovered' +
  '|fired|hired|acquired|injured|captured|decreased|increased|raised|closed|diagnosed|passed|evacuated|infected' +
  '|rejected|elected|convicted|granted|appointed|voted|arrested|invested|sued|arrived|approved|deployed|seized' +
  '|laid|paid|held|sold|thousand|found|record|since|rose|withdrawing|struck|fell|billion|million|trillion|won' +
  '|hundreds|thousands|deaths|dozens|billions|millions|met|left|bought|percent|spent|largest|highest|lowest|lost' +
  '|first|cut|withdrew|grew'
);
