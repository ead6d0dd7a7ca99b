/**
 * Roles written after a byline's name (compared in lower case):
 * `By Jane Doe, Staff Writer`, `Jane Doe, Senior Correspondent`.
 */
export const bylineRoles: ReadonlySet<string> = new Set([
  'business reporter',
  'chief correspondent',
  'columnist',
  'contributing writer',
  'contributor',
  'correspondent',
  'editor',
  'foreign correspondent',
  'news desk',
  'our correspondent',
  'political correspondent',
  'political editor',
  'political reporter',
  'reporter',
  'senior correspondent',
  'senior editor',
  'senior reporter',
  'senior writer',
  'special correspondent',
  'staff',
  'staff correspondent',
  'staff reporter',
  'staff writer',
])

/**
 * News agencies and outlets that stand in a byline beside a name (compared in
 * lower case): `By Jane Doe, Reuters`, `By John Roe | AP`.
 */
export const bylineAgencies: ReadonlySet<string> = new Set([
  'afp',
  'ap',
  'app',
  'associated press',
  'bbc news',
  'bloomberg',
  'cnn',
  'dpa',
  'efe',
  'pti',
  'reuters',
  'the associated press',
  'the new york times',
  'the washington post',
  'upi',
  'xinhua',
])

/**
 * Outlets whose name a scraped headline may end with (compared in lower case):
 * `Senate passes bill - The Washington Post`.
 */
export const outletNames: ReadonlySet<string> = new Set([
  ...bylineAgencies,
  'abc news',
  'al jazeera',
  'ap news',
  'axios',
  'bbc',
  'cbs news',
  'dawn',
  'deutsche welle',
  'dw',
  'euronews',
  'fox news',
  'france 24',
  'hindustan times',
  'nbc news',
  'npr',
  'politico',
  'sky news',
  'the express tribune',
  'the guardian',
  'the hill',
  'the independent',
  'the news international',
  'the telegraph',
  'the times of india',
  'usa today',
])

/** Sections a page prints over its headline (compared in lower case): `Politics`, `World News`. */
export const sectionNames: ReadonlySet<string> = new Set([
  'analysis',
  'arts',
  'business',
  'climate',
  'culture',
  'economy',
  'education',
  'entertainment',
  'environment',
  'health',
  'lifestyle',
  'local',
  'markets',
  'money',
  'national',
  'news',
  'opinion',
  'politics',
  'science',
  'sport',
  'sports',
  'tech',
  'technology',
  'travel',
  'uk news',
  'us news',
  'world',
  'world news',
])
