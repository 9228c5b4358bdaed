// The authorization matrix: every permission, admin page and guard against anonymous, official,
// editor, moderator and admin. The expected table is written out here, independently of
// src/server/auth/permissions.ts, so a new permission or page without a row here fails.
import { beforeAll, describe, expect, it } from 'vitest'
import { session, signInAs as signInUser } from '../../helpers/session'
import { db } from '../../helpers/db'
import { AppError } from '@/server/errors'
import { adminPages, permissions, type Permission } from '@/server/auth/permissions'
import { requirePermission } from '@/server/auth/require-permission'
import { requireOfficialOf } from '@/server/auth/require-official-of'
import { getDashboardSummary } from '@/server/admin/get-dashboard-summary'
import { listOutboxMessages } from '@/server/outbox/list-outbox-messages'
import { getOutboxMessage } from '@/server/outbox/get-outbox-message'
import { listAuditEntries } from '@/server/audit/list-audit-entries'
import { listAuditKinds } from '@/server/audit/list-audit-kinds'
import { listPledgesForReview } from '@/server/pledges/list-pledges-for-review'
import { listReportsToVerify } from '@/server/reports/list-reports-to-verify'
import { getReportForReview } from '@/server/reports/get-report-for-review'
import { getUpload } from '@/server/uploads/get-upload'
import { listContentPages } from '@/server/content/list-content-pages'
import { getContentPageForEdit } from '@/server/content/get-content-page-for-edit'
import { compareRevisions } from '@/server/content/compare-revisions'
import { listImages } from '@/server/images/list-images'
import { listPageHeroes } from '@/server/heroes/list-page-heroes'
import { listPledgeTexts } from '@/server/content/list-pledge-texts'
import { getPledgeTextEditor } from '@/server/content/get-pledge-text-editor'
import { listSolutionsForAdmin } from '@/server/solutions/list-solutions-for-admin'
import { getSolutionForEdit } from '@/server/solutions/get-solution-for-edit'
import { listPartnersForAdmin } from '@/server/partners/list-partners-for-admin'
import { getPartnerForEdit } from '@/server/partners/get-partner-for-edit'
import { listEventsForAdmin } from '@/server/events/list-events-for-admin'
import { getEventForEdit } from '@/server/events/get-event-for-edit'
import { listEventRegistrations } from '@/server/events/list-event-registrations'
import { registrationsCsv } from '@/server/events/registrations-csv'
import { listGroupsForAdmin } from '@/server/groups/list-groups-for-admin'
import { listMembershipRequests } from '@/server/groups/list-membership-requests'
import { getGroupForEdit } from '@/server/groups/get-group-for-edit'
import { listFacilitators } from '@/server/groups/list-facilitators'
import { listResourcesForAdmin } from '@/server/resources/list-resources-for-admin'
import { getResourceForEdit } from '@/server/resources/get-resource-for-edit'
import { listResourceOwners } from '@/server/resources/list-resource-owners'
import { listResourcesDueForReview } from '@/server/resources/list-resources-due-for-review'
import { adminSearchMunicipalities } from '@/server/municipalities/admin-search-municipalities'
import { adminGetMunicipality } from '@/server/municipalities/admin-get-municipality'
import { streamMunicipalitiesCsv } from '@/server/municipalities/stream-municipalities-csv'
import { listUsers } from '@/server/users/list-users'
import { listPendingOfficials } from '@/server/portal/list-pending-officials'
import { listAssistanceQueue } from '@/server/assistance/list-assistance-queue'
import { getAssistanceRequest } from '@/server/assistance/get-assistance-request'
import { listAskCommentsToModerate } from '@/server/asks/list-ask-comments-to-moderate'
import { summarizeIntroductions } from '@/server/introductions/summarize-introductions'
import { userWithPassword } from './fixtures'

// The session cookie, as the guards see it.

const personas = ['anonymous', 'official', 'editor', 'moderator', 'admin'] as const
type Persona = (typeof personas)[number]
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN'

