import { beforeAll, describe, expect, it } from 'vitest'
import { verify } from '@node-rs/argon2'
import { db, uniqueSlug } from '../../helpers/db'
import { signInAs } from '../../helpers/session'
import { listAuditEntries } from '@/server/audit/list-audit-entries'
import { listAuditKinds } from '@/server/audit/list-audit-kinds'
import { ensureAdmin } from '@/server/auth/ensure-admin'
import { verifyStaffCredentials } from '@/server/auth/verify-staff-credentials'
import { AUDIT_PAGE_SIZE } from '@/schemas/audit'
import { userWithPassword } from './fixtures'

describe('the audit log viewer', () => {
  const marker = uniqueSlug('audit')
  beforeAll(async () => {
    signInAs(await userWithPassword('ADMIN'))
    const entry = (actorLabel: string, action: string, createdAt: string) => ({
      actorLabel,
      action,
      entityType: 'Thing',
      entityId: marker,
      createdAt: new Date(createdAt),
    })
    await db.auditLog.createMany({
      data: [
        entry(`moderator-${marker}@example.org`, 'pledge.approve', '2025-01-10T12:00:00Z'),
        entry(`moderator-${marker}@example.org`, 'pledge.reject', '2025-01-11T23:59:00Z'),
        entry(`editor-${marker}@example.org`, 'content.publish', '2025-01-12T00:00:00Z'),
        ...Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) =>
          entry(
            `bulk-${marker}`,
            'municipality.update',
            `2024-06-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
          ),
        ),
      ],
    })
  })

  it('filters by person, by kind and by an inclusive date range', async () => {
    const byPerson = await listAuditEntries({ page: 1, person: `moderator-${marker}` })
    expect(byPerson.entries.map((e) => e.action)).toEqual(['pledge.reject', 'pledge.approve'])
    const byKind = await listAuditEntries({ page: 1, kind: 'content', person: marker })
    expect(byKind.entries.map((e) => e.action)).toEqual(['content.publish'])
    const byDates = await listAuditEntries({ page: 1, from: '2025-01-10', to: '2025-01-11' })
    expect(byDates.entries.map((e) => e.action)).toEqual(['pledge.reject', 'pledge.approve'])
    expect(await listAuditKinds()).toEqual(expect.arrayContaining(['content', 'municipality', 'pledge']))
  })

  it('pages through long results', async () => {
    const first = await listAuditEntries({ page: 1, person: `bulk-${marker}` })
    const second = await listAuditEntries({ page: 2, person: `bulk-${marker}` })
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, pageCount: 2 })
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE)
    expect(second.entries).toHaveLength(5)
  })
})

describe('npm run admin:create (ensureAdmin)', () => {
  it('creates an admin with a generated password that signs in', async () => {
    const email = `${uniqueSlug('first-admin')}@example.org`
    const result = await ensureAdmin({ email: email.toUpperCase() })
    expect(result.created).toBe(true)
    expect(result.generatedPassword).toMatch(/^[\w-]{20}$/)
    const signIn = await verifyStaffCredentials({ email, password: result.generatedPassword! })
    expect(signIn).toMatchObject({ ok: true, user: { role: 'ADMIN', email } })
  })

  it('promotes and reactivates an existing user with the given password, ending old sessions', async () => {
    const official = await userWithPassword('OFFICIAL', { active: false })
    const result = await ensureAdmin({ email: official.email, password: 'a long new password' })
    expect(result).toEqual({ userId: official.id, created: false, generatedPassword: null })
    const after = await db.user.findUniqueOrThrow({
      where: { id: official.id },
      omit: { passwordHash: false },
    })
    expect(after).toMatchObject({ role: 'ADMIN', active: true })
    expect(await verify(after.passwordHash!, 'a long new password')).toBe(true)
    expect(after.sessionsValidFrom).toBeInstanceOf(Date)
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: official.id } })
    expect(audit.action).toBe('user.promote-admin')
  })

  it('refuses a short password', async () => {
    await expect(ensureAdmin({ email: `${uniqueSlug('x')}@example.org`, password: 'short' })).rejects.toThrow(
      /at least 12/,
    )
  })
})
