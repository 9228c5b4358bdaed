// End-to-end tests run against their own production build (.next-e2e) and database (data/e2e.db, or
// PostgreSQL for the e2e-postgres stage),
// both prepared by `npm test` (scripts/test.mjs); `npm run test:e2e` reuses what it last prepared.
import { defineConfig } from '@playwright/test'
import {
  budget,
  chromiumArgs,
  testBrowserPath,
  checkE2eDatabase,
  e2eBaseUrl,
  e2eMetricsPort,
  e2ePort,
  e2eServerEnv,
  e2eServerLogFile,
} from './tests/e2e/helpers/e2e-env.mjs'

checkE2eDatabase()

const smoke = '**/smoke.spec.ts'
// Requests only, no page: once is enough (in the js project).
const browserless = '**/operations.spec.ts'
const smokeProjects = ['smoke-js', 'smoke-no-js']

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Each lane of the e2e stage its own (scripts/lib/e2e-lanes.mjs): Playwright empties it when it starts.
  outputDir: process.env.E2E_OUTPUT_DIR || 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Limits sized for a machine at half speed (budget(), tests/e2e/helpers/e2e-env.mjs). The whole run's limit comes
  // from `npm test`, which computes it from the number of tests (scripts/lib/time-budget.mjs); none when run by hand.
  timeout: budget(30_000),
  expect: { timeout: budget(5_000) },
  globalTimeout: Number(process.env.PLAYWRIGHT_GLOBAL_TIMEOUT_MS) || 0,
  reporter: [['list']],
  use: {
    baseURL: e2eBaseUrl,
    browserName: 'chromium',
    // A trace costs ~15% of the run's time; CI's machine is thrown away with it, so CI records none (its
    // failures print the step and the error). By hand a failing test leaves one in test-results/.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    launchOptions: { executablePath: testBrowserPath() ?? undefined, args: chromiumArgs },
  },
  // The smoke test runs first: it compares the cached home page with the database, which later tests
  // change. A failing smoke skips the rest.
  projects: [
    { name: 'smoke-js', testMatch: smoke, use: { javaScriptEnabled: true } },
    { name: 'smoke-no-js', testMatch: smoke, use: { javaScriptEnabled: false } },
    { name: 'js', testIgnore: smoke, dependencies: smokeProjects, use: { javaScriptEnabled: true } },
    {
      name: 'no-js',
      testIgnore: [smoke, browserless],
      dependencies: smokeProjects,
      use: { javaScriptEnabled: false },
    },
  ],
  webServer: {
    // No -H 127.0.0.1: it makes Next.js treat the proxy's rewrites as external (decision 0010).
    // Its output goes to a file that `npm test` greps for secrets afterwards (scripts/lib/check-server-log.mjs).
    command: `mkdir -p "$(dirname "$E2E_SERVER_LOG")" && exec node scripts/server.mjs -p ${e2ePort} > "$E2E_SERVER_LOG" 2>&1`,
    url: e2eBaseUrl,
    // With its metrics on a port of their own (tests/e2e/operations.spec.ts).
    env: { ...e2eServerEnv(), METRICS_PORT: String(e2eMetricsPort), E2E_SERVER_LOG: e2eServerLogFile() },
    reuseExistingServer: false,
    timeout: budget(60_000),
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
