import 'server-only'
import { env } from '@/lib/env'
import { AppError } from '@/server/errors'
import { createRateLimiters, type RateLimiters, type RateLimitName } from './create-rate-limiters'

export type { RateLimitName } from './create-rate-limiters'

// One set of limiters per process, on the store the environment names (Redis, PostgreSQL or memory);
// the limits themselves are in create-rate-limiters.ts.
const globalForLimits = globalThis as unknown as { rateLimiters?: RateLimiters }

function limiters() {
  globalForLimits.rateLimiters ??= createRateLimiters({
    redisUrl: env().REDIS_URL,
    databaseUrl: env().DATABASE_URL,
  })
  return globalForLimits.rateLimiters
}

/** Counts one attempt against a limit; throws AppError RATE_LIMITED once the limit is spent. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<void> {
  if (!(await limiters().consume(name, key))) throw new AppError('RATE_LIMITED')
}
