import { windows1252High } from '../data/windows-1252.js'
import type { Encoding } from '../types.js'
import { InputError } from './input-error.js'

export interface Decoded {
  text: string
  encoding: Encoding
  /** Info-level notes on how the bytes were read. */
  notes: { reason: string; ruleId: string }[]
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Bytes to text. A byte-order mark picks UTF-8 or UTF-16 and is dropped; bytes
 * that are not valid UTF-8 are read as Windows-1252 (a superset of Latin-1's
 * printable range), with a note; a NUL byte outside UTF-16 means a binary file.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3))
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', notes: [] }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', notes: [] }
  }
  if (bytes.includes(0)) {
    throw new InputError('Unexpected binary content (a NUL byte): expected text', 'input-binary')
  }
  return decodeUtf8(bytes)
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', notes: [] }
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      notes: [
        {
          reason: 'Unexpected bytes that are not UTF-8: decoded as Windows-1252',
          ruleId: 'encoding-fallback',
        },
      ],
    }
  }
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes)
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  const chunk: number[] = []
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte < 0xa0 ? (windows1252High[byte - 0x80] ?? byte) : byte)
    if (chunk.length === 8192) {
      text += String.fromCharCode(...chunk)
      chunk.length = 0
    }
  }
  return text + String.fromCharCode(...chunk)
}
