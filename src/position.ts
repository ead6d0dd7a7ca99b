import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { Point, Position } from './types.js'

type Locator = ReturnType<typeof location>

const locators = new WeakMap<VFile, Locator>()

function locatorOf(file: VFile): Locator {
  let locator = locators.get(file)
  if (!locator) {
    locator = location(file)
    locators.set(file, locator)
  }
  return locator
}

function pointAt(locator: Locator, offset: number): Point {
  const point = locator.toPoint(offset)
  if (!point || point.offset === undefined) {
    throw new RangeError(`Cannot locate offset ${offset}`)
  }
  return { line: point.line, column: point.column, offset: point.offset }
}

/** The unist position of `[start, end)` in the file's text. */
export function positionOf(file: VFile, start: number, end: number): Position {
  const locator = locatorOf(file)
  return { start: pointAt(locator, start), end: pointAt(locator, end) }
}
