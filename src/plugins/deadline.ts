import type { VFile } from 'vfile'
import type { ArticleTree } from '../data-map.js'
import { InputError } from '../read/input-error.js'

/**
 * Between two plugins: give up on the article once `file.data.deadline` (a
 * `performance.now()` time) has passed. This is how `--timeout` holds in the
 * newsparse process itself, where no worker can be stopped from outside: a
 * plugin that has started runs to its end (each is linear in the article's
 * length), and the next one does not start.
 */
export function deadline() {
  // A new plugin each call: unified runs a plugin used twice only once.
  return function checkDeadline() {
    return (_tree: ArticleTree, file: VFile): undefined => {
      const until = file.data.deadline
      if (until === undefined || performance.now() <= until.at) return
      throw new InputError(`Cannot annotate within ${until.seconds} s (\`--timeout\`)`, 'timeout')
    }
  }
}
