// Types for pg-cluster.mjs, for the TypeScript test setup.
export type PgCluster = {
  port: number
  dir: string
  serverOptions: string
  url(database: string): string
  createDatabase(name: string): Promise<string>
  stop(): void
}

export function pgBinDir(): string
export function startPgCluster(options?: { port?: number; durable?: boolean }): Promise<PgCluster>
export function pgServerControl(
  dir: string,
  serverOptions: string,
): { stopServer(mode?: 'fast' | 'immediate' | 'smart'): void; startServer(): void }
