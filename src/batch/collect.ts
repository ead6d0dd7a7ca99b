import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// V8 grows its old generation lazily: converting 40,000 articles in one
// process, resident memory climbs half as high again though nothing is kept.
// A full collection every `every` articles holds it flat, at no cost `npm run bench` can see.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Counts articles and collects garbage every `every` of them. */
export function periodicCollector(every = 1000): () => void {
  let count = 0
  return () => {
    count++
    if (count % every === 0) gc()
  }
}
