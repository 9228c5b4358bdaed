// Types for backup.mjs, for the TypeScript tests.
export class BackupError extends Error {}

export type BackupResult = { provider: 'sqlite' | 'postgres'; file: string; tables: number; rows: number }
export type RestoreResult = BackupResult & { created: boolean; replacedRows: number }

export function defaultBackupFile(provider: 'sqlite' | 'postgres', root?: string, now?: Date): string
export function libpqUrl(url: string): string
export function tableRowCounts(url: string): Promise<Record<string, number>>
export function backupSqlite(sourceFile: string, file: string): Promise<void>
export function restoreSqlite(file: string, targetFile: string): Promise<void>
export function backupPostgres(url: string, file: string): void
export function restorePostgres(file: string, url: string): void
export function backupDatabase(url: string, options?: { file?: string; root?: string }): Promise<BackupResult>
export function restoreDatabase(
  url: string,
  file: string,
  options?: { force?: boolean; root?: string },
): Promise<RestoreResult>
export function redactUrl(url: string): string
