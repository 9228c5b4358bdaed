// `npm run db:backup [-- <file>]`: a consistent copy of DATABASE_URL's database, safe while the site runs.
// SQLite: the online backup API (<file> defaults to backups/sqlite-<timestamp>.db);
// PostgreSQL: pg_dump -Fc from the machine's server binaries (backups/postgres-<timestamp>.dump).
import { statSync } from 'node:fs'
import { backupDatabase, redactUrl, shownPath } from './lib/backup.mjs'
import { databaseUrl } from './lib/database-url.mjs'

const args = process.argv.slice(2)
if (args.includes('--help') || args.length > 1) {
  console.log('Usage: npm run db:backup [-- <file>]   (DATABASE_URL names the database)')
  process.exit(args.includes('--help') ? 0 : 2)
}

const url = databaseUrl()
const started = Date.now()
try {
  const r = await backupDatabase(url, { file: args[0] })
  const size = (statSync(r.file).size / 1024).toFixed(0)
  console.log(
    `Backed up ${r.provider} database ${redactUrl(url)}: ${r.rows} rows in ${r.tables} tables ` +
      `-> ${shownPath(r.file)} (${size} KB, ${Date.now() - started} ms)`,
  )
} catch (e) {
  console.error(`Backup failed: ${e.message}`)
  process.exitCode = 1
}
