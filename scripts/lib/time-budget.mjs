// The time limit of a Playwright stage, computed from its number of tests rather than fixed: what the stage takes on
// two quiet cores (docs/PERFORMANCE.md, "Test stages"), times TEST_SLOWDOWN (a machine at half speed), times 2 for
// margin. A fixed limit failed CI on a busy machine, and would fail again as the suites grow.
import { spawnSync } from 'node:child_process'
import { testSlowdown } from '../../tests/e2e/helpers/e2e-env.mjs'

/** Quiet-run seconds: once per stage (server start, global set-up with its build) and per test, on average. */
export const QUIET_SECONDS = {
  e2e: { setup: 30, perTest: 3 },
  cluster: { setup: 240, perTest: 15 },
  reliability: { setup: 15, perTest: 8 },
}

const MARGIN = 2

/** The number of tests `playwright test <args>` would run (its --list). */
export function countPlaywrightTests(args = [], env = {}) {
  const listed = spawnSync(
    process.execPath,
    ['node_modules/@playwright/test/cli.js', 'test', ...args, '--list', '--reporter=json'],
    { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
  )
  if (listed.status !== 0) throw new Error(`playwright --list failed:\n${listed.stderr}`)
  let count = 0
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) count += spec.tests.length
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of JSON.parse(listed.stdout).suites ?? []) walk(suite)
  return count
}

/** The whole stage's limit in ms for `count` tests of a stage named in QUIET_SECONDS. */
export function stageBudgetMs(stage, count) {
  const { setup, perTest } = QUIET_SECONDS[stage]
  return Math.round((setup + perTest * count) * testSlowdown * MARGIN * 1000)
}
