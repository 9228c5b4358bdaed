export const e2eDistDir: string
export const e2ePostgresDistDir: string
export const e2ePort: number
export const e2eBaseUrl: string
export const e2eDatabaseUrl: string
export const e2eSmtpPort: number
export const e2eMetricsPort: number
export const e2eAuthSecret: string
export const chromiumArgs: string[]
export function chromiumPath(): string | null
export function testBrowserPath(): string | null
export function e2eDatabaseFile(root?: string, url?: string): string
export function e2eServerLogFile(distDir?: string): string
export type CheckedE2eDatabase =
  { provider: 'sqlite'; file: string } | { provider: 'postgres'; database: string; adminUrl: string }
export function checkE2eDatabase(root?: string, url?: string): CheckedE2eDatabase
export function e2eServerEnv(options?: { databaseUrl?: string; distDir?: string }): Record<string, string>
export const testSlowdown: number
export function budget(quietMs: number): number
