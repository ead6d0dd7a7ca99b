import type { Io } from './io.js'

/** Write to stdout and, when the reader is slower than we are, wait for it: back-pressure. */
export async function writeOut(io: Io, chunk: string): Promise<void> {
  const ready = io.stdout.write(chunk)
  if (ready === false && io.stdout.once) {
    await new Promise<void>((resolve) => io.stdout.once?.('drain', () => resolve()))
  }
}
