// `npm run db:migration -- --name <name>`: writes a migration for each provider from the difference between
// its migration history and its schema. Works on scratch databases (a temporary SQLite file and a
// throwaway PostgreSQL cluster), never on the developer's data.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openSchemaEngine } from './lib/schema-engine.mjs'
import { startPgCluster } from './lib/pg-cluster.mjs'

const { values } = parseArgs({ options: { name: { type: 'string' } } })
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.error('Usage: npm run db:migration -- --name <snake_case_name>')
  process.exit(2)
}
const root = process.cwd()
execFileSync(process.execPath, ['scripts/sync-schema.mjs'], { stdio: 'inherit' })

async function create(provider, url) {
  const engine = await openSchemaEngine({ root, provider, url })
  try {
    const dir = await engine.createMigration(values.name)
    console.log(
      dir ? `Created ${path.relative(root, dir)}` : `${provider}: already in sync, no migration created.`,
    )
  } finally {
    engine.close()
  }
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'lc-migration-'))
const cluster = await startPgCluster()
// A crash inside the wasm engine can bypass `finally`: never leave the throwaway cluster running.
let stopped = false
const stopCluster = () => {
  if (stopped) return
  stopped = true
  cluster.stop()
}
process.on('exit', stopCluster)
try {
  await create('sqlite', `file:${path.join(scratch, 'scratch.db')}`)
  await create('postgres', await cluster.createDatabase('scratch'))
} catch (e) {
  console.error(`Could not create the migration: ${e.message}`)
  process.exitCode = 1
} finally {
  stopCluster()
  rmSync(scratch, { recursive: true, force: true })
  process.exit()
}
