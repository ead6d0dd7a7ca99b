import { unified } from 'unified'
import './data-map.js'
import { compileRecord } from './plugins/compile-record.js'
import { dates } from './plugins/dates.js'
import { deadline } from './plugins/deadline.js'
import { entities } from './plugins/entities.js'
import { header } from './plugins/header.js'
import { paragraphs } from './plugins/paragraphs.js'
import { parseText } from './plugins/parse.js'
import { quotes } from './plugins/quotes.js'
import { social } from './plugins/social.js'

/**
 * The pipeline: the text as one node (no natural-language parse: no plugin
 * reads one), then one plugin per concern, each reading what earlier ones
 * wrote on `file.data`, then compile to a record.
 * Between the costly plugins, `deadline` gives up on an article past its time limit.
 * Order matters: the header decides where the body starts; paragraphs split it;
 * social finds pasted posts so that later plugins do not read them as prose.
 */
export function createProcessor() {
  return unified()
    .use(parseText)
    .use(header)
    .use(paragraphs)
    .use(deadline())
    .use(social)
    .use(deadline())
    .use(entities)
    .use(deadline())
    .use(quotes)
    .use(deadline())
    .use(dates)
    .use(compileRecord)
    .freeze()
}
