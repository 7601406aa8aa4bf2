/**
 * News outlets and agencies, as written in running text (without a leading
 * "the"). Matching is case-insensitive on the whole name.
 */
export const OUTLETS = [
  // wires and agencies
  'Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'AFP', 'Bloomberg', 'Bloomberg News',
  'TASS', 'RIA Novosti', 'RIA', 'Interfax', 'Xinhua', 'Kyodo', 'Kyodo News', 'Yonhap', 'ANSA', 'EFE',
  'dpa', 'Deutsche Presse-Agentur', 'Anadolu', 'Anadolu Agency', 'IRNA', 'Fars', 'Tasnim', 'SANA',
  'WAFA', 'KCNA', 'Press Trust of India', 'PTI', 'ANI', 'Jiji Press', 'Ukrinform', 'UNIAN',
  'Sputnik', 'RT', 'Dow Jones', 'Dow Jones Newswires', 'United Press International', 'UPI',
  'Canadian Press', 'Australian Associated Press', 'AAP', 'Xinhua News Agency', 'Kyiv Independent',
  // newspapers
  'Financial Times', 'FT', 'New York Times', 'Times', 'Washington Post', 'Wall Street Journal', 'WSJ',
  'Guardian', 'Observer', 'Times of London', 'Sunday Times', 'Telegraph', 'Daily Telegraph',
  'Independent', 'Daily Mail', 'Mail on Sunday', 'Daily Mirror', 'Mirror', 'Sun', 'Evening Standard',
  'Economist', 'Los Angeles Times', 'LA Times', 'USA Today', 'USA TODAY', 'Chicago Tribune',
  'Boston Globe', 'San Francisco Chronicle', 'Miami Herald', 'Houston Chronicle', 'Dallas Morning News',
  'New York Post', 'Daily News', 'Newsday', 'Philadelphia Inquirer', 'Seattle Times',
  'Denver Post', 'Atlanta Journal-Constitution', 'Star Tribune', 'Tampa Bay Times', 'Arizona Republic',
  'Detroit Free Press', 'Baltimore Sun', 'Orlando Sentinel', 'Sacramento Bee', 'Washington Times',
  'Le Monde', 'Le Figaro', 'Libération', 'Der Spiegel', 'Spiegel', 'Die Zeit', 'Süddeutsche Zeitung',
  'Frankfurter Allgemeine Zeitung', 'Bild', 'Handelsblatt', 'El País', 'El Mundo', 'La Repubblica',
  'Corriere della Sera', 'NRC', 'Haaretz', 'Jerusalem Post', 'Times of Israel', 'Yedioth Ahronoth',
  'Ynet', 'Kommersant', 'Vedomosti', 'Izvestia', 'Novaya Gazeta', 'Meduza', 'Moscow Times',
  'Kyiv Post', 'Asahi Shimbun', 'Yomiuri Shimbun', 'Nikkei', 'Nikkei Asia', 'Mainichi',
  'Japan Times', 'South China Morning Post', 'SCMP', 'Global Times', 'People’s Daily',
  "People's Daily", 'China Daily', 'Caixin', 'Straits Times', 'Times of India', 'Hindustan Times',
  'Indian Express', 'The Hindu', 'Dawn', 'Gulf News', 'Al-Ahram', 'Asharq Al-Awsat', 'Daily Star',
  'Sydney Morning Herald', 'The Age', 'The Australian', 'Globe and Mail', 'Toronto Star',
  'National Post', 'Irish Times', 'Scotsman', 'Herald', 'Politico', 'Politico Europe', 'Axios',
  'The Hill', 'Vox', 'Slate', 'Salon', 'HuffPost', 'Huffington Post', 'BuzzFeed News', 'BuzzFeed',
  'Vice', 'Vice News', 'The Atlantic', 'New Yorker', 'Time', 'Newsweek', 'Forbes', 'Fortune',
  'Business Insider', 'Insider', 'Semafor', 'Puck', 'The Information', 'TechCrunch', 'The Verge',
  'Wired', 'Ars Technica', 'Engadget', 'Variety', 'Hollywood Reporter', 'Deadline', 'Billboard',
  'Rolling Stone', 'ProPublica', 'Intercept', 'Daily Beast', 'Mother Jones', 'National Review',
  'Breitbart', 'Breitbart News', 'Fox News', 'CNBC', 'MarketWatch', 'Barron’s', "Barron's",
  'Al-Monitor', 'Middle East Eye', 'Al Arabiya', 'Al-Arabiya', 'Al Jazeera', 'Al-Jazeera',
  'Nature', 'Science', 'Lancet', 'STAT', 'STAT News', 'Kaiser Health News', 'KFF Health News',
  'Defense One', 'Breaking Defense', 'War on the Rocks', 'Foreign Policy', 'Foreign Affairs Magazine',
  'Epoch Times', 'NTD', 'Voice of America', 'VOA', 'Radio Free Europe', 'Radio Free Europe/Radio Liberty',
  'RFE/RL', 'Radio Liberty', 'Radio Free Asia', 'Deutsche Welle', 'DW', 'France 24', 'Euronews',
  // broadcasters
  'BBC', 'BBC News', 'CNN', 'NBC', 'NBC News', 'ABC', 'ABC News', 'CBS', 'CBS News', 'MSNBC', 'PBS',
  'NPR', 'Sky News', 'ITV', 'ITV News', 'Channel 4', 'Channel 4 News', 'CBC', 'CBC News', 'RTÉ',
  'RTE', 'NHK', 'KBS', 'Channel NewsAsia', 'CNA', 'Rossiya 24', 'Channel One', 'Russia Today',
  'CCTV', 'CGTN', 'Al Jazeera English', 'ZDF', 'ARD', 'Tagesschau', 'France Télévisions', 'TF1',
  'Rai', 'RAI', 'TVN24', 'Kan', 'Channel 12', 'Channel 13', 'i24NEWS', 'Telemundo', 'Univision',
  'WNYC', 'Bloomberg TV', 'Fox Business', 'Newsmax', 'One America News', 'C-SPAN',
  'Ruptly', 'Rodong Sinmun', 'Asahi', 'Yomiuri', 'Dong-A Ilbo', 'Chosun Ilbo', 'JoongAng Ilbo',
  'Korea Herald', 'Korea Times', 'Hankyoreh', 'Tehran Times', 'Press TV', 'Al-Mayadeen', 'Al-Manar',
  'Ukrainska Pravda', 'RBC', 'Fontanka', 'Pravda', 'Le Parisien', 'Ouest-France', 'La Stampa',
  'El Universal', 'Folha de S.Paulo', 'O Globo', 'Clarín', 'La Nación', 'Milenio', 'Reforma',
];

