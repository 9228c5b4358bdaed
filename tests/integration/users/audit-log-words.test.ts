// The audit log in words: what was done, the item's title with a link to it, and who did it, with
// the titles read in one query per kind of item however many entries the page holds.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '../../helpers/db'
import { activeTarget, approvedPledge, memberMunicipality, staffUser, suffix } from '../../fixtures/factories'
import { listAuditEntries } from '@/server/audit/list-audit-entries'
import { auditFilterSchema } from '@/schemas/audit'
import { fallback } from './session'

vi.mock('@/server/auth/get-session-identity', async () => {
  const { currentSession } = await import('./session')
  return { getSessionIdentity: async () => currentSession() }
})

// Entries of this file only: its people have names no other test uses.
const run = suffix()
const erin = `erin.editor.${run}@example.org`
const pat = `signatory pat.${run}@town.gov`
const list = (raw: Record<string, string> = {}) =>
  listAuditEntries(auditFilterSchema.parse({ person: run, ...raw }))

let editor: { id: string; email: string }
let about: { id: string }
let place: { id: string; slug: string }
let target: { id: string }
let pledge: { id: string; municipalityId: string }
beforeAll(async () => {
  const admin = await staffUser(db, 'ADMIN')
  fallback.current = { userId: admin.id, authTime: Date.now() }
  editor = await staffUser(db, 'EDITOR', { email: erin, name: 'Erin Editor' })
  about = await db.contentPage.create({
    data: {
      slug: `about-${run}`,
      title: 'About the network',
      body: 'Who we are.',
      searchText: 'who we are',
      status: 'PUBLISHED',
    },
  })
  const pages = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      db.contentPage.create({
        data: { slug: `page-${i}-${run}`, title: `Page ${i}`, body: 'Text', searchText: 'text' },
      }),
    ),
  )
  place = await memberMunicipality(db, { name: 'Boulder', state: 'CO' })
  target = await activeTarget(db, 'FIXED_LEVEL', { municipalityId: place.id, targetYear: 2045 })
  pledge = await approvedPledge(db)
  const by = { actorId: editor.id, actorLabel: editor.email }
  await db.auditLog.createMany({
    data: [
      ...pages.map((p) => ({
        ...by,
        action: 'content.save-draft',
        entityType: 'ContentPage',
        entityId: p.id,
      })),
      { ...by, action: 'municipality.edit', entityType: 'Municipality', entityId: place.id },
      { ...by, action: 'target.create', entityType: 'Target', entityId: target.id },
      {
        actorLabel: pat,
        action: 'pledge.confirm',
        entityType: 'Pledge',
        entityId: pledge.id,
      },
      { ...by, action: 'solution.publish', entityType: 'Solution', entityId: 'gone-solution' },
      {
        ...by,
        action: 'content.publish',
        entityType: 'ContentPage',
        entityId: about.id,
        createdAt: new Date(Date.now() + 1000),
      },
    ],
  })
})

describe('the audit log in words', () => {
  it('says what was done to which item, with a link to it, and who did it', async () => {
    const { entries } = await list()
    const [newest] = entries
    expect(newest).toMatchObject({
      words: 'Published the page',
      item: { title: 'About the network', href: `/admin/content/${about.id}` },
      actor: { name: 'Erin Editor', email: erin },
    })
    const edit = entries.find((e) => e.action === 'municipality.edit')
    expect(edit).toMatchObject({
      words: 'Edited the facts of',
      item: { title: 'Boulder, CO', href: `/admin/municipalities/${place.slug}` },
    })
    const set = entries.find((e) => e.action === 'target.create')
    expect(set).toMatchObject({
      words: 'Set the target',
      item: { title: 'Boulder, CO: fixed level target for 2045', href: `/members/${place.slug}` },
    })
  })

  it('keeps the label of a person without an account, and says when the item is gone', async () => {
    const { entries } = await list()
    const confirm = entries.find((e) => e.action === 'pledge.confirm')
    expect(confirm).toMatchObject({
      actor: null,
      actorLabel: pat,
      words: 'Confirmed by email the pledge',
    })
    expect(confirm!.item?.title).toMatch(/: Compact of Mayors$/)
    const gone = entries.find((e) => e.action === 'solution.publish')
    expect(gone).toMatchObject({ item: null, noun: 'a solution', words: 'Published the solution' })
  })

  it('reads the titles of many entries of one kind in one query', async () => {
    const pages = vi.spyOn(db.contentPage, 'findMany')
    const { entries } = await list({ kind: 'content' })
    expect(entries).toHaveLength(7)
    expect(entries.every((e) => e.item !== null)).toBe(true)
    expect(pages).toHaveBeenCalledTimes(1)
    pages.mockRestore()
  })
})
