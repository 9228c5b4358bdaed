import path from 'node:path'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { budget } from './tests/e2e/helpers/e2e-env.mjs'
import { integrationGroups } from './tests/setup/integration-groups.ts'

const root = import.meta.dirname
const groups = integrationGroups(root)

function integrationProject(
  name: string,
  groupOrder: number,
  include: string[],
  options: NonNullable<TestProjectInlineConfiguration['test']>,
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include,
      environment: 'node',
      globalSetup: ['tests/setup/integration-database.ts'],
      setupFiles: ['tests/setup/integration-env.ts'],
      sequence: { groupOrder },
      // One database for the run, so one file at a time (and one project at a time: groupOrder).
      pool: 'forks',
      fileParallelism: false,
      maxWorkers: 1,
      // Sized for a machine at half speed (tests/e2e/helpers/e2e-env.mjs).
      testTimeout: budget(30_000),
      hookTimeout: budget(120_000),
      ...options,
    },
  }
}

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.join(root, 'src')}/` },
      // Outside Next.js these are stand-ins: server-only guards nothing, next/cache records expired tags.
      { find: /^server-only$/, replacement: path.join(root, 'tests/helpers/server-only.ts') },
      { find: /^next\/cache$/, replacement: path.join(root, 'tests/helpers/next-cache.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      // The integration tests, in three projects run one after the other (groupOrder) on one database (the global
      // setup creates it once for the three). One file at a time, as they share that database. Each file in a
      // fresh process re-imported the app (Prisma's client, zod, Next.js's modules): ~2 s a file, ~185 s of a 415 s
      // run on two cores. So the files that may share a process do (`isolate: false`: one worker, the app imported
      // once); tests/setup/integration-groups.ts sorts them by reading each file:
      //   integration-shared    no mocks, nothing process-wide changed;
      //   integration-session   tests/helpers/session's mock only, set before anything loads (integration-session.ts);
      //   integration-isolated  module mocks, environment, logger, metrics, working directory: a fresh process a
      //                         file, as before.
      // tests/setup/integration-env.ts starts every file as a fresh process would: rate limits forgotten, the
      // next/cache stand-in's records emptied, the environment put back after the file. Run them all with
      // `vitest run --project 'integration*'` (scripts/test.mjs does).
      integrationProject('integration-shared', 1, groups.shared, { isolate: false }),
      integrationProject('integration-session', 2, groups.session, {
        isolate: false,
        setupFiles: ['tests/setup/integration-env.ts', 'tests/setup/integration-session.ts'],
        // integration-env.ts first: it points the app at the run's database before the session helper loads it.
        sequence: { setupFiles: 'list', groupOrder: 2 },
      }),
      integrationProject('integration-isolated', 3, groups.isolated, { isolate: true }),
    ],
  },
})
