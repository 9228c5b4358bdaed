export const e2eDistDir: string
export const e2ePort: number
export const e2eBaseUrl: string
export const e2eDatabaseUrl: string
export const e2eSmtpPort: number
export const e2eAuthSecret: string
export const chromiumArgs: string[]
export function chromiumPath(): string | null
export function e2eDatabaseFile(root?: string, url?: string): string
export function e2eServerEnv(): Record<string, string>
