/**
 * Words that follow a byline's names but are not people (compared in lower
 * case): `By Jane Doe, Staff Writer`, `By John Roe | Reuters`.
 */
export const bylineNonNames: ReadonlySet<string> = new Set([
  'afp',
  'ap',
  'associated press',
  'bbc news',
  'cnn',
  'contributor',
  'correspondent',
  'editor',
  'news desk',
  'our correspondent',
  'reporter',
  'reuters',
  'senior correspondent',
  'senior writer',
  'special correspondent',
  'staff',
  'staff reporter',
  'staff writer',
  'the associated press',
  'xinhua',
])
