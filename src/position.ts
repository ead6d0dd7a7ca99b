import type { VFile } from 'vfile'
import type { Point, Position } from './types.js'

/**
 * Offsets to line and column, as vfile-location counts them (`\n`, `\r\n` or
 * a lone `\r` ends a line), built once per file. Plugins ask for positions
 * mostly in text order, so the look-up starts from the line it found last.
 */
class Locator {
  /**
   * The offset after each line's break: where line `index + 2` starts; the
   * last line ends past the text. A typed array, counted first: a million
   * lines are then one block of memory that the collector need not scan.
   */
  private readonly lineEnds: Float64Array
  private last = 0

  constructor(private readonly text: string) {
    this.lineEnds = new Float64Array(breaksIn(text) + 1)
    let line = 0
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 10) this.lineEnds[line++] = index + 1
      else if (code === 13) {
        if (text.charCodeAt(index + 1) === 10) index++
        this.lineEnds[line++] = index + 1
      }
    }
    this.lineEnds[line] = Number.POSITIVE_INFINITY
  }

  /** The 0-based line holding `offset`: the first whose end is after it. */
  private lineOf(offset: number): number {
    const ends = this.lineEnds
    const last = this.last
    // The same line as last time, or the next one: no search.
    if (offset < (ends[last] ?? 0) && (last === 0 || offset >= (ends[last - 1] ?? 0))) return last
    let low = offset >= (ends[last] ?? 0) ? last + 1 : 0
    let high = offset >= (ends[last] ?? 0) ? ends.length - 1 : last
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((ends[middle] ?? 0) > offset) high = middle
      else low = middle + 1
    }
    this.last = low
    return low
  }

  pointAt(offset: number): Point {
    if (!(offset >= 0 && offset <= this.text.length)) {
      throw new RangeError(`Cannot locate offset ${offset}`)
    }
    const line = this.lineOf(offset)
    return {
      line: line + 1,
      column: offset - (line > 0 ? (this.lineEnds[line - 1] ?? 0) : 0) + 1,
      offset,
    }
  }
}

/** How many line breaks the text holds (`\r\n` is one). */
function breaksIn(text: string): number {
  let breaks = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) breaks++
  }
  return breaks
}

const locators = new WeakMap<VFile, Locator>()

function locatorOf(file: VFile): Locator {
  let locator = locators.get(file)
  if (!locator) {
    locator = new Locator(String(file))
    locators.set(file, locator)
  }
  return locator
}

/** The unist position of `[start, end)` in the file's text. */
export function positionOf(file: VFile, start: number, end: number): Position {
  const locator = locatorOf(file)
  return { start: locator.pointAt(start), end: locator.pointAt(end) }
}
