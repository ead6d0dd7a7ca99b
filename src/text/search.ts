/**
 * The first index of `items` (sorted by `key`) whose key is not below
 * `value`, or `items.length`: a binary search, so that lookups over thousands
 * of annotations keep the annotators linear.
 */
export function lowerBound<T>(
  items: readonly T[],
  value: number,
  key: (item: T) => number,
): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const item = items[middle]
    if (item !== undefined && key(item) < value) low = middle + 1
    else high = middle
  }
  return low
}

/** The index of the last item whose key is at or before the integer `value`, or -1. */
export function lastAtOrBefore<T>(
  items: readonly T[],
  value: number,
  key: (item: T) => number,
): number {
  return lowerBound(items, value + 1, key) - 1
}
