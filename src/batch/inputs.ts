import { readdir, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

/** One article to read: a path, or standard input (`-`). */
export interface Input {
  /** The path as given or found, or `-`. */
  path: string
  /** Where it goes under `--out-dir`: its path relative to the folder or glob base it came from. */
  relativePath: string
  /** The command-line argument it came from, as given. */
  argument: string
}

export interface ExpandOptions {
  /** File endings taken from folders and globs (default `.txt`). */
  extensions: string[]
}

export class UsageError extends Error {
  override name = 'UsageError'
}

const globChars = /[*?[\]{}]/

/**
 * Files, folders (recursively, by ending), quoted globs and `-`, in a stable
 * order: each argument's matches sorted, arguments in the order given. A
 * folder or glob that matches nothing is a `UsageError` unless allowed. A
 * path that exists is taken as it is, even with glob characters in its name
 * (`report [draft].txt`); only one that does not is matched as a glob.
 */
export async function expandInputs(
  args: string[],
  options: ExpandOptions,
  allowEmpty = false,
): Promise<Input[]> {
  const inputs: Input[] = []
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ path: '-', relativePath: 'stdin', argument: arg })
      continue
    }
    const stats = await stat(arg).catch(() => null)
    if (stats === null && globChars.test(arg)) {
      const found = await expandGlob(arg, options)
      if (found.length === 0 && !allowEmpty) throw new UsageError(`No files match \`${arg}\``)
      inputs.push(...found.map((input) => ({ ...input, argument: arg })))
      continue
    }
    if (stats?.isDirectory()) {
      const found = (await walk(arg, options)).map((path) => ({
        path,
        relativePath: relative(arg, path),
        argument: arg,
      }))
      if (found.length === 0 && !allowEmpty) {
        throw new UsageError(`No ${options.extensions.join(' or ')} files in folder \`${arg}\``)
      }
      inputs.push(...found)
      continue
    }
    // A file, or a path that does not exist: reading it reports the problem.
    inputs.push({ path: arg, relativePath: arg.split(/[\\/]/).pop() ?? arg, argument: arg })
  }
  return inputs
}

async function walk(folder: string, options: ExpandOptions): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter(
      (entry) =>
        entry.isFile() && options.extensions.some((extension) => entry.name.endsWith(extension)),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** `archive/**\/*.txt` → the files under `archive` whose paths match. */
async function expandGlob(
  pattern: string,
  options: ExpandOptions,
): Promise<Array<Omit<Input, 'argument'>>> {
  const parts = pattern.split('/')
  const firstGlob = parts.findIndex((part) => globChars.test(part))
  const base = parts.slice(0, firstGlob).join('/') || '.'
  const matcher = globToRegExp(parts.slice(firstGlob).join('/'))
  const stats = await stat(base).catch(() => null)
  if (!stats?.isDirectory()) return []
  const entries = await readdir(base, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path, relativePath: relative(base, path) }))
    .filter(({ relativePath }) => matcher.test(relativePath.split(sep).join('/')))
    .filter(
      ({ path }) =>
        !pattern.endsWith('*') || options.extensions.some((extension) => path.endsWith(extension)),
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** `**` any folders, `*` any name part, `?` one character, `[abc]`, `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let index = 0; index < glob.length; index++) {
    const char = glob.charAt(index)
    if (char === '*' && glob.charAt(index + 1) === '*') {
      const slash = glob.charAt(index + 2) === '/'
      source += slash ? '(?:.*/)?' : '.*'
      index += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '[') {
      const close = glob.indexOf(']', index)
      source += close === -1 ? '\\[' : glob.slice(index, close + 1)
      if (close !== -1) index = close
    } else if (char === '{') {
      const close = glob.indexOf('}', index)
      if (close === -1) source += '\\{'
      else {
        source += `(?:${glob
          .slice(index + 1, close)
          .split(',')
          .map(escapeRegExp)
          .join('|')})`
        index = close
      }
    } else source += escapeRegExp(char)
  }
  return new RegExp(`^${source}$`)
}

function escapeRegExp(value: string): string {
  return value.replace(/[.+^$()|\\]/g, '\\$&')
}

/** Is `path` inside `folder` (after resolving `..` and the like)? */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}
