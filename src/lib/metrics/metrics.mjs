// The process's Prometheus metrics (prom-client), served by scripts/server.mjs on METRICS_PORT only
// (docs/DEPLOYMENT.md, "Health and metrics"). Plain JavaScript, like the logger, so that scripts/server.mjs,
// src/cache-handler.mjs (loaded outside the bundle) and the bundled server code record into one registry: it
// is kept on globalThis, and prom-client is in serverExternalPackages, so no bundle gets a copy of its own.
// Every label's values are bounded (a route pattern, a known method, a status code): an attacker choosing
// paths or methods cannot create new series.
import client from 'prom-client'

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const CACHE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'FETCH', 'PAGES', 'IMAGE', 'REDIRECT'])

function create() {
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry })
  const labelNames = ['route', 'method', 'status']
  const pools = new Set()
  // Labelled pool="app" so that without a pool (SQLite) they report nothing rather than a misleading 0.
  const poolGauge = (name, help, read, labelNames = []) =>
    new client.Gauge({
      name,
      help,
      registers: [registry],
      labelNames: ['pool', ...labelNames],
      collect() {
        this.reset()
        for (const pool of pools) read(this, pool)
      },
    })
  return {
    registry,
    pools,
    requests: new client.Counter({
      name: 'leadership_http_requests_total',
      help: 'HTTP requests answered, by route pattern, method and status',
      labelNames,
      registers: [registry],
    }),
    duration: new client.Histogram({
      name: 'leadership_http_request_duration_seconds',
      help: 'Time from a request arriving to its response ending, by route pattern, method and status',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    cache: new client.Counter({
      name: 'leadership_next_cache_reads_total',
      help: "Reads of Next.js's cache handler (pages, route responses, data), by kind and hit or miss",
      labelNames: ['kind', 'result'],
      registers: [registry],
    }),
    emails: new client.Counter({
      name: 'leadership_emails_total',
      help: 'Emails handed to SMTP (sent or failed) or kept in the outbox (demo mode)',
      labelNames: ['transport', 'result'],
      registers: [registry],
    }),
    poolConnections: poolGauge(
      'leadership_db_pool_connections',
      'PostgreSQL connections held by the app pool, by state (SQLite: one connection, not reported)',
      (g, p) => {
        g.inc({ pool: 'app', state: 'total' }, p.totalCount)
        g.inc({ pool: 'app', state: 'idle' }, p.idleCount)
      },
      ['state'],
    ),
    poolWaiting: poolGauge(
      'leadership_db_pool_waiting_queries',
      'Queries waiting for a PostgreSQL connection from the app pool',
      (g, p) => g.inc({ pool: 'app' }, p.waitingCount),
    ),
    poolMax: poolGauge(
      'leadership_db_pool_max_connections',
      'The app pool size (DATABASE_POOL_SIZE)',
      (g, p) => g.inc({ pool: 'app' }, p.options?.max ?? 0),
    ),
  }
}

const state = (globalThis[Symbol.for('leadership-campaigns.metrics')] ??= create())

/** The registry scripts/server.mjs serves on the metrics port. */
export function metricsRegistry() {
  return state.registry
}

/** One answered request. `route` must already be a bounded pattern (scripts/lib/route-label.mjs). */
export function observeRequest({ route, method, status, seconds }) {
  const labels = {
    route,
    method: METHODS.has(method) ? method : 'other',
    status: Number.isInteger(status) && status >= 100 && status < 600 ? String(status) : 'other',
  }
  state.requests.inc(labels)
  state.duration.observe(labels, seconds)
}

/** One read of the Next.js cache handler; `kind` is Next.js's (APP_PAGE, FETCH…). */
export function countCacheRead({ kind, hit }) {
  state.cache.inc({
    kind: CACHE_KINDS.has(kind) ? kind.toLowerCase() : 'other',
    result: hit ? 'hit' : 'miss',
  })
}

/** One email: `transport` smtp or outbox, `result` sent or failed. */
export function countEmail({ transport, result }) {
  state.emails.inc({ transport, result })
}

/** A node-postgres Pool whose counts are reported at every scrape. */
export function observePool(pool) {
  state.pools.add(pool)
}
