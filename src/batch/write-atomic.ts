import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Temporary files being written, to remove if the batch is interrupted. */
const inFlight = new Set<string>()

/** Folders made already, so that a batch asks for each only once. */
const made = new Set<string>()

/** Write `data` to `path` whole or not at all: a temporary file beside it, then a rename. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const folder = dirname(path)
  if (!made.has(folder)) {
    await makeFolders(folder)
    made.add(folder)
  }
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  inFlight.add(temporary)
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  } finally {
    inFlight.delete(temporary)
  }
}

/**
 * `mkdir -p`, one folder at a time: Node's own recursive `mkdir` never
 * returns for a folder it cannot make under `/proc` (`-o /proc/x`).
 */
async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = []
  for (let path = folder; !(await isThere(path)); path = dirname(path)) {
    missing.push(path)
    if (dirname(path) === path) break
  }
  for (const path of missing.reverse()) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}

async function isThere(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** Remove every temporary file still being written (on Ctrl-C). */
export async function removeTemporaryFiles(): Promise<void> {
  await Promise.all([...inFlight].map((path) => rm(path, { force: true })))
}
