// Properties of every server action (each 'use server' file under src/app and src/server): called by a
// caller allowed to use it, with random and hostile forms, it answers with a form state, or with Next's
// redirect or not-found, or a documented AppError, and never with another error (a 500). A call it
// refuses leaves every table as it was: no partial rows. An action without a row in ACTION_FORMS fails
// the first test.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { SessionIdentity } from '@/server/auth/get-session-identity'
import { RATE_LIMIT_TABLE } from '@/server/rate-limit/create-rate-limiters'
import { truncateAll } from '../../helpers/db'
import { hostileForm } from '../../helpers/hostile-input'
import { rowCounts } from '../../helpers/row-counts'
import {
  callAction,
  loadServerActions,
  outcomeOf,
  serverActionFiles,
  type ActionOutcome,
} from '../../helpers/server-actions'
import { ACTION_FORMS, actionContext, pledgeDrafts, type ActionContext, type Caller } from './action-forms'

// Runs per action; PROPS_RUNS=200 for a longer hunt than CI's.
const RUNS = Number(process.env.PROPS_RUNS) || 20
// A second or two per action on a quiet machine; generous for a busy runner.
const TIMEOUT = Math.max(60_000, RUNS * 3_000)

// Next's request scope and the Auth.js handlers stand in: a session, cookies, headers (a fresh IP per
// call, so rate limits do not answer instead of the checks under test), signIn and signOut.
const scope = vi.hoisted(() => ({
  session: null as SessionIdentity | null,
  cookies: new Map<string, string>(),
  headers: new Headers(),
}))
vi.mock('@/server/auth/get-session-identity', () => ({ getSessionIdentity: async () => scope.session }))
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (scope.cookies.has(name) ? { name, value: scope.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void scope.cookies.set(name, value),
    delete: (name: string) => void scope.cookies.delete(name),
  }),
  headers: async () => scope.headers,
}))
vi.mock('next-auth', () => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {}
  return { AuthError, CredentialsSignin, default: () => ({}) }
})
vi.mock('@/server/auth/config', async () => {
  const { redirect } = await import('next/navigation')
  const { CredentialsSignin } = await import('next-auth')
  const { verifyStaffCredentials } = await import('@/server/auth/verify-staff-credentials')
  type Options = { email: string; password?: string; redirectTo: string; redirect?: boolean }
  return {
    EMAIL_PROVIDER_ID: 'nodemailer',
    SIGN_IN_LINK_MAX_AGE_S: 3600,
    auth: async () => null,
    signIn: async (provider: string, o: Options) => {
      if (provider !== 'credentials') return 'http://localhost:3000/api/auth/verify-request'
      if (!(await verifyStaffCredentials({ email: o.email, password: o.password ?? '' })).ok)
        throw new CredentialsSignin()
      redirect(o.redirectTo)
    },
    signOut: async ({ redirectTo }: { redirectTo: string }) => redirect(redirectTo),
  }
})

const actions = (await loadServerActions()).map((a) => ({ ...a, key: `${a.file}#${a.name}` }))

let c: ActionContext
let ip = 0
const EXCEPT = [RATE_LIMIT_TABLE]

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  c = await actionContext()
}, 60_000)
afterAll(async () => {
  vi.restoreAllMocks()
  await truncateAll()
})

function signInAs(caller: Caller) {
  scope.session = caller === 'anonymous' ? null : { userId: c.users[caller].id, authTime: Date.now() }
}

const nonEmpty = (v: unknown) =>
  Array.isArray(v) ? v.length > 0 : v && typeof v === 'object' ? Object.keys(v).length > 0 : Boolean(v)

/** Whether the call was refused: its answer names a problem, or it was an AppError or not-found. */
function refused(outcome: ActionOutcome): boolean {
  if (outcome.kind === 'app-error' || outcome.kind === 'not-found') return true
  if (outcome.kind === 'redirect') return /[?&](problem=|done=(not-published|unchanged))/.test(outcome.url)
  if (outcome.kind !== 'state') return false
  const s = (outcome.state ?? {}) as Record<string, unknown>
  if (s.notice || s.saved || s.sent || s.applied || s.invited) return false // (partly) done, and said so
  return (
    ['fieldErrors', 'errors', 'rowErrors', 'problems', 'formError', 'message'].some((k) => nonEmpty(s[k])) ||
    s.status === 'invalid' ||
    ['invalid', 'expired', 'used'].includes(String(s.state))
  )
}

