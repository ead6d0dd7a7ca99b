/** A file that cannot be annotated at all: missing, unreadable, binary or too large. */
export class InputError extends Error {
  readonly ruleId: string

  constructor(reason: string, ruleId: string) {
    super(reason)
    this.name = 'InputError'
    this.ruleId = ruleId
  }
}
