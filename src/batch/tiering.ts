import { setFlagsFromString } from 'node:v8'

/**
 * V8 optimises a function once it has run a budget of bytecode, then often
 * throws the code away and optimises it again as new shapes of text arrive.
 * A larger budget waits for steadier type feedback: on the BBC corpus a
 * batch took 2.9 s of CPU instead of 3.35 s, and 2.28 s instead of 2.37 s of
 * wall time (the recompiling ran on the second core; `npm run bench`). The
 * output is the same; only when V8 compiles changes. Set in every process
 * that annotates — the CLI imports this module, its workers get the flag on
 * their command line — and never by the library.
 */
export const tieringFlag = '--interrupt-budget=300000'

setFlagsFromString(tieringFlag)
