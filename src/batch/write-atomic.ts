import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Temporary files being written, to remove if the batch is interrupted. */
const inFlight = new Set<string>()

/** Folders made already, so that a batch asks for each only once. */
const made = new Set<string>()

/** Write `data` to `path` whole or not at all: a temporary file beside it, then a rename. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const folder = dirname(path)
  if (!made.has(folder)) {
    await mkdir(folder, { recursive: true })
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

/** Remove every temporary file still being written (on Ctrl-C). */
export async function removeTemporaryFiles(): Promise<void> {
  await Promise.all([...inFlight].map((path) => rm(path, { force: true })))
}