const staffOnly = (allowed: Persona[]): Record<Persona, Outcome> =>
  Object.fromEntries(
    personas.map((p) => [
      p,
      p === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(p) ? 'ok' : 'FORBIDDEN',
    ]),
  ) as Record<Persona, Outcome>

const expected: Record<Permission, Record<Persona, Outcome>> = {
  'admin.view': staffOnly(['editor', 'moderator', 'admin']),
  'outbox.view': staffOnly(['admin']),
  'audit.view': staffOnly(['admin']),
  'pledge.review': staffOnly(['moderator', 'admin']),
  'report.verify': staffOnly(['moderator', 'admin']),
  'municipality.edit': staffOnly(['moderator', 'admin']),
  'content.edit': staffOnly(['editor', 'admin']),
  'solution.edit': staffOnly(['editor', 'admin']),
  'partner.edit': staffOnly(['editor', 'admin']),
  'event.edit': staffOnly(['editor', 'admin']),
  'group.edit': staffOnly(['editor', 'admin']),
  'resource.edit': staffOnly(['editor', 'admin']),
  'assistance.answer': staffOnly(['editor', 'moderator', 'admin']),
  'ask.moderate': staffOnly(['moderator', 'admin']),
  'user.manage': staffOnly(['admin']),
}

let outboxId = ''
// What each admin page loads; each must check on its own, whatever the layout did.
const pageData: Record<string, () => Promise<unknown>> = {
  '/admin': async () => {
    await getDashboardSummary()
    await summarizeIntroductions()
  },
  '/admin/outbox': async () => {
    await listOutboxMessages({ page: 1 })
    await getOutboxMessage({ id: outboxId })
  },
  '/admin/pledges': async () => {
    await listPledgesForReview({ page: 1 })
    await getUpload({ id: outboxId })
  },
  '/admin/audit': async () => {
    await listAuditEntries({ page: 1 })
    await listAuditKinds()
  },
  '/admin/reports': async () => {
    await listReportsToVerify()
    await getReportForReview({ reportId: outboxId }).catch((e) => {
      if (!(e instanceof AppError && e.code === 'NOT_FOUND')) throw e
    })
  },
  '/admin/content': async () => {
    await listContentPages()
    await getContentPageForEdit({ id: outboxId })
    await compareRevisions({ pageId: outboxId, revisionId: outboxId })
    await listImages()
  },
  '/admin/heroes': async () => {
    await listPageHeroes()
    await listImages()
  },
  '/admin/pledge-texts': async () => {
    await listPledgeTexts()
    await getPledgeTextEditor({ campaignSlug: 'rc4a' })
  },
  '/admin/solutions': async () => {
    await listSolutionsForAdmin()
    await getSolutionForEdit({ id: outboxId })
  },
  '/admin/partners': async () => {
    await listPartnersForAdmin()
    await getPartnerForEdit({ id: outboxId })
  },
  '/admin/events': async () => {
    await listEventsForAdmin()
    await getEventForEdit({ id: outboxId })
    await listEventRegistrations({ eventId: outboxId })
    await registrationsCsv({ eventId: outboxId }).catch((e) => {
      if (!(e instanceof AppError && e.code === 'NOT_FOUND')) throw e
    })
  },
  '/admin/asks': () => listAskCommentsToModerate(),
  '/admin/groups': async () => {
    await listGroupsForAdmin()
    await listMembershipRequests()
    await getGroupForEdit({ id: outboxId })
    await listFacilitators()
  },
  '/admin/resources': async () => {
    await listResourcesForAdmin()
    await getResourceForEdit({ id: outboxId })
    await listResourceOwners()
    await listResourcesDueForReview()
  },
}

Object.assign(pageData, {
  '/admin/municipalities': async () => {
    await adminSearchMunicipalities({ q: 'matrix' })
    const { slug } = await db.municipality.findUniqueOrThrow({ where: { id: municipalityId } })
    await adminGetMunicipality({ slug })
    await streamMunicipalitiesCsv({})
  },
  '/admin/users': () => listUsers({ page: 1 }),
})

