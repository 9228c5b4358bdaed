// The scale-out set-up under test (tests/cluster/*.spec.ts): global-setup.ts starts a throwaway PostgreSQL
// cluster (migrated, seeded), builds against it into .next-cluster, and starts Redis, two `next start`
// instances and nginx in front; `npm test` runs it as its `cluster` stage, `npm run test:cluster` alone.
// One worker: outage.spec.ts stops the database for a while (and always starts it again).
import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/helpers/e2e-env.mjs'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/cluster',
  globalSetup: './global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  // The set-up's seed and build take most of it (2-3 minutes on two idle cores; far more on a busy machine).
  globalTimeout: 30 * 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath() ?? undefined, args: chromiumArgs },
  },
})
