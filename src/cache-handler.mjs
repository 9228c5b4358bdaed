// Next.js's cache (pages rendered on demand, unstable_cache data) in a bounded in-memory LRU, replacing the
// default file-system cache whose entries are never evicted: filtered directory views are keyed by the
// search text, so their number has no bound (docs/decisions/0010-cached-list-views.md).
// With REDIS_URL, every instance shares one cache in Redis instead (docs/DEPLOYMENT.md, "Shared cache"):
// Redis alone, with no local LRU in front of it, or an instance would keep serving an entry another instance
// expired. When Redis cannot be reached at start, the instance logs it and keeps its own LRU.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'
import { rootLogger } from './lib/log/logger.mjs'
import { countCacheRead } from './lib/metrics/metrics.mjs'
import { stampCachedPage } from './csp/stamp-page.mjs'

const maxItems = Number(process.env.CACHE_MAX_ITEMS || 5000)
const log = rootLogger().child({ component: 'cache' })
const CONNECT_TIMEOUT_MS = 3_000

const redactedUrl = (url) => url.replace(/\/\/([^@/]*)@/, '//***@')

async function redisHandler(url, buildId) {
  let lastError = 0
  const client = createClient({
    url,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000),
    },
  })
  let connected = false
  // Errors also arrive on every reconnection attempt: one line a minute is enough. Before the first
  // connection, the fallback message below says it all.
  client.on('error', (e) => {
    if (!connected || Date.now() - lastError < 60_000) return
    lastError = Date.now()
    log.warn(`Redis ${redactedUrl(url)}: ${e.message || e.name}; cache reads miss until it is back.`)
  })
  let timer
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer in ${CONNECT_TIMEOUT_MS} ms`)),
          CONNECT_TIMEOUT_MS,
        )
      }),
    ])
  } catch (e) {
    client.destroy()
    log.warn(
      `Redis ${redactedUrl(url)} is unreachable (${e.message}): this instance uses its own in-memory ` +
        'cache, not shared with other instances. Restart it once Redis is back.',
    )
    return null
  } finally {
    clearTimeout(timer)
  }
  connected = true
  log.info(`Shared Next.js cache on Redis ${redactedUrl(url)}.`)
  // One namespace per build: a new release never reads pages rendered by the previous one.
  return createRedisHandler({ client, keyPrefix: `lc:${buildId ?? 'dev'}:`, timeoutMs: 1_000 })
}

CacheHandler.onCreation(async ({ buildId }) => {
  const redis = process.env.REDIS_URL ? await redisHandler(process.env.REDIS_URL, buildId) : null
  return {
    handlers: [redis ?? createLruHandler({ maxItemsNumber: maxItems, maxItemSizeBytes: 5 * 1024 * 1024 })],
  }
})

// The tags a route handler's response was cached with (those of the cached queries it ran). The library reads a
// page's tags from its headers but a route's only from the context, where Next.js 16 does not put them: without
// this, a revalidateTag would never expire a cached /api/v1 or /data response.
function routeTags(value) {
  const header = value.headers?.['x-next-cache-tags']
  return Array.isArray(header) ? header : typeof header === 'string' ? header.split(',') : []
}

// Every page written to the cache gets its own script nonce and the matching Content-Security-Policy header
// (src/csp/stamp-page.mjs, docs/decisions/0013-content-security-policy.md). A route handler's answer of 5xx (the
// JSON API's 503 while the database is away) is never stored: it would outlive the outage. The request that got
// it is answered with it; a stale entry keeps serving (decision 0012).
// Reads are counted as hits or misses for the metrics (src/lib/metrics/metrics.mjs).
class NoncedCacheHandler extends CacheHandler {
  async get(cacheKey, ctx) {
    const value = await super.get(cacheKey, ctx)
    countCacheRead({ kind: ctx?.kind, hit: value !== null })
    return value
  }

  async set(cacheKey, incrementalCacheValue, ctx) {
    if (incrementalCacheValue?.kind === 'APP_ROUTE') {
      if (incrementalCacheValue.status >= 500) return
      return super.set(cacheKey, incrementalCacheValue, { ...ctx, tags: routeTags(incrementalCacheValue) })
    }
    const unstamped = stampCachedPage(incrementalCacheValue)
    if (unstamped.length > 0) {
      log.warn(
        { key: cacheKey, scripts: unstamped },
        'Scripts Next.js did not render itself were left without a nonce: the browser will not run them.',
      )
    }
    return super.set(cacheKey, incrementalCacheValue, ctx)
  }
}

export default NoncedCacheHandler
