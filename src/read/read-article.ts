import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { VFile } from 'vfile'
import { decode } from './decode.js'
import { InputError } from './input-error.js'

export const defaultMaxBytes = 10 * 1024 * 1024

export interface ReadOptions {
  /** Refuse files larger than this many bytes (default 10 MB). */
  maxBytes?: number
}

/** A decoded article: the text in `value`, reading notes as info messages. */
/** The error for an article over `--max-bytes`, whatever it was read from. */
export function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError(
    `Cannot annotate a file of ${size} bytes: over the limit of ${maxBytes} (\`--max-bytes\`)`,
    'input-too-large',
  )
}

export function fileFromBytes(
  bytes: Uint8Array,
  path: string | null,
  options: ReadOptions = {},
): VFile {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  if (bytes.byteLength > maxBytes) {
    throw tooLarge(bytes.byteLength, maxBytes)
  }
  const decoded = decode(bytes)
  const file = new VFile(path === null ? { value: decoded.text } : { value: decoded.text, path })
  file.data.source = { path, bytes: bytes.byteLength, encoding: decoded.encoding }
  for (const note of decoded.notes) {
    file.info(note.reason, { ruleId: note.ruleId, source: 'newsparse' })
  }
  return file
}

/** Read one article from disk without modifying it. */
export async function readArticle(path: string, options: ReadOptions = {}): Promise<VFile> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(path, 'r')
    const stats = await handle.stat()
    if (stats.isDirectory()) {
      throw new InputError('Cannot read a folder as an article', 'input-folder')
    }
    if (stats.size > maxBytes) {
      throw tooLarge(stats.size, maxBytes)
    }
    const bytes = await handle.readFile()
    return fileFromBytes(bytes, path, options)
  } catch (error) {
    throw toInputError(error)
  } finally {
    await handle?.close()
  }
}

function toInputError(error: unknown): Error {
  if (error instanceof InputError) return error
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return new InputError('Cannot read: no such file', 'input-missing')
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputError('Cannot read: permission denied', 'input-unreadable')
  }
  if (code === 'EISDIR') return new InputError('Cannot read a folder as an article', 'input-folder')
  if (code === 'ELOOP' || code === 'EIO' || code === 'ENXIO') {
    return new InputError(
      `Cannot read: ${code === 'ELOOP' ? 'a loop of symbolic links' : 'the device refused'}`,
      'input-unreadable',
    )
  }
  return error instanceof Error ? error : new Error(String(error))
}

/**
 * `readArticle` without the event loop, for worker threads, where waiting on
 * the thread pool for each small file costs more than reading it.
 */
export function readArticleSync(path: string, options: ReadOptions = {}): VFile {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  let descriptor: number | undefined
  try {
    descriptor = openSync(path, 'r')
    const stats = fstatSync(descriptor)
    if (stats.isDirectory())
      throw new InputError('Cannot read a folder as an article', 'input-folder')
    if (stats.size > maxBytes) {
      throw tooLarge(stats.size, maxBytes)
    }
    return fileFromBytes(readFileSync(descriptor), path, options)
  } catch (error) {
    throw toInputError(error)
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}
