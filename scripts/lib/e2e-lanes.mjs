// The e2e stage can run its specs in lanes side by side: servers of the same build, each with its own database (a
// fresh seed), ports, SMTP test server and Playwright process. One lane keeps ~1.6 cores busy (Chromium, the
// server, axe): on two cores two lanes took as long as one (stop 27: 834 s against 856 s), so scripts/test.mjs
// runs two only from four cores up (docs/PERFORMANCE.md, "Test stages").
import { readdirSync } from 'node:fs'
import path from 'node:path'

// Seconds each spec took on CI's machine, JavaScript on and off together (stop 26's run): only used to balance the
// lanes. A spec not listed yet counts as DEFAULT_SECONDS.
const MEASURED_SECONDS = {
  admin: 31,
  'admin-people': 39,
  'admin-resources': 15,
  asks: 16,
  assistance: 20,
  'auth-security': 21,
  campaigns: 21,
  content: 28,
  csp: 10,
  events: 22,
  follows: 36,
  groups: 28,
  home: 8,
  introductions: 18,
  journey: 8,
  members: 24,
  moderation: 30,
  'open-data': 9,
  operations: 2,
  partners: 9,
  peers: 8,
  pledge: 34,
  portal: 30,
  progress: 23,
  'report-prefill': 14,
  reports: 31,
  resources: 26,
  'site-search': 8,
  solutions: 17,
  'target-calculator': 20,
  xss: 22,
}
const DEFAULT_SECONDS = 20

// The smoke spec runs first in every lane (the other projects depend on it): it checks the lane's fresh database.
export const SMOKE_SPEC = 'tests/e2e/smoke.spec.ts'

/** Every spec file but the smoke spec, as paths from the project root. */
export function e2eSpecFiles(dir = 'tests/e2e') {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.spec.ts'))
    .map((f) => path.posix.join(dir, f))
    .filter((f) => f !== SMOKE_SPEC)
    .sort()
}

/**
 * Splits spec files into `count` lanes of about equal measured time (longest first, each to the lightest lane),
 * each lane's list sorted and starting with the smoke spec. Deterministic: the same files give the same lanes.
 */
export function splitIntoLanes(files, count) {
  const weight = (f) => MEASURED_SECONDS[path.basename(f, '.spec.ts')] ?? DEFAULT_SECONDS
  const lanes = Array.from({ length: count }, () => ({ seconds: 0, specs: [] }))
  const byWeight = [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))
  for (const file of byWeight) {
    const lightest = lanes.reduce((min, lane) => (lane.seconds < min.seconds ? lane : min))
    lightest.seconds += weight(file)
    lightest.specs.push(file)
  }
  return lanes.map((lane) => ({ seconds: lane.seconds, specs: [SMOKE_SPEC, ...lane.specs.sort()] }))
}

/**
 * What lane `index` (0-based) listens on and where it keeps its things. Lane 0 keeps the defaults of
 * tests/e2e/helpers/e2e-env.mjs (port 3917, SMTP 3918, metrics 3919, data/e2e.db); the next lanes sit 20 ports up
 * and use data/e2e-lane<N>.db.
 */
export function laneSettings(index, { databaseUrl, distDir }) {
  const port = 3917 + 20 * index
  const sqliteLaneUrl = index === 0 ? databaseUrl : databaseUrl.replace(/\.db$/, `-lane${index + 1}.db`)
  return {
    name: `lane ${index + 1}`,
    port,
    smtpPort: port + 1,
    metricsPort: port + 2,
    databaseUrl: databaseUrl.startsWith('file:') ? sqliteLaneUrl : databaseUrl,
    outputDir: path.posix.join('test-results', `e2e-lane-${index + 1}`),
    serverLog: path.posix.join(
      'test-results',
      `${path.basename(distDir).replace(/^\./, '')}${databaseUrl.startsWith('file:') ? '' : '-postgres'}-lane-${index + 1}-server.log`,
    ),
  }
}
