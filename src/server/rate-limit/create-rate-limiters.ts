import 'server-only'
import pg from 'pg'
import { createClient } from 'redis'
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import { logger } from '@/server/log'

// Every limit the site applies, in one place.
export const RATE_LIMITS = {
  'pledge-submit:ip': { points: 20, duration: 60 * 60 },
  'pledge-submit:email': { points: 5, duration: 60 * 60 },
  'pledge-resend:ip': { points: 20, duration: 60 * 60 },
  'pledge-upload:ip': { points: 10, duration: 60 * 60 },
  'pledge-resend:email': { points: 3, duration: 60 * 60 },
  'places-search:ip': { points: 120, duration: 60 },
  'password-reset:ip': { points: 10, duration: 60 * 60 },
  'password-reset:email': { points: 3, duration: 60 * 60 },
  'sign-in-link:ip': { points: 20, duration: 60 * 60 },
  'sign-in-link:email': { points: 5, duration: 60 * 60 },
  // Network event registrations (issue 17): per client, and per address typed (each one emails it).
  'event-register:ip': { points: 30, duration: 60 * 60 },
  'event-register:email': { points: 5, duration: 60 * 60 },
  // Residents asking their council to join (issue 18): per client, and per address typed (each one emails it).
  'ask-sign:ip': { points: 30, duration: 60 * 60 },
  'ask-sign:email': { points: 5, duration: 60 * 60 },
  // Following a place (decision 0023): per client, and per address typed (each request emails it).
  'follow:ip': { points: 30, duration: 60 * 60 },
  'follow:email': { points: 5, duration: 60 * 60 },
  // New assistance requests per official (experts on call): replies are not counted.
  'assistance-ask:user': { points: 5, duration: 60 * 60 },
  // Introduction requests per official (brokered introductions): each one emails another municipality.
  'introduction-request:user': { points: 5, duration: 24 * 60 * 60 },
  // Failed staff sign-ins (src/server/auth/verify-staff-credentials.ts): one client, any addresses
  // (password spraying); one account from one client (that client's lock); one account from everywhere.
  'sign-in:ip': { points: 20, duration: 15 * 60 },
  'sign-in:account-ip': { points: 5, duration: 15 * 60 },
  'sign-in:account': { points: 50, duration: 60 * 60 },
} as const

export type RateLimitName = keyof typeof RATE_LIMITS
export type RateLimitStore = 'redis' | 'postgres' | 'memory'

export type RateLimiters = {
  store: RateLimitStore
  /** Counts one attempt; false once the limit is spent. Never throws for a store outage. */
  consume(name: RateLimitName, key: string): Promise<boolean>
  /** Whether the limit is spent, without counting an attempt. Never throws for a store outage. */
  isSpent(name: RateLimitName, key: string): Promise<boolean>
  /** Forgets the attempts counted for a key (a success after failures). */
  reset(name: RateLimitName, key: string): Promise<void>
  close(): Promise<void>
}

// Outside the Prisma schema on purpose: see docs/DEPLOYMENT.md ("Rate limits").
export const RATE_LIMIT_TABLE = 'rate_limits'
const WARN_EVERY_MS = 60_000
const CONNECT_TIMEOUT_MS = 2_000

type Options = {
  /** redis:// URL: counts in Redis, shared by every instance. */
  redisUrl?: string
  /** postgres:// URL, used when there is no Redis; a file: URL means one process, so memory. */
  databaseUrl?: string
  /** Points instead of RATE_LIMITS' for some limits (from the environment: SIGN_IN_LINKS_PER_IP_PER_HOUR). */
  points?: Partial<Record<RateLimitName, number>>
  warn?: (message: string) => void
}

type Limit = { points: number; duration: number }

/**
 * The site's rate limiters on a store every instance shares: Redis when configured, else PostgreSQL,
 * else memory (SQLite runs as one process). When the shared store fails, each instance falls back to its
 * own in-memory counts and logs one warning a minute: a visitor never gets a 500 for a store outage.
 */
