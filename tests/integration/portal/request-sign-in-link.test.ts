// The sign-in form's request for a link: checked, rate limited per IP and per address, then handed to
// Auth.js (stood in for here; sign-in.test.ts runs the real thing).
import { beforeEach, describe, expect, it, vi } from 'vitest'

const signIn = vi.hoisted(() => vi.fn(async () => 'http://localhost:3000/api/auth/verify-request'))
vi.mock('@/server/auth/config', () => ({ EMAIL_PROVIDER_ID: 'nodemailer', signIn }))

const { requestSignInLink } = await import('@/server/portal/request-sign-in-link')

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}
let ip = 0
const nextIp = () => `198.51.100.${++ip}`

beforeEach(() => signIn.mockClear())

describe('requesting a sign-in link', () => {
  it('hands a well-formed address to Auth.js, normalised, with a portal callback only', async () => {
    const result = await requestSignInLink({
      form: form({ linkEmail: '  Mayor@City.GOV ', callbackUrl: 'https://evil.example/portal' }),
      ip: nextIp(),
    })
    expect(result).toEqual({ sent: true })
    expect(signIn).toHaveBeenCalledWith('nodemailer', {
      email: 'mayor@city.gov',
      redirectTo: '/portal',
      redirect: false,
    })
  })

  it('answers a malformed address next to the field, keeping what was typed', async () => {
    const result = await requestSignInLink({ form: form({ linkEmail: 'mayor-at-city' }), ip: nextIp() })
    expect(result).toEqual({
      sent: false,
      state: {
        linkEmail: 'mayor-at-city',
        fieldErrors: { linkEmail: 'Enter an email address in the correct format, like name@city.gov' },
      },
    })
    expect(signIn).not.toHaveBeenCalled()
  })

  it('limits requests per address and per IP', async () => {
    const address = `limited-${Date.now()}@city.gov`
    const results = []
    for (let i = 0; i < 6; i++)
      results.push(await requestSignInLink({ form: form({ linkEmail: address }), ip: nextIp() }))
    expect(results.slice(0, 5).every((r) => r.sent)).toBe(true)
    expect(results[5]).toMatchObject({
      sent: false,
      state: { fieldErrors: { linkEmail: expect.stringMatching(/Too many/) } },
    })

    const oneIp = nextIp()
    const fromOneIp = []
    for (let i = 0; i < 21; i++)
      fromOneIp.push(
        await requestSignInLink({ form: form({ linkEmail: `a${i}-${Date.now()}@city.gov` }), ip: oneIp }),
      )
    expect(fromOneIp.filter((r) => r.sent)).toHaveLength(20)
    expect(signIn).toHaveBeenCalledTimes(25)
  })

  it('says so when the email could not be sent', async () => {
    signIn.mockResolvedValueOnce('http://localhost:3000/signin?error=Configuration')
    const result = await requestSignInLink({ form: form({ linkEmail: 'someone@city.gov' }), ip: nextIp() })
    expect(result).toMatchObject({ sent: false, state: { message: expect.stringMatching(/could not send/) } })
  })
})
