// Types for lib.mjs, for the TypeScript specs.
export const CAMPAIGN: string
export const STATES: string[]
export const PDF: Buffer
export const PDF_SHA256: string

export type TestDatabase = { url: string; stop(): void }
export function prepareSqlite(name?: string): TestDatabase
export function preparePostgres(): Promise<TestDatabase>
export function query(url: string, sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>
export function durabilitySettings(url: string): Promise<Record<string, string>>

export type Server = {
  base: string
  port: number
  pid: number
  exit: Promise<{ code: number | null; signal: string | null }>
  kill(): Promise<void>
  stop(): Promise<void>
}
export function startServer(options: {
  port: number
  databaseUrl: string
  distDir?: string
  logFile?: string
  timeoutMs?: number
  /** TRUST_PROXY_HOPS for the server: 1 (the default) lets the suite name each client's address. */
  trustProxyHops?: number
}): Promise<Server>
export function sleep(ms: number): Promise<void>
export function logPath(name: string): string

export type PledgeText = { campaign: string; pledgeTextId: string; commitments: { id: string }[] }
export type SubmissionResult = {
  email: string
  via: 'api' | 'forms'
  status: number
  received: boolean
  error?: string
}
export function pledgeText(base: string, campaign?: string): Promise<PledgeText>
export function submissionOf(
  run: string,
  i: number,
): { email: string; municipality: string; state: string; ip: string }
export function submitByApi(base: string, text: PledgeText, run: string, i: number): Promise<SubmissionResult>
export function submitByForms(
  base: string,
  text: PledgeText,
  run: string,
  i: number,
): Promise<SubmissionResult>
export function startDraft(base: string, run: string): Promise<string>
export function submit(
  base: string,
  text: PledgeText,
  run: string,
  i: number,
  formsEvery?: number,
): Promise<SubmissionResult>

export type RunCheck = {
  problems: string[]
  pledges: number
  received: number
  savedUnanswered: number
  savedWithoutEmail: number
}
export function checkRun(url: string, run: string, results: SubmissionResult[]): Promise<RunCheck>
export function crashRepetition(options: {
  start: () => Promise<Server>
  databaseUrl: string
  run: string
  concurrency?: number
  killAfterReceived?: number
  extraDelayMs?: number
}): Promise<
  RunCheck & {
    submissions: number
    failedConnections: number
    serverErrors: number
    killedAfterMs: number
    restartMs: number
    servesAgain: boolean
  }
>
