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
    points: { 'sign-in-link:ip': env().SIGN_IN_LINKS_PER_IP_PER_HOUR },
  })
  return globalForLimits.rateLimiters
}

/** Counts one attempt against a limit; throws AppError RATE_LIMITED once the limit is spent. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<void> {
  if (!(await limiters().consume(name, key))) throw new AppError('RATE_LIMITED')
}

/** Whether a limit is spent for a key, without counting an attempt. */
export async function isRateLimitSpent(name: RateLimitName, key: string): Promise<boolean> {
  return limiters().isSpent(name, key)
}

/** Counts one attempt (a failure, say) without refusing it; true while the limit is not spent. */
export async function countAttempt(name: RateLimitName, key: string): Promise<boolean> {
  return limiters().consume(name, key)
}

/** Forgets the attempts counted for a key. */
export async function resetRateLimit(name: RateLimitName, key: string): Promise<void> {
  await limiters().reset(name, key)
}
