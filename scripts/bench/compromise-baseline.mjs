// The peer to beat: compromise alone over the same files (people, places,
// organisations and quotations; no speakers), on one core. Prints the count.
import { readFileSync } from 'node:fs'
import nlp from 'compromise'

let found = 0
for (const path of process.argv.slice(2)) {
  const doc = nlp(readFileSync(path, 'utf8'))
  found +=
    doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length
}
console.log(found)
