// `npm run db:restore -- <file> [--force]`: restores a backup made by `npm run db:backup` into
// DATABASE_URL's database. The target should be fresh (a missing SQLite file or PostgreSQL database is
// created) or empty (migrated, no rows); a database with rows is replaced only with --force.
// Stop the site (every instance) before restoring over a database it uses.
import { redactUrl, restoreDatabase, shownPath } from './lib/backup.mjs'
import { databaseUrl } from './lib/database-url.mjs'

const args = process.argv.slice(2)
const force = args.includes('--force')
const files = args.filter((a) => !a.startsWith('--'))
if (args.includes('--help') || files.length !== 1) {
  console.log('Usage: npm run db:restore -- <file> [--force]   (DATABASE_URL names the target database)')
  process.exit(args.includes('--help') ? 0 : 2)
}

const url = databaseUrl()
const started = Date.now()
try {
  const r = await restoreDatabase(url, files[0], { force })
  console.log(
    `Restored ${shownPath(r.file)} into ${r.provider} database ${redactUrl(url)}` +
      `${r.created ? ' (created)' : ''}${r.replacedRows ? ` (replaced ${r.replacedRows} rows)` : ''}: ` +
      `${r.rows} rows in ${r.tables} tables (${Date.now() - started} ms)`,
  )
} catch (e) {
  console.error(`Restore failed: ${e.message}`)
  process.exitCode = 1
}
