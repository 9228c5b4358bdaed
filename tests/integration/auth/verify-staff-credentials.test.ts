import { describe, expect, it } from 'vitest'
import { db, uniqueSlug } from '../../helpers/db'
import { RATE_LIMITS } from '@/server/rate-limit/create-rate-limiters'
import {
  LOCK_AFTER_FAILURES,
  SIGN_IN_FAILED_MESSAGE,
  verifyStaffCredentials,
} from '@/server/auth/verify-staff-credentials'
import { PASSWORD, userWithPassword } from './fixtures'

// Each test's clients have their own addresses: the failure counts (rate limits) outlive a test.
let lastIp = 0
const newIp = () => `198.51.100.${++lastIp}`

async function failTimes(email: string, times: number, ip: string) {
  for (let i = 0; i < times; i++) {
    const result = await verifyStaffCredentials({ email, password: 'wrong password', ip })
    expect(result.ok).toBe(false)
  }
}

describe('verifyStaffCredentials', () => {
  it('accepts the right password, whatever the case of the email, and returns the role', async () => {
    const user = await userWithPassword('EDITOR')
    const result = await verifyStaffCredentials({
      email: `  ${user.email.toUpperCase()} `,
      password: PASSWORD,
    })
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: null, role: 'EDITOR' } })
  })

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const user = await userWithPassword('MODERATOR')
    const wrong = await verifyStaffCredentials({ email: user.email, password: 'not it' })
    const unknown = await verifyStaffCredentials({ email: 'nobody-here@example.org', password: PASSWORD })
    expect(wrong).toEqual({ ok: false, reason: 'invalid', message: SIGN_IN_FAILED_MESSAGE })
    expect(unknown).toEqual({ ok: false, reason: 'invalid', message: SIGN_IN_FAILED_MESSAGE })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(1)
  })

  it('locks out the client that failed five times, even with the right password, and only that client', async () => {
    const user = await userWithPassword('ADMIN')
    const attacker = newIp()
    await failTimes(user.email, LOCK_AFTER_FAILURES, attacker)
    expect(await verifyStaffCredentials({ email: user.email, password: PASSWORD, ip: attacker })).toEqual({
      ok: false,
      reason: 'locked',
      message: SIGN_IN_FAILED_MESSAGE,
    })
    // Attempts during the lock are not counted against the account, so they cannot prolong it.
    await failTimes(user.email, 3, attacker)
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(
      LOCK_AFTER_FAILURES,
    )
    // The account's owner, on another connection, is not locked out by someone who knows the address.
    expect((await verifyStaffCredentials({ email: user.email, password: PASSWORD, ip: newIp() })).ok).toBe(
      true,
    )
  })

  it('stops a client that sprays passwords across many addresses', async () => {
    const sprayer = newIp()
    const target = await userWithPassword('ADMIN')
    const spraying = RATE_LIMITS['sign-in:ip'].points
    for (let i = 0; i < spraying; i++) {
      const email = i % 2 ? `${uniqueSlug('spray')}@example.org` : (await userWithPassword('EDITOR')).email
      expect((await verifyStaffCredentials({ email, password: 'Summer2026!', ip: sprayer })).ok).toBe(false)
    }
    // Refused at once, even the right password of an account it never tried.
    expect(
      await verifyStaffCredentials({ email: target.email, password: PASSWORD, ip: sprayer }),
    ).toMatchObject({
      ok: false,
      reason: 'locked',
    })
    expect((await verifyStaffCredentials({ email: target.email, password: PASSWORD, ip: newIp() })).ok).toBe(
      true,
    )
  })

  it('pauses an account that many clients guess at, after a slower count', async () => {
    const user = await userWithPassword('ADMIN')
    const everyone = RATE_LIMITS['sign-in:account'].points
    for (let i = 0; i < everyone - 1; i++) await failTimes(user.email, 1, `203.0.113.${i}`)
    // One short of the account's limit, and no client past its own: the owner still signs in.
    expect((await verifyStaffCredentials({ email: user.email, password: PASSWORD, ip: newIp() })).ok).toBe(
      true,
    )
    await failTimes(user.email, 1, newIp())
    expect(
      await verifyStaffCredentials({ email: user.email, password: PASSWORD, ip: newIp() }),
    ).toMatchObject({
      ok: false,
      reason: 'locked',
    })
  })

  it('counts an unknown address like an account, so a lock reveals nothing', async () => {
    const ip = newIp()
    const email = `${uniqueSlug('nobody')}@example.org`
    await failTimes(email, LOCK_AFTER_FAILURES, ip)
    expect(await verifyStaffCredentials({ email, password: PASSWORD, ip })).toMatchObject({
      reason: 'locked',
    })
  })

  it('honours a lock set on the account until it ends', async () => {
    const user = await userWithPassword('MODERATOR')
    const now = new Date('2026-03-01T10:00:00Z')
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + 60_000) } })
    const ip = newIp()
    expect(await verifyStaffCredentials({ email: user.email, password: PASSWORD, ip, now })).toMatchObject({
      reason: 'locked',
    })
    const later = new Date(now.getTime() + 61_000)
    expect((await verifyStaffCredentials({ email: user.email, password: PASSWORD, ip, now: later })).ok).toBe(
      true,
    )
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ lockedUntil: null })
  })

  it('refuses a deactivated staff member and an official, even with the right password', async () => {
    const inactive = await userWithPassword('ADMIN', { active: false })
    const official = await userWithPassword('OFFICIAL')
    expect(await verifyStaffCredentials({ email: inactive.email, password: PASSWORD })).toEqual({
      ok: false,
      reason: 'inactive',
      message: SIGN_IN_FAILED_MESSAGE,
    })
    expect(await verifyStaffCredentials({ email: official.email, password: PASSWORD })).toMatchObject({
      ok: false,
      message: SIGN_IN_FAILED_MESSAGE,
    })
  })

  it('refuses a staff member who has no password yet (an invitation not yet accepted)', async () => {
    const user = await db.user.create({
      data: { email: `${uniqueSlug('invited')}@example.org`, role: 'EDITOR' },
    })
    expect((await verifyStaffCredentials({ email: user.email, password: '' })).ok).toBe(false)
  })
})
