// Stands in for next/cache outside a Next.js server: caching is a pass-through, expiry is recorded
// so a test can assert that a mutation expires the right tags.

/** Tags expired since the last resetExpiredTags(), in call order. */
export const expiredTags: string[] = []

export function resetExpiredTags() {
  expiredTags.length = 0
}

/** The tags of every cached query read (a call of what unstable_cache made), in call order: a route's test asserts them. */
export const cachedTags: string[][] = []

export function unstable_cache<T extends (...args: never[]) => unknown>(
  fn: T,
  _keyParts?: string[],
  options?: { tags?: string[] },
): T {
  return ((...args: Parameters<T>) => {
    cachedTags.push(options?.tags ?? [])
    return fn(...args)
  }) as T
}

export function revalidateTag(tag: string, _profile?: unknown) {
  expiredTags.push(tag)
}

export function updateTag(tag: string) {
  expiredTags.push(tag)
}

export function revalidatePath(_path: string, _type?: 'page' | 'layout') {}

export function refresh() {}

export function cacheTag(..._tags: string[]) {}

export function cacheLife(_profile: unknown) {}
