// The reliability suite (tests/reliability/*.spec.ts): a production build under concurrent submissions, killed
// mid-burst, and sent malformed requests, on SQLite and PostgreSQL. Run by `npm test` after the e2e stage,
// against the e2e build (.next-e2e or E2E_DIST_DIR) with databases of its own; no browser.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/reliability',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 180_000,
  globalTimeout: 10 * 60_000,
  reporter: [['list']],
})
