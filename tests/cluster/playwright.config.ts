// The scale-out set-up under test (tests/cluster/*.spec.ts): global-setup.ts starts a throwaway PostgreSQL
// cluster (migrated, seeded), builds against it into .next-cluster, and starts Redis, two `next start`
// instances and nginx in front; `npm test` runs it as its `cluster` stage, `npm run test:cluster` alone.
// One worker: outage.spec.ts stops the database for a while (and always starts it again).
import { defineConfig } from '@playwright/test'
import { budget, chromiumArgs, testBrowserPath } from '../e2e/helpers/e2e-env.mjs'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/cluster',
  globalSetup: './global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: budget(120_000),
  // The set-up's seed and build take most of it (2-3 minutes on two idle cores; far more on a busy machine):
  // `npm test` computes the limit from them and the number of tests (scripts/lib/time-budget.mjs).
  globalTimeout: Number(process.env.PLAYWRIGHT_GLOBAL_TIMEOUT_MS) || 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // A trace costs ~15% of the run's time; CI's machine is thrown away with it, so CI records none (its
    // failures print the step and the error). By hand a failing test leaves one in test-results/.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    launchOptions: { executablePath: testBrowserPath() ?? undefined, args: chromiumArgs },
  },
})
