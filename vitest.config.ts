import path from 'node:path'
import { defineConfig } from 'vitest/config'
import { budget } from './tests/e2e/helpers/e2e-env.mjs'

const root = import.meta.dirname

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
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/integration-database.ts'],
          setupFiles: ['tests/setup/integration-env.ts'],
          // One database for the run, so one file at a time.
          pool: 'forks',
          fileParallelism: false,
          maxWorkers: 1,
          // Sized for a machine at half speed (tests/e2e/helpers/e2e-env.mjs).
          testTimeout: budget(30_000),
          hookTimeout: budget(120_000),
        },
      },
    ],
  },
})
