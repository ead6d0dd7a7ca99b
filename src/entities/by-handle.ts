import type { Entity } from '../types.js'

/** The entity a handle belongs to: `@SecBlinken` → Antony Blinken; or null. */
export function entityByHandle(entities: readonly Entity[], handle: string | null): Entity | null {
  return handle === null
    ? null
    : (entities.find((entity) => entity.handles.includes(handle)) ?? null)
}
