// Staff and officials: invitations and accepting them, roles, deactivation, and the last-admin rule.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { verify } from '@node-rs/argon2'
import { db, truncateAll } from '../../helpers/db'
import { referencePlace, staffUser } from '../../fixtures/factories'
import { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { verifyStaffCredentials } from '@/server/auth/verify-staff-credentials'
import { changeRoleAction, inviteAction, setActiveAction } from '@/app/admin/users/actions'
import { acceptInvitationAction } from '@/app/invitation/[token]/actions'
import { acceptInvitation } from '@/server/users/accept-invitation'
import { checkInvitation } from '@/server/tokens/check-invitation'
import { changeUserRole, LAST_ADMIN_MESSAGE } from '@/server/users/change-user-role'
import { setUserActive } from '@/server/users/set-user-active'
import { listUsers } from '@/server/users/list-users'
import { INVITATION_LIFETIME_MS } from '@/server/users/invite-user'
import { form, run } from '../admin-municipalities/helpers'
import { actingAs, fallback } from './session'

vi.mock('@/server/auth/get-session-identity', async () => {
  const { currentSession } = await import('./session')
  return { getSessionIdentity: async () => currentSession() }
})

let admin: { id: string; email: string }
const signInAs = (user: { id: string } | null, authTime = Date.now()) => {
  fallback.current = user ? { userId: user.id, authTime } : null
}
const PASSWORD = 'a long enough passphrase'

beforeAll(async () => {
  await truncateAll()
  admin = await staffUser(db, 'ADMIN', { password: PASSWORD })
})
beforeEach(() => {
  signInAs(admin)
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

async function invitationToken(email: string): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: 'desc' },
  })
  const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1]
  if (!token) throw new Error(`no invitation link in: ${mail.text}`)
  return token
}

const invite = (fields: Record<string, string>) =>
  run(
    inviteAction(
      null,
      form({ name: 'Sam Staff', role: 'EDITOR', municipalitySlug: '', title: '', ...fields }),
    ),
  )

