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
