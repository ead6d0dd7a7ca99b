import { describe, expect, it } from 'vitest'
import { decode } from '../src/read/decode.js'
import { InputError } from '../src/read/input-error.js'

const bytes = (...values: number[]) => Uint8Array.from(values)

describe('decode', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9))).toEqual({
      text: 'café',
      encoding: 'utf-8',
      notes: [],
    })
  })

  it('reads UTF-16 in both byte orders by their marks', () => {
    expect(decode(bytes(0xff, 0xfe, 0x41, 0x00, 0x14, 0x20)).text).toBe('A—')
    expect(decode(bytes(0xfe, 0xff, 0x00, 0x41, 0x20, 0x14)).text).toBe('A—')
  })

  it('reads invalid UTF-8 as Windows-1252, with a note', () => {
    // “café” — as written by a Windows editor: 0x93 caf 0xE9 0x94 0x97
    const decoded = decode(bytes(0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x97))
    expect(decoded.text).toBe('“café” —')
    expect(decoded.encoding).toBe('windows-1252')
    expect(decoded.notes.map((note) => note.ruleId)).toEqual(['encoding-fallback'])
  })

  it('refuses bytes with a NUL outside UTF-16', () => {
    expect(() => decode(bytes(0x41, 0x00, 0x42))).toThrow(InputError)
  })
})
