import next from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const prismaOnlyInServer = {
  paths: [
    {
      name: '@prisma/client',
      message: 'The database is reached only from src/server (docs/ARCHITECTURE.md).',
    },
  ],
  patterns: [
    {
      group: ['**/server/generated/**', '@prisma/adapter-*', 'better-sqlite3', 'pg'],
      message: 'The database is reached only from src/server (docs/ARCHITECTURE.md).',
    },
  ],
}

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      '.next*/**',
      'node_modules/**',
      'src/server/generated/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'data/**',
      'bench/results/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**'],
    rules: { 'no-restricted-imports': ['error', prismaOnlyInServer] },
  },
  {
    // Routes and components are thin: they call src/server functions, never the database client.
    files: ['src/app/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...prismaOnlyInServer,
          paths: [
            ...prismaOnlyInServer.paths,
            {
              name: '@/server/db',
              message: 'Routes and components call domain functions in src/server/<domain>/, not the client.',
            },
          ],
        },
      ],
    },
  },
]

export default config