function describeOutcome(outcome: ActionOutcome): string {
  if (outcome.kind !== 'thrown') return JSON.stringify(outcome).slice(0, 300)
  const e = outcome.error as Error
  return `${e?.name}: ${e?.message}\n${e?.stack?.split('\n').slice(1, 6).join('\n')}`
}

// PROPS_TALLY=1 prints, per action, what its calls came to: a check that the forms reach past validation.
const tallies = new Map<string, Map<string, number>>()
function tally(key: string, o: ActionOutcome) {
  const what =
    o.kind === 'redirect'
      ? o.url.replace(/[?].*/, '')
      : o.kind === 'state'
        ? JSON.stringify(o.state).slice(0, 120)
        : o.kind === 'app-error'
          ? o.code
          : o.kind
  const label = `${refused(o) ? 'refused' : 'accepted'} ${what}`
  const counts = tallies.get(key) ?? new Map<string, number>()
  counts.set(label, (counts.get(label) ?? 0) + 1)
  tallies.set(key, counts)
}
afterAll(() => {
  if (process.env.PROPS_TALLY)
    for (const [key, counts] of tallies) console.log(key, Object.fromEntries(counts))
})

describe('server actions under random and hostile forms', () => {
  it('finds the actions, and has a form for every one and none for an action that is gone', () => {
    expect(serverActionFiles().length).toBeGreaterThan(10)
    expect(actions.map((a) => a.key).sort()).toEqual(Object.keys(ACTION_FORMS).sort())
  })

  // A hand-made request can pass anything as the form (a string, an object, nothing): a missing page, not a 500.
  it('answers a call whose form is not a form with not-found, changing nothing', async () => {
    const taking = actions.filter((a) => a.fn.length > 0)
    expect(taking.length).toBeGreaterThan(30)
    for (const action of taking) {
      signInAs(ACTION_FORMS[action.key]?.as ?? 'anonymous')
      for (const notAForm of ['text', { get: 'x' }, null, 42]) {
        const before = await rowCounts(EXCEPT)
        const call = action.fn.length >= 2 ? action.fn(null, notAForm) : action.fn(notAForm)
        const outcome = await outcomeOf(call)
        expect(outcome.kind, `${action.key}: ${describeOutcome(outcome)}`).toBe('not-found')
        expect(await rowCounts(EXCEPT)).toEqual(before)
      }
    }
  })

  for (const action of actions) {
    const spec = ACTION_FORMS[action.key]
    if (!spec) continue
    it(
      `${action.key}: answers every form, and a refused one changes no table`,
      async () => {
        const form = hostileForm(await spec.fields(c))
        const cookie = spec.draft ? await pledgeDrafts(c) : fc.constant(undefined)
        await fc.assert(
          fc.asyncProperty(form, cookie, async (data, draft) => {
            signInAs(spec.as)
            scope.cookies.clear()
            if (draft) scope.cookies.set('pledge-draft', draft)
            ip += 1
            scope.headers = new Headers({
              'x-forwarded-for': `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
            })
            const before = await rowCounts(EXCEPT)
            const outcome = await outcomeOf(callAction(action.fn, data))
            expect(outcome.kind, describeOutcome(outcome)).not.toBe('thrown')
            if (outcome.kind === 'app-error')
              expect(['NOT_FOUND', 'CONFLICT', 'INVALID_INPUT', 'RATE_LIMITED', 'EXPIRED']).toContain(
                outcome.code,
              )
            if (process.env.PROPS_TALLY) tally(action.key, outcome)
            if (refused(outcome)) expect(await rowCounts(EXCEPT), describeOutcome(outcome)).toEqual(before)
          }),
          { numRuns: RUNS },
        )
      },
      TIMEOUT,
    )
  }
})
