import { z } from 'zod'

// The environment, parsed once. A missing or bad variable stops start-up with a message naming it.
// Every variable has a default that suits the demo, except where production must choose.
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .default('file:./data/leadership.db')
      .refine((v) => v.startsWith('file:') || /^postgres(ql)?:\/\/.+/.test(v), {
        message: 'must be a file: URL (SQLite) or a postgres:// URL',
      }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    SITE_NAME: z.string().trim().min(1).default('Climate Leadership Campaigns'),
    ORG_NAME: z.string().trim().min(1).default('Local Climate Leaders Network'),
    SITE_URL: z
      .url({ message: 'must be an absolute URL such as https://example.org' })
      .default('http://localhost:3000'),
    AUTH_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { message: 'must be an smtp:// or smtps:// URL' })
      .optional(),
    MAIL_FROM: z.string().default('Climate Leadership Campaigns <no-reply@localhost>'),
    // Without SMTP_URL the outbox is the delivery and holds every single-use link: a demo only.
    DEMO_MODE: z.stringbool({ error: 'must be true or false' }).default(false),
    // Set by `next build` (its workers inherit it): building is not running, so no mail settings are needed.
    NEXT_PHASE: z.string().optional(),
    // Proxies in front of the server whose X-Forwarded-For/-Proto/-Host are believed (decision 0015).
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Sign-in links one address may ask for in an hour: a council's offices often share one address (NAT).
    SIGN_IN_LINKS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
    // Shared cache and rate limits for several instances (docs/DEPLOYMENT.md); unset: per-process ones.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, { message: 'must be a redis:// or rediss:// URL' })
      .optional(),
    // The least severe log lines written (src/lib/log/logger.mjs); "silent" writes none.
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((e, ctx) => {
    if (
      e.NODE_ENV === 'production' &&
      !e.SMTP_URL &&
      !e.DEMO_MODE &&
      e.NEXT_PHASE !== 'phase-production-build'
    )
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message:
          'is required in production (emails hold single-use links); set DEMO_MODE=true only for a demonstration, where the outbox at /admin/outbox is the delivery',
      })
  })
  .transform((e) => ({
    ...e,
    SITE_URL: e.SITE_URL.replace(/\/$/, ''),
    databaseProvider: e.DATABASE_URL.startsWith('file:') ? ('sqlite' as const) : ('postgres' as const),
  }))

export type Env = z.infer<typeof schema>

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

/** Parses an environment; throws EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty string means "not set", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`))
  }
  return result.data
}

let cached: Env | undefined

/** The process environment, validated on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env)
  return cached
}
