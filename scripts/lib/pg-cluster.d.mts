// Types for pg-cluster.mjs, for the TypeScript test setup.
export type PgCluster = {
  port: number
  dir: string
  url(database: string): string
  createDatabase(name: string): Promise<string>
  stop(): void
}

export function pgBinDir(): string
export function startPgCluster(options?: { port?: number }): Promise<PgCluster>
