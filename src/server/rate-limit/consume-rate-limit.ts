import 'server-only'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { AppError } from '@/server/errors'

// Every limit the site applies, in one place. The store is in memory for one server process;
// running several processes means swapping RateLimiterMemory for a shared store here, and only here.
const LIMITS = {
  'pledge-submit:ip': { points: 20, duration: 60 * 60 },
  'pledge-submit:email': { points: 5, duration: 60 * 60 },
  'pledge-resend:ip': { points: 20, duration: 60 * 60 },
  'pledge-resend:email': { points: 3, duration: 60 * 60 },
  'places-search:ip': { points: 120, duration: 60 },
  'password-reset:ip': { points: 10, duration: 60 * 60 },
  'password-reset:email': { points: 3, duration: 60 * 60 },
} as const

export type RateLimitName = keyof typeof LIMITS

const limiters = new Map<RateLimitName, RateLimiterMemory>()

function limiter(name: RateLimitName) {
  let l = limiters.get(name)
  if (!l) {
    l = new RateLimiterMemory({ keyPrefix: name, ...LIMITS[name] })
    limiters.set(name, l)
  }
  return l
}

/** Counts one attempt against a limit; throws AppError RATE_LIMITED once the limit is spent. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key)
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new AppError('RATE_LIMITED')
    throw e
  }
}
