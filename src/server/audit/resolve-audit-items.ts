import 'server-only'
import { db } from '@/server/db'
import { TARGET_TYPES } from '@/schemas/targets'
import type { TargetType } from '@/lib/domain/target-path'

export type AuditItem = { title: string; href: string }
type Ref = { entityType: string; entityId: string }

const key = (entityType: string, entityId: string) => `${entityType}:${entityId}`
const place = (m: { name: string; state: string }) => `${m.name}, ${m.state}`

/**
 * The title of each entry's item and where staff can see it, read with one query per kind of
 * item on the page (never one per entry). Items since deleted are left out.
 */
export async function resolveAuditItems(refs: Ref[]): Promise<Map<string, AuditItem>> {
  const ids = (type: string) => [...new Set(refs.filter((r) => r.entityType === type).map((r) => r.entityId))]
  const some = <T>(list: string[], read: (ids: string[]) => Promise<T[]>) =>
    list.length > 0 ? read(list) : Promise.resolve([] as T[])
  const placeSelect = { name: true, state: true, slug: true, isMember: true } as const
  const [pages, places, pledges, texts, reports, solutions, targets, uploads, users] = await Promise.all([
    some(ids('ContentPage'), (id) =>
      db.contentPage.findMany({ where: { id: { in: id } }, select: { id: true, title: true } }),
    ),
    some(ids('Municipality'), (id) =>
      db.municipality.findMany({ where: { id: { in: id } }, select: { id: true, ...placeSelect } }),
    ),
    some(ids('Pledge'), (id) =>
      db.pledge.findMany({
        where: { id: { in: id } },
        select: { id: true, campaign: { select: { name: true } }, municipality: { select: placeSelect } },
      }),
    ),
    some(ids('PledgeText'), (id) =>
      db.pledgeText.findMany({
        where: { id: { in: id } },
        select: { id: true, version: true, campaign: { select: { name: true, slug: true } } },
      }),
    ),
    some(ids('ProgressReport'), (id) =>
      db.progressReport.findMany({
        where: { id: { in: id } },
        select: { id: true, accountingYear: true, municipality: { select: placeSelect } },
      }),
    ),
    some(ids('Solution'), (id) =>
      db.solution.findMany({ where: { id: { in: id } }, select: { id: true, title: true } }),
    ),
    some(ids('Target'), (id) =>
      db.target.findMany({
        where: { id: { in: id } },
        select: { id: true, type: true, targetYear: true, municipality: { select: placeSelect } },
      }),
    ),
    some(ids('Upload'), (id) =>
      db.upload.findMany({ where: { id: { in: id } }, select: { id: true, filename: true } }),
    ),
    some(ids('User'), (id) =>
      db.user.findMany({ where: { id: { in: id } }, select: { id: true, name: true, email: true } }),
    ),
  ])
  const items = new Map<string, AuditItem>()
  const adminPlace = (m: { slug: string }) => `/admin/municipalities/${m.slug}`
  for (const p of pages)
    items.set(key('ContentPage', p.id), { title: p.title, href: `/admin/content/${p.id}` })
  for (const m of places) items.set(key('Municipality', m.id), { title: place(m), href: adminPlace(m) })
  for (const p of pledges)
    items.set(key('Pledge', p.id), {
      title: `${place(p.municipality)}: ${p.campaign.name}`,
      href: adminPlace(p.municipality),
    })
  for (const t of texts)
    items.set(key('PledgeText', t.id), {
      title: `${t.campaign.name}, version ${t.version}`,
      href: `/admin/pledge-texts/${t.campaign.slug}`,
    })
  for (const r of reports)
    items.set(key('ProgressReport', r.id), {
      title: `${place(r.municipality)}, ${r.accountingYear}`,
      href: `/admin/reports/${r.id}`,
    })
  for (const s of solutions)
    items.set(key('Solution', s.id), { title: s.title, href: `/admin/solutions/${s.id}` })
  for (const t of targets)
    items.set(key('Target', t.id), {
      title: `${place(t.municipality)}: ${TARGET_TYPES[t.type as TargetType].label.toLowerCase()} for ${t.targetYear}`,
      // Targets are shown on the member's public profile.
      href: t.municipality.isMember ? `/members/${t.municipality.slug}` : adminPlace(t.municipality),
    })
  for (const u of uploads)
    items.set(key('Upload', u.id), { title: u.filename, href: '/admin/content/images' })
  for (const u of users)
    items.set(key('User', u.id), { title: u.name ? `${u.name} (${u.email})` : u.email, href: '/admin/users' })
  return items
}

export const auditItemKey = key
