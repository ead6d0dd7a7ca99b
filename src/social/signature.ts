import type { Platform } from '../types.js'
/** The part of a pasted post that says who posted it and when. */
export interface Signature {
  platform: Platform
  /** `[start, end)`: the signature as written, dash included. */
  start: number
  end: number
  name: string | null
  handle: string | null
  /** The date as written, or null. */
  date: string | null
  /** The post's words, where the signature holds them (TikTok's caption); else they come before it. */
  words?: [number, number]
}
