// `npm run demo`: set up and run the site on the embedded SQLite default with demo data.
// Migrate, seed when empty, build when the sources changed, start on http://localhost:3000.
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { databaseUrl, providerOf, sqlitePath } from './lib/database-url.mjs'

const root = process.cwd()
const port = process.env.PORT ?? '3000'
const url = databaseUrl()
const provider = providerOf(url)
mkdirSync(path.join(root, 'data'), { recursive: true })

/** A secret kept in data/ so it survives restarts (sessions stay valid) without anyone choosing one. */
function persistedSecret(name, make) {
  const file = path.join(root, 'data', name)
  if (!existsSync(file)) writeFileSync(file, make(), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

const adminEmail = process.env.SEED_ADMIN_EMAIL ?? 'admin@example.org'
const adminPassword =
  process.env.SEED_ADMIN_PASSWORD ??
  persistedSecret('.admin-password', () => randomBytes(9).toString('base64url'))
const env = {
  ...process.env,
  DATABASE_URL: url,
  AUTH_SECRET:
    process.env.AUTH_SECRET ?? persistedSecret('.auth-secret', () => randomBytes(32).toString('base64url')),
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
  // Links in emails (the outbox) point at the port the demo runs on.
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
  SEED_ADMIN_EMAIL: adminEmail,
  SEED_ADMIN_PASSWORD: adminPassword,
  NODE_ENV: 'production',
  // Without a mail server the outbox is the delivery: production refuses that unless told it is a demo.
  ...(process.env.SMTP_URL ? {} : { DEMO_MODE: 'true' }),
}
const run = (label, cmd, args) => {
  console.log(`\n> ${label}`)
  execFileSync(cmd, args, { stdio: 'inherit', env })
}

async function campaignCount() {
  if (provider === 'sqlite') {
    const { default: Database } = await import('better-sqlite3')
    const db = new Database(sqlitePath(url), { readonly: true })
    try {
      return db.prepare('SELECT COUNT(*) AS n FROM "Campaign"').get().n
    } finally {
      db.close()
    }
  }
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return Number((await client.query('SELECT COUNT(*) AS n FROM "Campaign"')).rows[0].n)
  } finally {
    await client.end()
  }
}

function newestSourceChange() {
  let newest = 0
  const walk = (p) => {
    const s = statSync(p)
    if (s.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`)) return
      for (const e of readdirSync(p)) walk(path.join(p, e))
    } else newest = Math.max(newest, s.mtimeMs)
  }
  for (const p of ['src', 'public', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs']) {
    if (existsSync(p)) walk(p)
  }
  return newest
}

run('Applying database migrations', process.execPath, ['scripts/migrate.mjs', 'deploy'])
if ((await campaignCount()) === 0) run('Seeding demo data (first run)', 'npm', ['run', 'db:seed', '--silent'])
else console.log('\n> Database already seeded.')

const distDir = process.env.NEXT_DIST_DIR ?? '.next'
const buildId = path.join(distDir, 'BUILD_ID')
if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceChange()) {
  run('Building the site', process.execPath, ['node_modules/next/dist/bin/next', 'build'])
} else console.log('> Build is up to date.')

console.log(`
The site is starting on http://localhost:${port}
Staff sign-in: http://localhost:${port}/signin
  email:    ${adminEmail}
  password: ${adminPassword}   (kept in data/.admin-password; set SEED_ADMIN_PASSWORD to choose one)
Emails are kept in the outbox (no SMTP_URL set): http://localhost:${port}/admin/outbox
`)
const server = spawn(process.execPath, ['scripts/server.mjs', '-p', port], {
  stdio: 'inherit',
  env,
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))
