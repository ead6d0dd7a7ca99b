/** Month names and their abbreviations, lower case, to month numbers (1–12). */
export const months: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
])

/** Weekday names and abbreviations, lower case, to 0 (Sunday) – 6 (Saturday). */
export const weekdays: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['sun', 0],
  ['monday', 1],
  ['mon', 1],
  ['tuesday', 2],
  ['tue', 2],
  ['tues', 2],
  ['wednesday', 3],
  ['wed', 3],
  ['thursday', 4],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['friday', 5],
  ['fri', 5],
  ['saturday', 6],
  ['sat', 6],
])

/** A case-insensitive regular-expression alternation of every month name, longest first. */
export const monthPattern = [...months.keys()]
  .sort((a, b) => b.length - a.length)
  .map(
    (name) =>
      `[${name.charAt(0)}${name.charAt(0).toUpperCase()}](?:${name.slice(1)}|${name.slice(1).toUpperCase()})`,
  )
  .join('|')
