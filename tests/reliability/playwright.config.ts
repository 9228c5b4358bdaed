// The reliability suite (tests/reliability/*.spec.ts): a production build under concurrent submissions, killed
// mid-burst, and sent malformed requests, on SQLite and PostgreSQL. Run by `npm test` after the e2e stage,
// against the e2e build (.next-e2e or E2E_DIST_DIR) with databases of its own; no browser.
import { defineConfig } from '@playwright/test'
import { budget } from '../e2e/helpers/e2e-env.mjs'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/reliability',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: budget(180_000),
  // From the number of tests when `npm test` runs it (scripts/lib/time-budget.mjs).
  globalTimeout: Number(process.env.PLAYWRIGHT_GLOBAL_TIMEOUT_MS) || 0,
  reporter: [['list']],
})
