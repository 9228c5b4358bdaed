// Types for schema-engine.mjs, for the TypeScript tests that drive migrations.
export type Provider = 'sqlite' | 'postgres'

export type MigrationStatus = {
  history: unknown
  failedMigrationNames: string[]
  editedMigrationNames: string[]
  hasMigrationsTable: boolean
  [key: string]: unknown
}

export type SchemaEngine = {
  /** Applies pending migrations; returns their names. */
  deploy(): Promise<string[]>
  status(): Promise<MigrationStatus>
  /** Writes a new migration for the difference between the history and schema.prisma; null when in sync. */
  createMigration(name: string): Promise<string | null>
  /** SQL that takes the migration history to schema.prisma; only a comment when they agree. */
  diffFromMigrations(): Promise<string>
  /** Frees the engine and closes its connections. */
  close(): Promise<void>
}

export function migrationsDir(root: string, provider: Provider): string
export function openSchemaEngine(options: {
  root: string
  provider: Provider
  url: string
}): Promise<SchemaEngine>
