// The sign-in form's request for a link: checked, rate limited per IP and per address, then handed to
// Auth.js (stood in for here; sign-in.test.ts runs the real thing).
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { outcomeOf } from '../../helpers/server-actions'

const signIn = vi.hoisted(() => vi.fn(async () => 'http://localhost:3000/api/auth/verify-request'))
vi.mock('@/server/auth/config', () => ({ EMAIL_PROVIDER_ID: 'nodemailer', signIn }))
const client = vi.hoisted(() => ({ ip: '' }))
vi.mock('@/server/rate-limit/client-ip', () => ({ clientIp: () => client.ip }))
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'next-action': 'x' }) }))
// The staff sign-in beside it in the same actions file is not what this file tests (sign-in.test.ts does).
vi.mock('@/server/auth/sign-in-with-password', () => ({ signInWithPassword: vi.fn() }))

const { requestSignInLinkAction } = await import('@/app/signin/actions')

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}
let ip = 0
const nextIp = () => `198.51.100.${++ip}`
const ask = (fields: Record<string, string>, from = nextIp()) => {
  client.ip = from
  return outcomeOf(requestSignInLinkAction(null, form(fields)))
}
const sent = { kind: 'redirect', url: '/signin/check-email' }

beforeEach(() => signIn.mockClear())

describe('requesting a sign-in link', () => {
  it('hands a well-formed address to Auth.js, normalised, with a portal callback only', async () => {
    expect(await ask({ linkEmail: '  Mayor@City.GOV ', callbackUrl: 'https://evil.example/portal' })).toEqual(
      sent,
    )
    expect(signIn).toHaveBeenCalledWith('nodemailer', {
      email: 'mayor@city.gov',
      redirectTo: '/portal',
      redirect: false,
    })
  })

  it('answers a malformed address next to the field, keeping what was typed', async () => {
    expect(await ask({ linkEmail: 'mayor-at-city' })).toEqual({
      kind: 'state',
      state: {
        values: { linkEmail: 'mayor-at-city' },
        fieldErrors: { linkEmail: 'Enter an email address in the correct format, like name@city.gov' },
      },
    })
    expect(signIn).not.toHaveBeenCalled()
  })

  it('limits requests per address and per IP', async () => {
    const address = `limited-${Date.now()}@city.gov`
    const results = []
    for (let i = 0; i < 6; i++) results.push(await ask({ linkEmail: address }))
    expect(results.slice(0, 5)).toEqual(Array(5).fill(sent))
    expect(results[5]).toMatchObject({
      kind: 'state',
      state: { fieldErrors: { linkEmail: expect.stringMatching(/Too many/) } },
    })

    const oneIp = nextIp()
    const fromOneIp = []
    for (let i = 0; i < 21; i++)
      fromOneIp.push(await ask({ linkEmail: `a${i}-${Date.now()}@city.gov` }, oneIp))
    expect(fromOneIp.filter((r) => r.kind === 'redirect')).toHaveLength(20)
    expect(signIn).toHaveBeenCalledTimes(25)
  })

  it('says so next to the field when the email could not be sent', async () => {
    signIn.mockResolvedValueOnce('http://localhost:3000/signin?error=Configuration')
    expect(await ask({ linkEmail: 'someone@city.gov' })).toMatchObject({
      kind: 'state',
      state: { fieldErrors: { linkEmail: expect.stringMatching(/could not send/) } },
    })
  })
})
