import { describe, expect, it } from 'vitest'
import { db, uniqueSlug } from '../../helpers/db'
import {
  LOCK_AFTER_FAILURES,
  LOCK_DURATION_MS,
  SIGN_IN_FAILED_MESSAGE,
  verifyStaffCredentials,
} from '@/server/auth/verify-staff-credentials'
import { PASSWORD, userWithPassword } from './fixtures'

const MINUTE = 60_000
const at = (start: Date, ms: number) => new Date(start.getTime() + ms)

async function failTimes(email: string, times: number, start: Date) {
  // A minute apart, so the short growing delays between attempts never get in the way.
  for (let i = 0; i < times; i++) {
    const result = await verifyStaffCredentials({
      email,
      password: 'wrong password',
      now: at(start, i * MINUTE),
    })
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

  it('locks the account after repeated failures, even against the right password, then unlocks', async () => {
    const user = await userWithPassword('ADMIN')
    const start = new Date('2026-03-01T10:00:00Z')
    await failTimes(user.email, LOCK_AFTER_FAILURES, start)
    const lastFailure = at(start, (LOCK_AFTER_FAILURES - 1) * MINUTE)

    const whileLocked = await verifyStaffCredentials({
      email: user.email,
      password: PASSWORD,
      now: at(lastFailure, MINUTE),
    })
    expect(whileLocked).toEqual({ ok: false, reason: 'locked', message: SIGN_IN_FAILED_MESSAGE })
    const nearlyOver = at(lastFailure, LOCK_DURATION_MS - 1000)
    expect(
      (await verifyStaffCredentials({ email: user.email, password: PASSWORD, now: nearlyOver })).ok,
    ).toBe(false)
    // Attempts during the lock are not counted, so they cannot prolong it.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(
      LOCK_AFTER_FAILURES,
    )

    const afterLock = await verifyStaffCredentials({
      email: user.email,
      password: PASSWORD,
      now: at(lastFailure, LOCK_DURATION_MS + 1000),
    })
    expect(afterLock.ok).toBe(true)
    const reset = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(reset).toMatchObject({ failedLoginCount: 0, lockedUntil: null })
  })

  it('makes a guesser wait a growing delay after the second failure', async () => {
    const user = await userWithPassword('EDITOR')
    const start = new Date('2026-03-02T10:00:00Z')
    await verifyStaffCredentials({ email: user.email, password: 'one', now: start })
    await verifyStaffCredentials({ email: user.email, password: 'two', now: at(start, 100) })
    const tooSoon = await verifyStaffCredentials({
      email: user.email,
      password: PASSWORD,
      now: at(start, 500),
    })
    expect(tooSoon).toMatchObject({ ok: false, reason: 'locked' })
    expect(
      (await verifyStaffCredentials({ email: user.email, password: PASSWORD, now: at(start, 1200) })).ok,
    ).toBe(true)
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
