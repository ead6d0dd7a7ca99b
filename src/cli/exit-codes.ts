/** Exit codes, as documented in the README. */
export const exitCodes = {
  /** Every input was annotated. */
  ok: 0,
  /** Some input could not be annotated (binary, too large, a crash in one file). */
  failed: 1,
  /** Usage or I/O error: bad options, a missing or unreadable input. */
  fatal: 2,
} as const

/** Problems with reaching an input, as opposed to its content. */
export const ioRuleIds: ReadonlySet<string> = new Set([
  'input-missing',
  'input-unreadable',
  'input-folder',
])
