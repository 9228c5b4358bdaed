import type { IncomingMessage, ServerResponse } from 'node:http'
export function microCacheExpiry(
  edgeTime: string | string[] | undefined,
  now?: () => number,
): (() => string) | null
export function expireAtEdgeClock(req: IncomingMessage, res: ServerResponse, hops: number): void
