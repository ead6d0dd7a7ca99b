/**
 * Keys of `key: value` header lines that always mean metadata (compared in
 * lower case). A block of two or more `key: value` lines counts as a header
 * even with other keys; a single line counts only with one of these, so that
 * `Geneva: The UN said…` stays a dateline.
 */
export const knownHeaderKeys: ReadonlySet<string> = new Set([
  'author',
  'authors',
  'by',
  'byline',
  'category',
  'categories',
  'date',
  'dateline',
  'description',
  'headline',
  'id',
  'keywords',
  'language',
  'lang',
  'location',
  'modified',
  'pubdate',
  'publication',
  'publish date',
  'published',
  'published at',
  'publisher',
  'section',
  'source',
  'subtitle',
  'summary',
  'tags',
  'title',
  'updated',
  'url',
  'link',
  'writer',
])

/** Keys whose value is the headline, in order of preference. */
export const titleKeys = ['title', 'headline'] as const

/** Keys whose value is the article's date, in order of preference. */
export const dateKeys = [
  'date',
  'published',
  'publish date',
  'published at',
  'pubdate',
  'first published',
  'posted',
  'updated',
  'last updated',
  'modified',
  'last modified',
] as const

/** Keys whose value names the authors. */
export const authorKeys = ['authors', 'author', 'by', 'byline', 'writer'] as const
