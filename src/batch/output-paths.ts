import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { type Input, isInside } from './inputs.js'
import { exists, realPathOf } from './real-path.js'

export type Plan =
  | { targets: string[] }
  | { collision: { first: string; second: string; target: string } }

/**
 * Where each input's record goes under `--out-dir`, one distinct file each:
 *
 *     newsparse archive/ -o out              archive/a/x.txt → out/a/x.json
 *     newsparse dir --ext txt,md -o out      dir/x.txt → out/x.txt.json, dir/x.md → out/x.md.json
 *     newsparse a/x.txt b/x.txt -o out       a/x.txt → out/a/x.json, b/x.txt → out/b/x.json
 *     newsparse bbc/politics bbc/sport -o out  → out/politics/001.json, out/sport/001.json
 *
 * Records mirror each input's path under its folder or glob. When two would
 * land on the same file, every record keeps its input's ending
 * (`x.txt.json`); when that still collides, every record is written under
 * its argument's path (from the folder the arguments share). An input that
 * still collides is refused before anything is written.
 */
export function planOutputs(
  inputs: Input[],
  outDir: string,
  ending: string,
  stdinName: string,
): Plan {
  const shared = sharedFolder(inputs)
  const namings: Array<(input: Input) => string> = [
    (input) => withEnding(relativeOf(input, stdinName), ending, false),
    (input) => withEnding(relativeOf(input, stdinName), ending, true),
    (input) => withEnding(underArgument(input, shared, stdinName), ending, false),
    (input) => withEnding(underArgument(input, shared, stdinName), ending, true),
  ]
  // The first naming's collision is the one to tell: it names the files as the user knows them.
  let collision: { first: string; second: string; target: string } | null = null
  for (const name of namings) {
    const seen = new Map<string, string>()
    const targets: string[] = []
    let collided = false
    for (const input of inputs) {
      const target = resolve(join(outDir, name(input)))
      const first = seen.get(target)
      if (first !== undefined) {
        collision ??= { first, second: input.path, target }
        collided = true
        break
      }
      seen.set(target, input.path)
      targets.push(target)
    }
    if (!collided) return { targets }
  }
  return { collision: collision ?? { first: '', second: '', target: '' } }
}

function relativeOf(input: Input, stdinName: string): string {
  return input.path === '-' ? stdinName : input.relativePath
}

/** The folder every argument lies in: `bbc/politics` and `bbc/sport` → `bbc`. */
function sharedFolder(inputs: Input[]): string {
  const folders = inputs
    .filter((input) => input.path !== '-')
    .map((input) => dirname(resolve(input.argument)).split(sep))
  const [first = []] = folders
  let length = first.length
  for (const parts of folders) {
    let same = 0
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same++
    length = same
  }
  return first.slice(0, length).join(sep) || sep
}

/** `bbc/sport` + `001.txt` → `sport/001.txt`: the argument's path from the shared folder, then the file's. */
function underArgument(input: Input, shared: string, stdinName: string): string {
  if (input.path === '-') return stdinName
  const argument = relative(shared, resolve(input.argument))
  // A file argument is its own path; a folder's or glob's files go under the argument.
  return input.path === input.argument ? argument : join(argument, input.relativePath)
}

function withEnding(path: string, ending: string, keepOwn: boolean): string {
  const extension = extname(path)
  if (keepOwn || !extension) return path + ending
  return path.slice(0, -extension.length) + ending
}

/**
 * Is `target` inside `outDir` once symbolic links are followed? The deepest
 * folder of `target` that exists is resolved to its real path: a link inside
 * the output folder that points out of it (`out/sub → ../elsewhere`) is caught.
 */
export function isReallyInside(outDir: string, target: string): boolean {
  const realOut = realPathOf(outDir)
  let folder = dirname(target)
  while (!exists(folder) && dirname(folder) !== folder) folder = dirname(folder)
  const realFolder = realPathOf(folder)
  const realTarget = join(realFolder, target.slice(folder.length))
  return isInside(realOut, realTarget)
}