describe('inviting and accepting', () => {
  it('is for admins only', async () => {
    for (const role of ['EDITOR', 'MODERATOR', 'OFFICIAL'] as const) {
      signInAs(await staffUser(db, role))
      expect(await invite({ email: 'nobody@example.org' })).toBe('FORBIDDEN')
      expect(await run(listUsers())).toBe('FORBIDDEN')
    }
    signInAs(null)
    expect(await invite({ email: 'nobody@example.org' })).toBe('UNAUTHENTICATED')
    expect(await db.user.count({ where: { email: 'nobody@example.org' } })).toBe(0)
  })

  it('refuses bad answers by field, keeping what was typed', async () => {
    const state = await invite({ email: 'not-an-email', name: '', role: 'OFFICIAL', municipalitySlug: '' })
    expect(state).toMatchObject({
      fieldErrors: {
        email: expect.stringContaining('correct format'),
        name: 'Enter the person’s name',
        municipalitySlug: expect.stringContaining('slug'),
      },
      values: { email: 'not-an-email', role: 'OFFICIAL' },
    })
    expect(
      await invite({ email: 'x@example.org', role: 'OFFICIAL', municipalitySlug: 'no-such-place' }),
    ).toMatchObject({
      fieldErrors: { municipalitySlug: expect.stringContaining('no municipality') },
    })
    expect(await invite({ email: admin.email })).toMatchObject({
      fieldErrors: { email: expect.stringContaining('already has an account') },
    })
  })

  it('a staff invitation creates an inactive account, emails a 7-day link, and accepting sets the password', async () => {
    const email = 'New.Editor@Example.org'
    const before = Date.now()
    expect(await invite({ email, name: 'Nia Editor' })).toBe(
      'redirect:/admin/users?invited=new.editor%40example.org',
    )
    const user = await db.user.findUniqueOrThrow({
      where: { email: 'new.editor@example.org' },
      omit: { passwordHash: false },
    })
    expect(user).toMatchObject({ role: 'EDITOR', active: false, passwordHash: null, name: 'Nia Editor' })
    const token = await invitationToken(user.email)
    const stored = await db.emailToken.findFirstOrThrow({ where: { userId: user.id, purpose: 'INVITATION' } })
    expect(stored.tokenHash).not.toContain(token)
    expect(stored.expiresAt.getTime()).toBeGreaterThanOrEqual(before + INVITATION_LIFETIME_MS - 1000)
    expect(stored.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + INVITATION_LIFETIME_MS)
    expect(await verifyStaffCredentials({ email, password: PASSWORD })).toMatchObject({ ok: false })

    // Opening the link spends nothing; a short password is refused and the link still works.
    expect(await checkInvitation({ token })).toMatchObject({ state: 'valid', role: 'EDITOR' })
    signInAs(null)
    expect(
      await acceptInvitationAction(null, form({ token, password: 'short', confirmPassword: 'short' })),
    ).toMatchObject({
      fieldErrors: { password: expect.stringContaining('12 characters') },
    })
    expect(
      await run(acceptInvitationAction(null, form({ token, password: PASSWORD, confirmPassword: PASSWORD }))),
    ).toBe('redirect:/invitation/accepted?as=staff')
    const accepted = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      omit: { passwordHash: false },
    })
    expect(accepted.active).toBe(true)
    expect(accepted.emailVerified).toBeInstanceOf(Date)
    expect(await verify(accepted.passwordHash!, PASSWORD)).toBe(true)
    expect(await verifyStaffCredentials({ email, password: PASSWORD })).toMatchObject({ ok: true })
    // The link works once.
    expect(
      await acceptInvitationAction(null, form({ token, password: PASSWORD, confirmPassword: PASSWORD })),
    ).toEqual({
      values: {},
      fieldErrors: {},
      formError: 'This invitation has already been accepted. Sign in instead.',
    })
    const actions = await db.auditLog.findMany({
      where: { entityId: user.id },
      orderBy: { createdAt: 'asc' },
    })
    expect(actions.map((a) => [a.action, a.actorId])).toEqual([
      ['user.invite', admin.id],
      ['user.accept-invitation', user.id],
    ])
  })

  it('an expired or malformed link is refused; inviting again sends a new link and spends the old one', async () => {
    await invite({ email: 'late@example.org' })
    const first = await invitationToken('late@example.org')
    const later = new Date(Date.now() + INVITATION_LIFETIME_MS + 60_000)
    expect(await acceptInvitation({ token: first, password: PASSWORD, now: later })).toEqual({
      ok: false,
      state: 'expired',
    })
    expect(await acceptInvitation({ token: 'x'.repeat(43), password: PASSWORD })).toEqual({
      ok: false,
      state: 'invalid',
    })
    expect(await acceptInvitation({ token: 'short', password: PASSWORD })).toEqual({
      ok: false,
      state: 'invalid',
    })
    expect(await invite({ email: 'late@example.org', role: 'MODERATOR' })).toMatch(/^redirect:/)
    const second = await invitationToken('late@example.org')
    expect(second).not.toBe(first)
    expect(await checkInvitation({ token: first })).toEqual({ state: 'used' })
    expect(await acceptInvitation({ token: second, password: PASSWORD })).toEqual({
      ok: true,
      role: 'MODERATOR',
    })
    expect(await db.auditLog.count({ where: { action: 'user.reinvite' } })).toBe(1)
  })

  it('an official is tied to their municipality and accepting only activates them', async () => {
    const place = await referencePlace(db)
    expect(
      await invite({
        email: 'clerk@town.gov',
        name: 'Cleo Clerk',
        role: 'OFFICIAL',
        municipalitySlug: place.slug,
        title: 'Clerk',
      }),
    ).toMatch(/^redirect:/)
    const user = await db.user.findUniqueOrThrow({
      where: { email: 'clerk@town.gov' },
      include: { officialOf: true },
    })
    expect(user).toMatchObject({ role: 'OFFICIAL', active: false })
    expect(user.officialOf).toEqual([
      expect.objectContaining({
        municipalityId: place.id,
        title: 'Clerk',
        confirmed: true,
        invitedById: admin.id,
      }),
    ])
    const token = await invitationToken('clerk@town.gov')
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: 'clerk@town.gov' } })
    expect(mail.text).toContain(place.name)
    signInAs(null)
    expect(await run(acceptInvitationAction(null, form({ token, official: '1' })))).toBe(
      'redirect:/invitation/accepted?as=official',
    )
    expect(
      await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } }),
    ).toMatchObject({
      active: true,
      passwordHash: null,
    })
  })
})

