// Two `next start` instances sharing one Redis (tests/cluster/*.spec.ts): run by `npm test` after the e2e
// stage, against the e2e build and database it prepared; `npm run test:cluster` reuses what it last prepared.
import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/helpers/e2e-env.mjs'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/cluster',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  globalTimeout: 5 * 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath() ?? undefined, args: chromiumArgs },
  },
})
