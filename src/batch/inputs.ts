import { existsSync, readFileSync, statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import ignore from 'ignore'
import { glob } from 'tinyglobby'

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
  /** Skips what folders and globs find (see `ignoreFilter`); a file named outright is always read. */
  ignored?: (path: string) => boolean
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
 * Folders and globs skip hidden files and folders and `node_modules`, unless
 * the argument names them (`.drafts/`, `'node_modules/**\/*.txt'`), as
 * ripgrep and ESLint do; a file named outright is always read.
 */
export async function expandInputs(
  args: string[],
  options: ExpandOptions,
  allowEmpty = false,
): Promise<Input[]> {
  const inputs: Input[] = []
  const kept = (path: string) => !options.ignored?.(path)
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ path: '-', relativePath: 'stdin', argument: arg })
      continue
    }
    const stats = await stat(arg).catch(() => null)
    if (stats === null && globChars.test(arg)) {
      const found = (await expandGlob(arg, options)).filter((input) => kept(input.path))
      if (found.length === 0 && !allowEmpty) throw new UsageError(`No files match \`${arg}\``)
      inputs.push(...found.map((input) => ({ ...input, argument: arg })))
      continue
    }
    if (stats?.isDirectory()) {
      const found = (await walk(arg, options))
        .filter(kept)
        .map((path) => ({ path, relativePath: relative(arg, path), argument: arg }))
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

/** Sorted by code unit, the same on every machine. */
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** What a folder or glob never enters unless the argument names it. */
function skipped(pattern: string): string[] {
  return /(^|\/)node_modules(\/|$)/.test(pattern) ? [] : ['**/node_modules/**']
}

/** The files under `folder` with one of the endings, hidden ones and `node_modules` left out. */
async function walk(folder: string, options: ExpandOptions): Promise<string[]> {
  const found = await glob(['**/*'], {
    cwd: folder,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: skipped(''),
  })
  return found
    .filter((path) => options.extensions.some((extension) => path.endsWith(extension)))
    .map((path) => join(folder, path))
    .sort(byPath)
}

/**
 * `archive/**\/*.txt` → the files that match, each with its path under the
 * pattern's base (`archive`). A pattern that ends in `*` takes only files
 * with one of the endings (`archive/*` → `.txt` files).
 */
async function expandGlob(
  pattern: string,
  options: ExpandOptions,
): Promise<Array<Omit<Input, 'argument'>>> {
  const parts = pattern.split('/')
  const firstGlob = parts.findIndex((part) => globChars.test(part))
  const base = parts.slice(0, firstGlob).join('/') || '.'
  const found = await glob(parts.slice(firstGlob).join('/'), {
    cwd: base,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    ignore: skipped(pattern),
  })
  // `[!a]*` matches `.hidden` in picomatch; as in a shell, only a dot the pattern writes out matches one.
  const dotNamed = /(^|\/)\./.test(pattern)
  return found
    .filter((path) => dotNamed || !/(^|\/)\./.test(path))
    .filter(
      (path) =>
        !pattern.endsWith('*') || options.extensions.some((extension) => path.endsWith(extension)),
    )
    .map((path) => ({ path: join(base, path), relativePath: path.split('/').join(sep) }))
    .sort((a, b) => byPath(a.path, b.path))
}

/**
 * The folder an argument reads from, where its config is looked for: a
 * folder itself, a glob's base (`archive` for `archive/**\/*.txt`), a file's
 * folder; the current folder for standard input.
 */
export function folderOf(arg: string): string {
  if (arg === '-') return '.'
  if (isFolder(arg)) return arg
  const parts = arg.split('/')
  const firstGlob = parts.findIndex((part) => globChars.test(part))
  if (firstGlob >= 0 && !existsSync(arg)) return parts.slice(0, firstGlob).join('/') || '.'
  return dirname(arg)
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

export interface IgnoreOptions {
  /** The current folder: `.newsparseignore` is looked for here, and patterns are relative to it. */
  root: string
  /** `--ignore-path`: the ignore file to read instead of `.newsparseignore`. */
  ignorePath?: string | undefined
  /** `--ignore-pattern` and the config file's `ignorePatterns`, gitignore syntax. */
  patterns: string[]
}

/** gitignore rules over paths relative to `folder`; a path outside it is never ignored. */
export function ignoreRules(
  folder: string,
  patterns: string | string[],
): (path: string) => boolean {
  const rules = ignore().add(patterns)
  return (path) => {
    const inside = relative(folder, resolve(path))
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return false
    return rules.ignores(inside.split(sep).join('/'))
  }
}

/**
 * A test for paths that folders and globs should skip, in gitignore syntax
 * (`drafts/`, `*.draft.txt`, `!keep.txt`) as ESLint and textlint read
 * theirs: the lines of `.newsparseignore` in `root` (or of the
 * `--ignore-path` file), relative to that file's folder, and the extra
 * patterns, relative to `root`. Throws a `UsageError` when a named ignore
 * file cannot be read.
 */
export function ignoreFilter(options: IgnoreOptions): (path: string) => boolean {
  const file = options.ignorePath ?? join(options.root, '.newsparseignore')
  let lines = ''
  try {
    lines = readFileSync(file, 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    if (options.ignorePath !== undefined || !missing)
      throw new UsageError(`Cannot read the ignore file \`${file}\`: ${(error as Error).message}`)
  }
  const fromFile = ignoreRules(dirname(resolve(file)), lines)
  const fromPatterns = ignoreRules(options.root, options.patterns)
  return (path) => fromFile(path) || fromPatterns(path)
}

/** Is `path` inside `folder` (after resolving `..` and the like)? */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}
