import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Root as NlcstRoot } from 'nlcst'
import type { Pluggable, Plugin } from 'unified'
import type { createProcessor } from '../pipeline.js'

/** The pipeline, built-in or with plugins added. */
export type RecordProcessor = ReturnType<typeof createProcessor>

/**
 * A plugin to load (`--use`, or the config file's `use`): a module to
 * import, as a file URL, with the options it is given.
 */
export interface PluginSpec {
  url: string
  options?: unknown
}

/** Resolve `--use retext-readability` or `--use ./my-plugin.js` from `folder`, as Node would import it from there. */
export function resolvePlugin(name: string, folder: string): string {
  if (name.startsWith('.') || isAbsolute(name)) {
    const path = resolve(folder, name)
    if (!existsSync(path))
      throw new Error(`Cannot find the plugin \`${name}\` (no file \`${path}\`)`)
    return pathToFileURL(path).href
  }
  try {
    return pathToFileURL(createRequire(join(folder, 'noop.js')).resolve(name)).href
  } catch {
    throw new Error(
      `Cannot find the plugin \`${name}\` from \`${folder}\`; install it there (\`npm install ${name}\`)`,
    )
  }
}

/**
 * The built-in pipeline with plugins added after it. The plugins get an
 * nlcst tree, as retext plugins expect: the article is parsed with
 * parse-english (retext-english's parser) here, and only when a plugin is
 * loaded. A plugin adds to the record through
 * `file.data.extensions = {...file.data.extensions, name: value}` and to its
 * messages with `file.message()`.
 */
export async function extendProcessor(
  base: RecordProcessor,
  specs: PluginSpec[],
): Promise<RecordProcessor> {
  const { ParseEnglish } = await import('parse-english')
  const englishTree: Plugin<[], NlcstRoot> = () => (_tree, file) =>
    new ParseEnglish().parse(String(file.value))
  const plugins: Pluggable[] = []
  for (const spec of specs) {
    const module = (await import(spec.url)) as { default?: unknown }
    if (typeof module.default !== 'function')
      throw new Error(`The plugin \`${spec.url}\` exports no unified plugin as its default`)
    plugins.push(
      spec.options === undefined
        ? (module.default as Plugin)
        : [module.default as Plugin, spec.options],
    )
  }
  // Calling a frozen processor gives an unfrozen copy with the same plugins.
  const copy = (base as unknown as () => Usable)()
  return copy.use(englishTree).use(plugins).freeze() as RecordProcessor
}

/** What of a processor is used here, without unified's overloads. */
interface Usable {
  use(plugin: unknown): Usable
  freeze(): unknown
}

const prepared = new Map<string, RecordProcessor>()
const keyOf = (specs: PluginSpec[]) => JSON.stringify(specs)

/** Load the plugins once (per process), so that `preparedProcessor` can hand them out without waiting. */
export async function preparePlugins(base: RecordProcessor, specs: PluginSpec[]): Promise<void> {
  const key = keyOf(specs)
  if (!prepared.has(key)) prepared.set(key, await extendProcessor(base, specs))
}

/** The pipeline with these plugins, loaded before by `preparePlugins`. */
export function preparedProcessor(specs: PluginSpec[]): RecordProcessor {
  const processor = prepared.get(keyOf(specs))
  if (!processor) throw new Error('The plugins were not loaded before the article')
  return processor
}
