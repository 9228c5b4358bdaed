// Offline Prisma Migrate: drives @prisma/schema-engine-wasm through a Prisma driver adapter, because the
// prisma CLI cannot download its native schema engine here (docs/decisions/0002-offline-migrations.md).
// Keeps Prisma's standard layout (prisma/<provider>/migrations/<ts>_<name>/migration.sql,
// migration_lock.toml, the _prisma_migrations table) so the normal CLI stays usable where it can run.
import fs from 'node:fs/promises'
import { readFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { sqlitePath } from './database-url.mjs'

// Full-text search tables the migrations create by hand (FTS5 and its shadow tables; Prisma has no model
// for them): the engine leaves them out of its diff (docs/decisions/0016-full-text-search.md).
const FTS_TABLES = ['SolutionSearch', 'ResourceSearch', 'ContentPageSearch', 'EventSearch'].flatMap((name) =>
  ['', '_config', '_content', '_data', '_docsize', '_idx'].map((t) => `${name}${t}`),
)
const filtersFor = (provider) => ({
  externalTables: provider === 'sqlite' ? FTS_TABLES : [],
  externalEnums: [],
})

async function sqliteFactory(url) {
  const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3')
  const file = sqlitePath(url)
  mkdirSync(path.dirname(file), { recursive: true })
  const factory = new PrismaBetterSqlite3({ url: `file:${file}` })
  // Upstream quirk: the engine replays each migration.sql into the shadow database with ONE executeRaw,
  // but better-sqlite3's prepare() takes a single statement: route parameterless executeRaw to executeScript.
  const connectShadow = factory.connectToShadowDb.bind(factory)
  factory.connectToShadowDb = async () => {
    const shadow = await connectShadow()
    const executeRaw = shadow.executeRaw.bind(shadow)
    shadow.executeRaw = async (q) =>
      q.args.length === 0 ? shadow.executeScript(q.sql).then(() => 0) : executeRaw(q)
    return shadow
  }
  return factory
}

async function postgresFactory(url) {
  const { PrismaPg } = await import('@prisma/adapter-pg')
  // Upstream quirk (adapter-pg 7.10.1): it cannot map the catalog type "char" (oid 18) that the engine's
  // schema describer selects; present it as text, which has the same wire format.
  const { default: Result } = await import('pg/lib/result.js')
  const addFields = Result.prototype.addFields
  Result.prototype.addFields = function (fields) {
    for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25
    return addFields.call(this, fields)
  }
  // Discrete fields, never connectionString: adapter-pg's shadow connection spreads {...config, database}
  // and pg lets connectionString win, so the "shadow" database would be the main one.
  const u = new URL(url)
  const config = {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  }
  const factory = new PrismaPg(config)
  // Upstream quirk: adapter-pg drops the shadow database before closing its pool, so the DROP fails and
  // databases leak. Own the shadow database's lifecycle here.
  factory.connectToShadowDb = async () => {
    const admin = await factory.connect()
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`
    await admin.executeScript(`CREATE DATABASE "${name}"`)
    const shadow = await new PrismaPg({ ...config, database: name }).connect()
    const dispose = shadow.dispose.bind(shadow)
    shadow.dispose = async () => {
      await dispose()
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`)
      await admin.dispose()
    }
    return shadow
  }
  return factory
}

let schemaEngineClass
// One wasm instance per process: instantiating the glue module twice leaves it in a broken state.
async function loadSchemaEngine() {
  if (schemaEngineClass) return schemaEngineClass
  // require.resolve rather than import.meta.resolve, which vitest's module runner does not support.
  const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  const glue = await import(gluePath)
  const wasm = new WebAssembly.Module(
    readFileSync(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm')),
  )
  const instance = new WebAssembly.Instance(wasm, { './schema_engine_bg.js': glue })
  glue.__wbg_set_wasm(instance.exports)
  instance.exports.__wbindgen_start()
  schemaEngineClass = glue.SchemaEngine
  return schemaEngineClass
}

export function migrationsDir(root, provider) {
  return path.join(root, 'prisma', provider, 'migrations')
}

async function listMigrations(dir) {
  const lock = await fs.readFile(path.join(dir, 'migration_lock.toml'), 'utf8').catch(() => null)
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
  const migrationDirectories = []
  for (const e of entries.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await fs.readFile(path.join(dir, e.name, 'migration.sql'), 'utf8').then(
      (value) => ({ tag: 'ok', value }),
      (err) => ({ tag: 'error', value: err.message }),
    )
    migrationDirectories.push({ path: e.name, migrationFile: { path: 'migration.sql', content } })
  }
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lock },
    migrationDirectories,
    shadowDbInitScript: '',
  }
}

/** Opens the schema engine on a database; await close() when done. */
export async function openSchemaEngine({ root, provider, url }) {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(m) {
      this.message = m
    },
    get() {
      return this.message
    },
  }
  const schemaPath = path.join(root, 'prisma', provider, 'schema.prisma')
  const schemaContent = await fs.readFile(schemaPath, 'utf8')
  const schema = { files: [{ path: schemaPath, content: schemaContent }] }
  const factory = provider === 'sqlite' ? await sqliteFactory(url) : await postgresFactory(url)
  // engine.free() leaves the adapter's connections open (a SQLite file stays locked until GC): track them.
  const connections = []
  const connect = factory.connect.bind(factory)
  factory.connect = async () => {
    const connection = await connect()
    connections.push(connection)
    return connection
  }
  const SchemaEngine = await loadSchemaEngine()
  const log = process.env.DEBUG_SCHEMA_ENGINE ? (m) => console.error(m) : () => {}
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schemaContent]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  )
  const dir = migrationsDir(root, provider)
  const filters = filtersFor(provider)
  const migrations = () => listMigrations(dir)

  return {
    /** Applies pending migrations; returns their names. */
    async deploy() {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: await migrations(),
        filters,
      })
      return appliedMigrationNames
    },
    async status() {
      return engine.diagnoseMigrationHistory({
        migrationsList: await migrations(),
        optInToShadowDatabase: false,
        filters,
      })
    },
    /** Writes a new migration for the difference between the history and schema.prisma; null when in sync. */
    async createMigration(name) {
      // Upstream quirk: devDiagnostic throws P1014 until _prisma_migrations exists; applying creates it.
      await engine.applyMigrations({ migrationsList: await migrations(), filters })
      const diagnostic = await engine.devDiagnostic({ migrationsList: await migrations(), filters })
      if (diagnostic.action.tag === 'reset')
        throw new Error(`Drift, a reset is needed: ${diagnostic.action.reason}`)
      const out = await engine.createMigration({
        draft: false,
        migrationName: name,
        migrationsList: await migrations(),
        schema,
        filters,
      })
      if (out.migrationScript === null) return null
      const target = path.join(dir, out.generatedMigrationName)
      await fs.mkdir(target, { recursive: true })
      await fs.writeFile(path.join(target, `migration.${out.extension}`), out.migrationScript)
      await fs.writeFile(
        path.join(dir, 'migration_lock.toml'),
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
      )
      return target
    },
    /** SQL that takes the migration history to schema.prisma; empty when they agree. */
    async diffFromMigrations() {
      const res = await engine.diff({
        from: { tag: 'migrations', ...(await migrations()) },
        to: { tag: 'schemaDatamodel', ...schema },
        script: true,
        exitCode: null,
        filters,
      })
      return res.stdout ?? ''
    },
    /** Frees the engine and closes its connections; await it before using the database elsewhere. */
    async close() {
      engine.free()
      await Promise.all(connections.splice(0).map((c) => Promise.resolve(c.dispose()).catch(() => {})))
    },
  }
}
