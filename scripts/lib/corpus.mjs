// Reading real articles from ../shared/corpora in place (never copied here).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotateFile, fileFromBytes } from '../../dist/index.js'

export const corpora = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora')

/** Every `.txt` file below `folder`, sorted. */
export function textFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** The decoded text and the record of one file. */
export function annotatePath(path) {
  const file = fileFromBytes(readFileSync(path), path)
  return { text: String(file.value), record: annotateFile(file) }
}

/** `0.953` */
export function ratio(numerator, denominator) {
  return denominator === 0 ? 'n/a' : (numerator / denominator).toFixed(3)
}

/** Precision, recall and F1 as one line. */
export function prf(label, truePositives, predicted, gold) {
  const precision = predicted === 0 ? 0 : truePositives / predicted
  const recall = gold === 0 ? 0 : truePositives / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return `${label.padEnd(34)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${truePositives} of ${predicted} predicted, ${gold} gold)`
}