/** Outlet words that make a cue's context an outlet's own output ("said in a commentary"). */
export const OUTLET_CONTEXT_NOUNS = ['commentary', 'editorial', 'dispatch', 'article'];

/** Journalists of an outlet ("an Associated Press journalist"): the outlet is the source. */
export const JOURNALIST_WORDS = [
  'journalist', 'journalists', 'reporter', 'reporters', 'correspondent', 'correspondents',
  'photographer', 'photographers', 'editor', 'editors', 'columnist', 'crew', 'team', 'producer',
];

/** Head nouns that make a capitalised name an outlet ("the Kyiv Independent newspaper"). */
export const OUTLET_HEADS = [
  'newspaper', 'paper', 'daily', 'tabloid', 'magazine', 'outlet', 'broadcaster', 'network',
  'channel', 'station', 'news agency', 'wire service', 'website', 'site', 'weekly', 'journal',
  'publication', 'gazette', 'newswire', 'radio', 'television', 'tv',
];

/** Words inside a capitalised name that mark it as an outlet. */
export const OUTLET_NAME_WORDS = [
  'times', 'post', 'journal', 'gazette', 'herald', 'tribune', 'chronicle', 'telegraph', 'news',
  'press', 'inquirer', 'courier', 'dispatch', 'observer', 'examiner', 'sentinel', 'bulletin',
  'daily', 'weekly', 'magazine', 'radio', 'tv', 'television', 'broadcasting', 'newswire', 'wire',
  'monitor', 'register', 'star', 'mirror', 'express', 'independent', 'guardian', 'reporter', 'today',
];

/** Descriptions that point back to the last outlet named ("the newspaper reported"). */
export const OUTLET_DESCRIPTIONS = [
  'newspaper', 'paper', 'outlet', 'broadcaster', 'network', 'daily', 'tabloid', 'magazine',
  'news agency', 'channel', 'station', 'publication', 'website', 'wire service',
];
