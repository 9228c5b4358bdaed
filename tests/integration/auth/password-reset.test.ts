import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../helpers/db'
import { requestPasswordReset } from '@/server/auth/request-password-reset'
import { checkPasswordResetToken } from '@/server/tokens/check-password-reset-token'
import { resetPassword } from '@/server/auth/reset-password'
import { verifyStaffCredentials, LOCK_AFTER_FAILURES } from '@/server/auth/verify-staff-credentials'
import { AppError } from '@/server/errors'
import { PASSWORD, userWithPassword } from './fixtures'

let ipCounter = 0
const nextIp = () => `203.0.113.${++ipCounter}`

async function linkFromOutbox(email: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: 'desc' },
  })
  const match = message.text.match(/\/reset-password\/([\w-]{43})/)
  if (!match?.[1]) throw new Error(`No reset link in: ${message.text}`)
  return match[1]
}

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

describe('password reset', () => {
  it('emails a staff member a link that sets a new password, unlocks the account and ends sessions', async () => {
    const user = await userWithPassword('MODERATOR')
    const ip = '198.51.100.200'
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) {
      await verifyStaffCredentials({ email: user.email, password: 'guess', ip })
    }
    expect((await verifyStaffCredentials({ email: user.email, password: PASSWORD, ip })).ok).toBe(false)

    await requestPasswordReset({ email: user.email.toUpperCase(), ip: nextIp() })
    const token = await linkFromOutbox(user.email)
    expect(await checkPasswordResetToken({ token })).toBe('valid')
    // Opening the link spends nothing.
    expect(await checkPasswordResetToken({ token })).toBe('valid')

    expect(await resetPassword({ token, password: 'a brand new passphrase' })).toEqual({ ok: true })
    // From the very client that was locked out: a new password starts a new count.
    expect(
      (await verifyStaffCredentials({ email: user.email, password: 'a brand new passphrase', ip })).ok,
    ).toBe(true)
    expect((await verifyStaffCredentials({ email: user.email, password: PASSWORD })).ok).toBe(false)
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(after.sessionsValidFrom).toBeInstanceOf(Date)
    expect(await resetPassword({ token, password: 'another passphrase' })).toEqual({
      ok: false,
      state: 'used',
    })
  })

  it('sends nothing for an unknown email, an official or a deactivated account, and answers the same', async () => {
    const official = await userWithPassword('OFFICIAL')
    const inactive = await userWithPassword('EDITOR', { active: false })
    const before = await db.outboxMessage.count()
    for (const email of ['nobody@example.org', official.email, inactive.email]) {
      await expect(requestPasswordReset({ email, ip: nextIp() })).resolves.toBeUndefined()
    }
    expect(await db.outboxMessage.count()).toBe(before)
  })

  it('refuses an expired link and keeps only the newest link working', async () => {
    const user = await userWithPassword('EDITOR')
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    await requestPasswordReset({ email: user.email, ip: nextIp(), now: longAgo })
    const expired = await linkFromOutbox(user.email)
    expect(await resetPassword({ token: expired, password: 'too late for this' })).toEqual({
      ok: false,
      state: 'expired',
    })
    await requestPasswordReset({ email: user.email, ip: nextIp() })
    const first = await linkFromOutbox(user.email)
    await new Promise((r) => setTimeout(r, 5))
    await requestPasswordReset({ email: user.email, ip: nextIp() })
    const second = await linkFromOutbox(user.email)
    expect(first).not.toBe(second)
    expect(await checkPasswordResetToken({ token: first })).toBe('used')
    expect(await resetPassword({ token: second, password: 'the newest link wins' })).toEqual({ ok: true })
    expect(await checkPasswordResetToken({ token: 'not-a-token' })).toBe('invalid')
  })

  it('limits repeated requests for one email', async () => {
    const user = await userWithPassword('EDITOR')
    const attempts = Array.from({ length: 4 }, () =>
      requestPasswordReset({ email: user.email, ip: nextIp() }).then(
        () => 'ok',
        (e) => (e instanceof AppError ? e.code : String(e)),
      ),
    )
    // Concurrent requests reach a shared store (PostgreSQL, Redis) in no particular order: count them.
    expect((await Promise.all(attempts)).sort()).toEqual(['RATE_LIMITED', 'ok', 'ok', 'ok'])
  })
})
