import type { Registry } from 'prom-client'

export declare function metricsRegistry(): Registry
export declare function observeRequest(request: {
  route: string
  method: string | undefined
  status: number
  seconds: number
}): void
export declare function countCacheRead(read: { kind: string | undefined; hit: boolean }): void
export declare function countEmail(email: { transport: 'smtp' | 'outbox'; result: 'sent' | 'failed' }): void
export declare function observePool(pool: {
  totalCount: number
  idleCount: number
  waitingCount: number
  options?: { max?: number }
}): void