describe('roles and deactivation', () => {
  it('changes a staff role, audited; officials keep theirs', async () => {
    const mod = await staffUser(db, 'MODERATOR')
    expect(await run(changeRoleAction(form({ userId: mod.id, role: 'EDITOR' })))).toBe(
      'redirect:/admin/users?done=role',
    )
    expect((await db.user.findUniqueOrThrow({ where: { id: mod.id } })).role).toBe('EDITOR')
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: mod.id, action: 'user.change-role' },
    })
    expect([JSON.parse(entry.before!).role, JSON.parse(entry.after!).role]).toEqual(['MODERATOR', 'EDITOR'])
    const official = await staffUser(db, 'OFFICIAL')
    expect(await run(changeRoleAction(form({ userId: official.id, role: 'ADMIN' })))).toBe(
      'redirect:/admin/users?problem=not-staff',
    )
    expect(await run(changeRoleAction(form({ userId: mod.id, role: 'OFFICIAL' })))).toBe(
      'redirect:/admin/users?problem=role',
    )
    signInAs(mod)
    expect(await run(changeRoleAction(form({ userId: mod.id, role: 'ADMIN' })))).toBe('FORBIDDEN')
  })

  it('deactivating ends every session at once; reactivating does not revive them', async () => {
    const editor = await staffUser(db, 'EDITOR', { password: PASSWORD })
    const session = Date.now() - 60_000
    await actingAs(
      editor.id,
      async () => expect(await requirePermission('content.edit')).toMatchObject({ id: editor.id }),
      session,
    )
    expect(await run(setActiveAction(form({ userId: editor.id, active: '0' })))).toBe(
      'redirect:/admin/users?done=deactivated',
    )
    await actingAs(
      editor.id,
      () => expect(requirePermission('content.edit')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' }),
      session,
    )
    expect(await verifyStaffCredentials({ email: editor.email, password: PASSWORD })).toMatchObject({
      ok: false,
    })
    expect(await run(setActiveAction(form({ userId: editor.id, active: '1' })))).toBe(
      'redirect:/admin/users?done=reactivated',
    )
    await actingAs(
      editor.id,
      () => expect(requirePermission('content.edit')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' }),
      session,
    )
    await actingAs(
      editor.id,
      async () => expect(await requirePermission('content.edit')).toMatchObject({ id: editor.id }),
      Date.now() + 1000,
    )
    const actions = await db.auditLog.findMany({
      where: { entityId: editor.id },
      orderBy: { createdAt: 'asc' },
    })
    expect(actions.map((a) => a.action)).toEqual(['user.deactivate', 'user.reactivate'])
  })
})

describe('the last active administrator', () => {
  beforeEach(async () => {
    await db.user.updateMany({ where: { role: 'ADMIN', id: { not: admin.id } }, data: { active: false } })
    await db.user.update({ where: { id: admin.id }, data: { active: true, role: 'ADMIN' } })
  })

  it('can be neither demoted nor deactivated, even by themselves', async () => {
    expect(await run(changeRoleAction(form({ userId: admin.id, role: 'EDITOR' })))).toBe(
      'redirect:/admin/users?problem=last-admin',
    )
    expect(await run(setActiveAction(form({ userId: admin.id, active: '0' })))).toBe(
      'redirect:/admin/users?problem=last-admin',
    )
    await expect(changeUserRole({ userId: admin.id, role: 'MODERATOR' })).rejects.toThrow(LAST_ADMIN_MESSAGE)
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: 'ADMIN',
      active: true,
    })
    // With a second admin, either may go.
    const second = await staffUser(db, 'ADMIN')
    expect(await changeUserRole({ userId: second.id, role: 'EDITOR' })).toEqual({ changed: true })
  })

  it('two admins removing each other at the same time leave one', async () => {
    for (let round = 0; round < 4; round += 1) {
      const a = await staffUser(db, 'ADMIN')
      const b = await staffUser(db, 'ADMIN')
      await db.user.update({ where: { id: admin.id }, data: { active: false } })
      const removeOther = (me: { id: string }, other: { id: string }) =>
        actingAs(me.id, () =>
          round % 2 === 0
            ? changeUserRole({ userId: other.id, role: 'EDITOR' })
            : setUserActive({ userId: other.id, active: false }),
        )
      const results = await Promise.allSettled([removeOther(a, b), removeOther(b, a)])
      const outcomes = results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as AppError).code))
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1)
      expect(
        outcomes.filter((o) => o === 'CONFLICT' || o === 'FORBIDDEN' || o === 'UNAUTHENTICATED'),
      ).toHaveLength(1)
      expect(await db.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1)
      await db.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { active: false } })
      await db.user.update({ where: { id: admin.id }, data: { active: true } })
    }
  })
})
