import { realpathSync } from 'node:fs'
import { resolve } from 'node:path'

/** The path with every link followed, or, when it does not exist (yet), the path resolved. */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

/** Does anything exist at `path`, link or not? */
export function exists(path: string): boolean {
  try {
    realpathSync(path)
    return true
  } catch {
    return false
  }
}
