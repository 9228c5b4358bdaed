import type { Logger, DestinationStream, LevelWithSilent } from 'pino'

export declare const LOG_LEVELS: LevelWithSilent[]
export declare const REDACT_PATHS: string[]
export declare function scrub(text: string): string
export declare function currentRequestId(): string | undefined
export declare function withRequestId<T>(requestId: string, fn: () => T): T
export declare function createLogger(options?: { level?: string; destination?: DestinationStream }): Logger
export declare function rootLogger(): Logger
export declare function setRootLogger(logger: Logger | undefined): Logger | undefined
export declare function requestIdFrom(header: string | string[] | undefined | null): string
export declare function installRequestIds(): void
export declare function markErrorReported(err: unknown): void
export declare function firstReport(err: unknown, requestId: string | undefined): boolean
/** Returns a function that gives the console back. */
export declare function routeConsoleToLogger(logger?: Logger): () => void
