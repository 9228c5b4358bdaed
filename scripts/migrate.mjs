// `npm run db:migrate`: apply pending migrations to DATABASE_URL (SQLite by default, PostgreSQL when the
// URL says so). `node scripts/migrate.mjs status` prints the migration history's state.
import { databaseUrl, providerOf } from './lib/database-url.mjs'
import { openSchemaEngine } from './lib/schema-engine.mjs'

const command = process.argv[2] ?? 'deploy'
const url = databaseUrl()
const provider = providerOf(url)
const engine = await openSchemaEngine({ root: process.cwd(), provider, url })
try {
  if (command === 'deploy') {
    const applied = await engine.deploy()
    console.log(
      applied.length
        ? `Applied (${provider}): ${applied.join(', ')}`
        : `No pending migrations (${provider}).`,
    )
  } else if (command === 'status') {
    console.log(JSON.stringify(await engine.status(), null, 2))
  } else {
    throw new Error(`unknown command "${command}" (use deploy or status)`)
  }
} catch (e) {
  console.error(`Migration failed: ${e.code ? `${e.code} ` : ''}${e.message}`)
  process.exitCode = 1
} finally {
  engine.close()
  process.exit() // the engine keeps the adapter's pg pool open
}