export function createRateLimiters({
  redisUrl,
  databaseUrl,
  points,
  warn = (m) => logger('rate-limit').warn(m),
}: Options): RateLimiters {
  const limitOf = (name: RateLimitName): Limit => ({
    ...RATE_LIMITS[name],
    points: points?.[name] ?? RATE_LIMITS[name].points,
  })
  let lastWarning = 0
  const warnOnce = (what: string, e: unknown) => {
    const now = Date.now()
    if (now - lastWarning < WARN_EVERY_MS) return
    lastWarning = now
    const reason = e instanceof Error ? e.message || e.name : String(e)
    warn(
      `Rate limits: ${what} (${reason}); counting per instance until it is back. Next warning in a minute.`,
    )
  }

  const memory = new Map<RateLimitName, RateLimiterMemory>()
  const memoryLimiter = (name: RateLimitName) => {
    let l = memory.get(name)
    if (!l) memory.set(name, (l = new RateLimiterMemory({ keyPrefix: name, ...limitOf(name) })))
    return l
  }

  const shared = redisUrl
    ? redisStore(redisUrl, limitOf, (e) => warnOnce('Redis is unreachable', e))
    : databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)
      ? postgresStore(databaseUrl, limitOf, (e) => warnOnce('PostgreSQL is unreachable', e))
      : null

  async function attempt(limiter: Pick<RateLimiterAbstract, 'consume'>, key: string) {
    try {
      await limiter.consume(key)
      return true
    } catch (e) {
      if (e instanceof RateLimiterRes) return false
      throw e
    }
  }

  return {
    store: shared?.kind ?? 'memory',
    async consume(name, key) {
      if (shared) {
        try {
          return await attempt(await shared.limiter(name), key)
        } catch (e) {
          warnOnce(`the ${shared.kind} store failed`, e)
        }
      }
      return attempt(memoryLimiter(name), key)
    },
    async isSpent(name, key) {
      const spent = (res: RateLimiterRes | null) => (res?.consumedPoints ?? 0) >= limitOf(name).points
      if (shared) {
        try {
          return spent(await (await shared.limiter(name)).get(key))
        } catch (e) {
          warnOnce(`the ${shared.kind} store failed`, e)
        }
      }
      return spent(await memoryLimiter(name).get(key))
    },
    async reset(name, key) {
      await memoryLimiter(name).delete(key)
      if (!shared) return
      try {
        await (await shared.limiter(name)).delete(key)
      } catch (e) {
        warnOnce(`the ${shared.kind} store failed`, e)
      }
    },
    async close() {
      await shared?.close()
    },
  }
}

type SharedStore = {
  kind: 'redis' | 'postgres'
  limiter(name: RateLimitName): Promise<RateLimiterAbstract>
  close(): Promise<void>
}

function redisStore(
  url: string,
  limitOf: (name: RateLimitName) => Limit,
  onError: (e: unknown) => void,
): SharedStore {
  const client = createClient({
    url,
    // Commands sent while disconnected fail at once instead of queueing until Redis returns.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000),
    },
  })
  client.on('error', onError)
  const connected = client.connect().then(
    () => undefined,
    (e) => onError(e),
  )
  // The first counts wait for the first connection (at most the connect timeout), or every new instance
  // would count its first requests on its own; later, a lost connection fails at once.
  let firstConnection: Promise<unknown> | null = Promise.race([
    connected,
    new Promise((r) => setTimeout(r, CONNECT_TIMEOUT_MS).unref()),
  ]).finally(() => (firstConnection = null))
  const limiters = new Map<RateLimitName, RateLimiterRedis>()
  return {
    kind: 'redis',
    async limiter(name) {
      if (firstConnection) await firstConnection
      let l = limiters.get(name)
      if (!l) {
        l = new RateLimiterRedis({
          storeClient: client,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          keyPrefix: `rl:${name}`,
          ...limitOf(name),
        })
        limiters.set(name, l)
      }
      return l
    },
    async close() {
      if (client.isOpen) client.destroy()
    },
  }
}

function postgresStore(
  url: string,
  limitOf: (name: RateLimitName) => Limit,
  onError: (e: unknown) => void,
): SharedStore {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  })
  pool.on('error', onError)
  let table: Promise<void> | null = null
  // Created once per process, before the first count; instances racing to create it is harmless.
  const ensureTable = () =>
    (table ??= pool
      .query(
        `CREATE TABLE IF NOT EXISTS "${RATE_LIMIT_TABLE}" (key text PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
      )
      .then(
        () => undefined,
        (e: { code?: string }) => {
          if (e.code === '23505' || e.code === '42P07') return // another instance created it meanwhile
          table = null
          throw e
        },
      ))
  const limiters = new Map<RateLimitName, RateLimiterPostgres>()
  return {
    kind: 'postgres',
    async limiter(name) {
      await ensureTable()
      let l = limiters.get(name)
      if (!l) {
        l = new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: RATE_LIMIT_TABLE,
          tableCreated: true,
          keyPrefix: name,
          ...limitOf(name),
        })
        limiters.set(name, l)
      }
      return l
    },
    async close() {
      await pool.end()
    },
  }
}