Object.assign(pageData, { '/admin/officials': () => listPendingOfficials() })

Object.assign(pageData, {
  '/admin/assistance': async () => {
    await listAssistanceQueue({ filter: 'all' })
    await getAssistanceRequest({ requestId: outboxId }).catch((e) => {
      if (!(e instanceof AppError && e.code === 'NOT_FOUND')) throw e
    })
  },
})

const users = {} as Record<Exclude<Persona, 'anonymous'>, { id: string }>
let municipalityId = ''

beforeAll(async () => {
  users.official = await userWithPassword('OFFICIAL')
  users.editor = await userWithPassword('EDITOR')
  users.moderator = await userWithPassword('MODERATOR')
  users.admin = await userWithPassword('ADMIN')
  const place = await db.municipality.create({
    data: { slug: `matrix-town-${Date.now()}`, name: 'Matrix Town', searchName: 'matrix town', state: 'VT' },
  })
  municipalityId = place.id
  await db.municipalityOfficial.create({ data: { userId: users.official.id, municipalityId } })
  outboxId = (
    await db.outboxMessage.create({
      data: { to: 'a@b.org', subject: 'Hi', text: 'x', html: 'x', transport: 'outbox' },
    })
  ).id
})

function signInAs(persona: Persona) {
  signInUser(persona === 'anonymous' ? null : users[persona])
}

const outcome = (p: Promise<unknown>): Promise<Outcome | string> =>
  p.then(
    () => 'ok',
    (e) =>
      e instanceof AppError && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN') ? e.code : String(e),
  )

describe('authorization matrix', () => {
  it('has an expected row for every permission and a data check for every admin page', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(permissions).sort())
    expect(Object.keys(pageData).sort()).toEqual(adminPages.map((p) => p.href).sort())
  })

  for (const action of Object.keys(permissions) as Permission[]) {
    for (const persona of personas) {
      it(`${action}: ${persona} -> ${expected[action][persona]}`, async () => {
        signInAs(persona)
        expect(await outcome(requirePermission(action))).toBe(expected[action][persona])
      })
    }
  }

  for (const { href, permission } of adminPages) {
    for (const persona of personas) {
      it(`page ${href}: ${persona} -> ${expected[permission][persona]}`, async () => {
        signInAs(persona)
        expect(await outcome(pageData[href]!())).toBe(expected[permission][persona])
      })
    }
  }

  it('requireOfficialOf admits the municipality`s own official and admins only', async () => {
    const results: Record<string, string> = {}
    for (const persona of personas) {
      signInAs(persona)
      results[persona] = await outcome(requireOfficialOf(municipalityId))
    }
    expect(results).toEqual({ ...staffOnly(['admin']), official: 'ok' })
    signInAs('official')
    const elsewhere = await db.municipality.create({
      data: { slug: `other-town-${Date.now()}`, name: 'Other Town', searchName: 'other town', state: 'VT' },
    })
    expect(await outcome(requireOfficialOf(elsewhere.id))).toBe('FORBIDDEN')
  })

  it('a deactivated admin, or one signed out everywhere, is treated as anonymous', async () => {
    const admin = await userWithPassword('ADMIN')
    session.current = { userId: admin.id, authTime: Date.now() - 5000 }
    expect(await outcome(requirePermission('user.manage'))).toBe('ok')
    await db.user.update({ where: { id: admin.id }, data: { sessionsValidFrom: new Date() } })
    expect(await outcome(requirePermission('user.manage'))).toBe('UNAUTHENTICATED')
    session.current = { userId: admin.id, authTime: Date.now() + 1000 }
    await db.user.update({ where: { id: admin.id }, data: { active: false } })
    expect(await outcome(requirePermission('admin.view'))).toBe('UNAUTHENTICATED')
  })
})
