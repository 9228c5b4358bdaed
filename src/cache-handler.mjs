// Next.js's cache (pages rendered on demand, unstable_cache data) in a bounded in-memory LRU, replacing the
// default file-system cache whose entries are never evicted: filtered directory views are keyed by the
// search text, so their number has no bound (docs/decisions/0010-cached-list-views.md).
// Several instances (issue: scale-out) share one Redis instead, when REDIS_URL is set.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'

const maxItems = Number(process.env.CACHE_MAX_ITEMS || 5000)

CacheHandler.onCreation(() => ({
  handlers: [createLruHandler({ maxItemsNumber: maxItems, maxItemSizeBytes: 5 * 1024 * 1024 })],
}))

export default CacheHandler
