import { readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { UsageError } from '../batch/inputs.js'
import { type OutputFormat, outputFormats } from '../output/render.js'

/**
 * What a project sets once, in `.newsparserc.json` or under a `newsparse`
 * key of `package.json`:
 *
 *     { "ext": ["txt", "md"], "ignorePatterns": ["drafts/"], "format": "jsonl", "jobs": 2,
 *       "use": ["retext-readability"] }
 */
export interface Config {
  /** The file it was read from. */
  path: string
  /** Its folder: `ignorePatterns` are relative to it. */
  folder: string
  ext?: string[]
  /** gitignore syntax, relative to the config file's folder. */
  ignorePatterns?: string[]
  format?: OutputFormat
  jobs?: number
  /** Plugins (`"retext-readability"`, or `["./plugin.js", {options}]`), resolved from the config's folder. */
  use?: (string | [string, unknown])[]
}

const keys = ['ext', 'ignorePatterns', 'format', 'jobs', 'use'] as const

/** `"md"` or `["txt", ".md"]` → `['.md']`, `['.txt', '.md']`. */
function endings(value: unknown): string[] | null {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === 'string'))
    return null
  return list.map((ending: string) => (ending.startsWith('.') ? ending : `.${ending}`))
}

/** Check what a config file holds; a wrong key or value is a `UsageError` that names the file. */
function validate(value: unknown, path: string, where = path): Config {
  const wrong = (reason: string) => new UsageError(`Invalid config \`${where}\`: ${reason}`)
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw wrong('expected an object')
  const config: Config = { path, folder: dirname(resolve(path)) }
  for (const [key, setting] of Object.entries(value)) {
    switch (key) {
      case 'ext': {
        const list = endings(setting)
        if (list === null) throw wrong('`ext` must be an ending or a list of endings')
        config.ext = list
        break
      }
      case 'ignorePatterns':
        if (!Array.isArray(setting) || !setting.every((item) => typeof item === 'string'))
          throw wrong('`ignorePatterns` must be a list of strings')
        config.ignorePatterns = setting
        break
      case 'format':
        if (!(outputFormats as readonly unknown[]).includes(setting))
          throw wrong(`\`format\` must be one of ${outputFormats.join(', ')}`)
        config.format = setting as OutputFormat
        break
      case 'jobs':
        if (!Number.isSafeInteger(setting) || (setting as number) <= 0)
          throw wrong('`jobs` must be a positive whole number')
        config.jobs = setting as number
        break
      case 'use':
        if (
          !Array.isArray(setting) ||
          !setting.every(
            (item) =>
              typeof item === 'string' ||
              (Array.isArray(item) && item.length === 2 && typeof item[0] === 'string'),
          )
        )
          throw wrong('`use` must be a list of plugin names, or `[name, options]` pairs')
        config.use = setting
        break
      default:
        throw wrong(`unknown key \`${key}\` (the keys are ${keys.join(', ')})`)
    }
  }
  return config
}

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UsageError(`Invalid config \`${path}\`: ${(error as Error).message}`)
  }
}

/** Read a config file named with `--config`: `.newsparserc.json` form, or a `package.json`. */
export function readConfig(path: string): Config {
  let value: unknown
  try {
    value = readJson(path)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`Cannot read the config \`${path}\`: ${(error as Error).message}`)
  }
  if (path.endsWith('package.json'))
    return validate((value as { newsparse?: unknown })?.newsparse ?? {}, path, `${path}#newsparse`)
  return validate(value, path)
}

/**
 * A finder of the config nearest a folder, looking there and in each folder
 * above it, as unified-engine and textlint do: `.newsparserc.json`, or a
 * `package.json` with a `newsparse` key (one without is passed over). Each
 * folder is looked at once per finder.
 */
export function configFinder(): (folder: string) => Config | null {
  const found = new Map<string, Config | null>()
  const find = (folder: string): Config | null => {
    const start = resolve(folder)
    const known = found.get(start)
    if (known !== undefined) return known
    let config: Config | null = null
    const rc = join(start, '.newsparserc.json')
    const packageJson = join(start, 'package.json')
    if (isFile(rc)) config = readConfig(rc)
    else if (isFile(packageJson)) {
      const value = readJson(packageJson) as { newsparse?: unknown } | null
      if (value && typeof value === 'object' && 'newsparse' in value)
        config = validate(value.newsparse, packageJson, `${packageJson}#newsparse`)
    }
    if (config === null && dirname(start) !== start) config = find(dirname(start))
    found.set(start, config)
    return config
  }
  return find
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
