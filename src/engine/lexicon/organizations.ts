/**
 * Well-known bodies whose names carry no organisation word ("Gazprom said",
 * "Apple said"). Matched case-insensitively on a capitalised name.
 */
export const KNOWN_ORGANIZATIONS = [
  'apple', 'google', 'alphabet', 'microsoft', 'amazon', 'meta', 'facebook', 'instagram', 'whatsapp',
  'twitter', 'x', 'tesla', 'spacex', 'nvidia', 'intel', 'amd', 'ibm', 'oracle', 'samsung', 'sony',
  'huawei', 'tiktok', 'bytedance', 'alibaba', 'tencent', 'baidu', 'openai', 'anthropic', 'netflix',
  'disney', 'walmart', 'boeing', 'airbus', 'lockheed', 'raytheon', 'exxon', 'exxonmobil', 'chevron',
  'shell', 'bp', 'gazprom', 'rosneft', 'lukoil', 'aramco', 'toyota', 'volkswagen', 'ford', 'gm',
  'stellantis', 'nissan', 'honda', 'pfizer', 'moderna', 'astrazeneca', 'uber', 'lyft', 'airbnb',
  'visa', 'mastercard', 'paypal', 'jpmorgan', 'goldman', 'morgan stanley', 'citigroup', 'citi',
  'barclays', 'hsbc', 'ubs', 'deutsche bank', 'blackrock', 'vanguard', 'starbucks', 'mcdonald’s',
  "mcdonald's", 'nike', 'adidas', 'ikea', 'siemens', 'bayer', 'nestle', 'nestlé', 'unilever',
  'reddit', 'youtube', 'linkedin', 'snapchat', 'spotify', 'hulu', 'warner', 'paramount', 'comcast',
  'verizon', 'at&t', 't-mobile', 'vodafone', 'fedex', 'ups', 'delta', 'united', 'ryanair',
  'lufthansa', 'qantas', 'wagner', 'interpol', 'europol', 'frontex', 'unicef', 'unesco', 'unhcr',
  'unrwa', 'greenpeace', 'amnesty', 'oxfam', 'wikileaks', 'hts', 'kremlin', 'pentagon', 'congress',
  'parliament', 'senate', 'scotus', 'ofcom', 'ofgem', 'nhs', 'fema', 'osha', 'ice', 'atf', 'dea',
  'mi5', 'mi6', 'gchq', 'fsb', 'svr', 'gru', 'mossad', 'shin bet', 'idf', 'irgc', 'hamas',
  'hezbollah', 'houthis', 'taliban', 'isis', 'al-qaeda', 'nato', 'opec', 'asean', 'g7', 'g20',
  'democrats', 'republicans', 'labour', 'tories', 'conservatives', 'likud', 'fifa', 'uefa', 'nfl',
  'nba', 'mlb', 'nhl', 'ioc', 'wada', 'iaea', 'icc', 'icj', 'wto', 'who', 'imf',
];
