// The audit log screen's data: filters by person, kind and UTC date range, pages, before and after.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { staffUser } from '../../fixtures/factories'
import { listAuditEntries } from '@/server/audit/list-audit-entries'
import { listAuditKinds } from '@/server/audit/list-audit-kinds'
import { auditFilterSchema, AUDIT_PAGE_SIZE } from '@/schemas/audit'
import { fallback } from './session'

vi.mock('@/server/auth/get-session-identity', async () => {
  const { currentSession } = await import('./session')
  return { getSessionIdentity: async () => currentSession() }
})

let dana: { id: string }
beforeAll(async () => {
  await truncateAll()
  const admin = await staffUser(db, 'ADMIN')
  dana = await staffUser(db, 'MODERATOR', { email: 'dana.mod@example.org', name: 'Dana Moderator' })
  fallback.current = { userId: admin.id, authTime: Date.now() }
  const at = (day: string, hour = 12) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`)
  await db.auditLog.createMany({
    data: [
      {
        actorId: dana.id,
        actorLabel: 'dana.mod@example.org',
        action: 'municipality.edit',
        entityType: 'Municipality',
        entityId: 'm1',
        before: '{"population":100}',
        after: '{"population":200}',
        createdAt: at('2026-03-01', 0),
      },
      {
        actorId: dana.id,
        actorLabel: 'dana.mod@example.org',
        action: 'municipality.merge',
        entityType: 'Municipality',
        entityId: 'm2',
        createdAt: at('2026-03-02', 23),
      },
      {
        actorId: admin.id,
        actorLabel: admin.email,
        action: 'user.deactivate',
        entityType: 'User',
        entityId: dana.id,
        createdAt: at('2026-03-03'),
      },
      {
        actorLabel: 'signatory pat@town.gov',
        action: 'pledge.confirm',
        entityType: 'Pledge',
        entityId: 'p1',
        createdAt: at('2026-03-04'),
      },
      ...Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        actorLabel: 'system',
        action: 'compliance.refresh',
        entityType: 'Municipality',
        entityId: `bulk-${i}`,
        createdAt: at('2026-02-01'),
      })),
    ],
  })
})

const list = (raw: Record<string, string>) => listAuditEntries(auditFilterSchema.parse(raw))
const ids = async (raw: Record<string, string>) => (await list(raw)).entries.map((e) => e.entityId)

describe('audit log filters', () => {
  it('by person: email or name, any case, part of it', async () => {
    expect(await ids({ person: 'DANA.MOD' })).toEqual(['m2', 'm1'])
    expect(await ids({ person: 'Dana Moder' })).toEqual(['m2', 'm1'])
    expect(await ids({ person: 'pat@town' })).toEqual(['p1'])
  })

  it('by kind: a group or one action', async () => {
    expect(await ids({ kind: 'municipality' })).toEqual(['m2', 'm1'])
    expect(await ids({ kind: 'municipality.merge' })).toEqual(['m2'])
    expect(await ids({ kind: 'user' })).toEqual([dana.id])
    expect(await listAuditKinds()).toEqual(
      expect.arrayContaining([
        'municipality',
        'municipality.edit',
        'municipality.merge',
        'user',
        'user.deactivate',
        'pledge',
      ]),
    )
  })

  it('by UTC date range, both days included', async () => {
    expect(await ids({ from: '2026-03-01', to: '2026-03-02' })).toEqual(['m2', 'm1'])
    expect(await ids({ from: '2026-03-03' })).toEqual(['p1', dana.id])
    expect(await ids({ to: '2026-02-28', kind: 'municipality' })).toEqual([])
    // Malformed filters are dropped rather than failing.
    expect(auditFilterSchema.parse({ from: '2026-13-45', kind: 'DROP TABLE', page: '-1' })).toEqual({
      page: 1,
    })
  })

  it('pages newest first and keeps before and after', async () => {
    const first = await list({ person: 'system' })
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, pageCount: 2 })
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE)
    expect((await list({ person: 'system', page: '2' })).entries).toHaveLength(5)
    const [edit] = (await list({ kind: 'municipality.edit' })).entries
    expect(edit).toMatchObject({
      before: '{"population":100}',
      after: '{"population":200}',
      actorLabel: 'dana.mod@example.org',
    })
  })

  it('is for admins only', async () => {
    fallback.current = { userId: dana.id, authTime: Date.now() }
    await expect(list({})).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
