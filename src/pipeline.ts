import { unified } from 'unified'
import './data-map.js'
import { compileRecord } from './plugins/compile-record.js'
import { dates } from './plugins/dates.js'
import { entities } from './plugins/entities.js'
import { header } from './plugins/header.js'
import { paragraphs } from './plugins/paragraphs.js'
import { parseEnglish } from './plugins/parse.js'
import { quotes } from './plugins/quotes.js'
import { social } from './plugins/social.js'

/**
 * The pipeline: parse with retext-english, then one plugin per concern, each
 * reading what earlier ones wrote on `file.data`, then compile to a record.
 * Order matters: the header decides where the body starts; paragraphs split it;
 * social finds pasted posts so that later plugins do not read them as prose.
 */
export function createProcessor() {
  return unified()
    .use(parseEnglish)
    .use(header)
    .use(paragraphs)
    .use(social)
    .use(entities)
    .use(quotes)
    .use(dates)
    .use(compileRecord)
    .freeze()
}
