// Where the cluster that global-setup.ts starts can be reached, for the specs (environment set by the setup).
// Ports: nginx on CLUSTER_PORT (default 3921), instances A and B on the next two, Redis and PostgreSQL after.
export const basePort = Number(process.env.CLUSTER_PORT || 3921)
export const ports = {
  nginx: basePort,
  a: basePort + 1,
  b: basePort + 2,
  redis: basePort + 3,
  postgres: basePort + 4,
}
// `localhost` everywhere: one cookie jar for all three (cookies ignore the port), and no `-H` on the
// instances (decision 0010).
export const urls = {
  nginx: `http://localhost:${ports.nginx}`,
  a: `http://localhost:${ports.a}`,
  b: `http://localhost:${ports.b}`,
}
export const distDir = process.env.CLUSTER_DIST_DIR || '.next-cluster'
export const authSecret = 'cluster-test-secret-not-for-production-0123456789'

/** Set by global-setup.ts for the test workers. */
export function clusterRuntime() {
  const { CLUSTER_DATABASE_URL, CLUSTER_PG_DIR, CLUSTER_PG_OPTIONS, CLUSTER_LOG_DIR } = process.env
  if (!CLUSTER_DATABASE_URL || !CLUSTER_PG_DIR || !CLUSTER_PG_OPTIONS || !CLUSTER_LOG_DIR)
    throw new Error('The cluster is not up: run these specs with tests/cluster/playwright.config.ts')
  return {
    databaseUrl: CLUSTER_DATABASE_URL,
    pgDir: CLUSTER_PG_DIR,
    pgOptions: CLUSTER_PG_OPTIONS,
    logDir: CLUSTER_LOG_DIR,
  }
}
