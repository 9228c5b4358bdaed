export type Secret = { kind: string; value: string | undefined }
export type LogCheck = { ok: boolean; problems: string[]; stats: Record<string, number> }
export function specPasswords(dir?: string): string[]
export function emailTokens(texts: string[]): { kind: string; value: string }[]
export function inspectLog(log: string, secrets: Secret[]): LogCheck
export function hashedTokensIn(log: string, tokenHashes: string[]): number
export function checkServerLog(options: {
  logFile: string
  env: Record<string, string>
  specDir?: string
}): Promise<LogCheck>
