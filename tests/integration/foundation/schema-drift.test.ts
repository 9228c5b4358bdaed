// The two Prisma schemas stay in step, and the migration history produces exactly schema.prisma.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, inject, test } from 'vitest'
import { openSchemaEngine } from '../../../scripts/lib/schema-engine.mjs'

const root = process.cwd()
const provider = inject('databaseProvider')
const url = inject('databaseUrl')
const tempDirs: string[] = []

function syncCheck(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'scripts/sync-schema.mjs'), '--check', ...args], {
    cwd: root,
    encoding: 'utf8',
  })
}

/** A copy of prisma/ in a temp project root, with `edit` applied to the named schema. */
function projectCopy(schemaProvider: 'sqlite' | 'postgres', edit: (schema: string) => string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-schema-'))
  tempDirs.push(dir)
  cpSync(path.join(root, 'prisma/sqlite'), path.join(dir, 'prisma/sqlite'), { recursive: true })
  cpSync(path.join(root, 'prisma/postgres'), path.join(dir, 'prisma/postgres'), { recursive: true })
  const file = path.join(dir, 'prisma', schemaProvider, 'schema.prisma')
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
  return dir
}

const addField = (schema: string) =>
  schema.replace(/model Campaign \{\n/, 'model Campaign {\n  colour String?\n')

// The engine's diff says so in a comment when there is nothing to do.
const withoutComments = (sql: string) => sql.replace(/^--.*$/gm, '').trim()

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('schema drift check', () => {
  test('passes on the project as committed', () => {
    const res = syncCheck()
    expect(res.stderr).toBe('')
    expect(res.status).toBe(0)
  })

  test('fails, naming the fix, when the SQLite schema changed without a sync', () => {
    const res = syncCheck('--root', projectCopy('sqlite', addField))
    expect(res.status).toBe(1)
    expect(res.stderr).toContain('npm run db:schema:sync')
  })

  test('passes on an unchanged copy, so the failure above is the edit', () => {
    expect(
      syncCheck(
        '--root',
        projectCopy('sqlite', (s) => s),
      ).status,
    ).toBe(0)
  })
})

describe(`migration history on ${provider}`, () => {
  test('matches schema.prisma: no difference left to migrate', async () => {
    const engine = await openSchemaEngine({ root, provider, url })
    try {
      expect(withoutComments(await engine.diffFromMigrations())).toBe('')
    } finally {
      await engine.close()
    }
  })

  test('a schema change without a migration shows up as a difference', async () => {
    const engine = await openSchemaEngine({ root: projectCopy(provider, addField), provider, url })
    try {
      expect(withoutComments(await engine.diffFromMigrations())).toMatch(/colour/)
    } finally {
      await engine.close()
    }
  })
})
