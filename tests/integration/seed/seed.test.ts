// The seed: reference data alone with --no-demo, then demo data, then a second run that changes nothing.
import { normalizeForSearch } from '@/lib/text'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { seed } from '../../../prisma/seed/index'
import { kmFromCoast } from '../../../prisma/seed/demo/inventory'
import { RESOURCES } from '../../../prisma/seed/resources'
import { createHash } from 'node:crypto'
import { checkPdf } from '@/server/uploads/check-pdf'
import { checkDocument } from '@/server/uploads/check-document'
import { parseCsv } from '@/lib/parse-csv'
import { isReviewDue, resourceSearchText, RESOURCE_STAGE_CODES } from '@/lib/domain/resources'
import { contentPageSearchText, eventSearchText } from '@/lib/domain/site-search-text'

const NOW = new Date('2026-11-01T12:00:00Z')

const COUNTS = {
  places: () => db.municipality.count(),
  members: () => db.municipality.count({ where: { isMember: true } }),
  pledges: () => db.pledge.count(),
  liveKeys: () => db.pledge.count({ where: { liveKey: { not: null } } }),
  reports: () => db.progressReport.count(),
  inventory: () => db.inventoryEntry.count(),
  targets: () => db.target.count(),
  solutions: () => db.solution.count(),
  users: () => db.user.count(),
  pages: () => db.contentRevision.count(),
  officials: () => db.municipalityOfficial.count(),
  events: () => db.event.count(),
  eventRegistrations: () => db.eventRegistration.count(),
  resources: () => db.resource.count(),
  resourceTopics: () => db.resourceTopic.count(),
  resourceStages: () => db.resourceStage.count(),
  resourceRevisions: () => db.resourceRevision.count(),
  uploads: () => db.upload.count(),
  askSignatures: () => db.askSignature.count(),
  groups: () => db.peerGroup.count(),
  groupMembers: () => db.peerGroupMember.count(),
  groupMeetings: () => db.peerGroupMeeting.count(),
  groupDocuments: () => db.peerGroupDocument.count(),
}

async function counts() {
  const entries = await Promise.all(
    Object.entries(COUNTS).map(async ([name, count]) => [name, await count()]),
  )
  return Object.fromEntries(entries) as Record<keyof typeof COUNTS, number>
}

function captured() {
  const lines: string[] = []
  return { lines, log: (line: string) => void lines.push(line) }
}

describe('seed', () => {
  let referenceOnly: Awaited<ReturnType<typeof counts>>
  let first: Awaited<ReturnType<typeof counts>>
  let second: Awaited<ReturnType<typeof counts>>
  const referenceLog = captured()
  const firstLog = captured()
  const secondLog = captured()

  beforeAll(async () => {
    await truncateAll()
    await seed({ db, demo: false, log: referenceLog.log, now: NOW })
    referenceOnly = await counts()
    await seed({ db, demo: true, log: firstLog.log, now: NOW })
    first = await counts()
    await seed({ db, demo: true, log: secondLog.log, now: NOW })
    second = await counts()
  }, 600_000)

  // Later test files expect an empty database, not sixteen thousand places.
  afterAll(() => truncateAll(), 120_000)

  test('without demo data it seeds places, campaigns, content and the admin only', () => {
    expect(referenceOnly.places).toBeGreaterThanOrEqual(15_000)
    expect(referenceOnly).toMatchObject({
      members: 0,
      pledges: 0,
      reports: 0,
      solutions: 0,
      users: 1,
      pages: 5,
      events: 0,
      askSignatures: 0,
      groups: 0,
    })
    // The library is reference content: seeded without demo data too, owned by the admin then.
    expect(referenceOnly.resources).toBeGreaterThanOrEqual(17)
    expect(referenceOnly.uploads).toBe(2)
  })

  test('the demo has network events past and upcoming, one nearly full and one for members only', async () => {
    expect(first.events).toBe(5)
    const events = await db.event.findMany({ include: { registrations: true } })
    expect(events.filter((e) => e.startsAt < NOW)).toHaveLength(2)
    expect(events.some((e) => e.startsAt > NOW && e.audience === 'MEMBERS')).toBe(true)
    expect(events.some((e) => e.startsAt > NOW && e.capacity - e.registrations.length === 1)).toBe(true)
  })

  test('the seeded pages and events hold the words the site search matches (decision 0016)', async () => {
    for (const p of await db.contentPage.findMany())
      expect(p.searchText, p.slug).toBe(contentPageSearchText(p))
    for (const e of await db.event.findMany()) expect(e.searchText, e.slug).toBe(eventSearchText(e))
  })

  test('the demo has residents asking four places that have not signed to join, one past the first threshold', async () => {
    const asks = await db.askSignature.groupBy({
      by: ['municipalityId', 'campaignId'],
      where: { status: 'CONFIRMED' },
      _count: { _all: true },
    })
    expect(asks.map((a) => a._count._all).sort((a, b) => b - a)).toEqual([31, 12, 7, 4])
    const signed = await db.pledge.count({
      where: { municipalityId: { in: asks.map((a) => a.municipalityId) } },
    })
    expect(signed).toBe(0)
    expect(await db.askSignature.count({ where: { commentStatus: 'APPROVED' } })).toBeGreaterThan(0)
    expect(await db.askSignature.count({ where: { commentStatus: 'PENDING' } })).toBeGreaterThan(0)
  })

  test('the demo has four peer groups of seeded members, past meetings with notes, upcoming ones and a checked document', async () => {
    expect(first.groups).toBe(4)
    const groups = await db.peerGroup.findMany({
      include: {
        members: { include: { municipality: true } },
        meetings: true,
        documents: { include: { upload: true } },
      },
    })
    for (const g of groups) {
      expect(g.members.length, g.slug).toBeGreaterThanOrEqual(4)
      const states = g.states ? g.states.split(',') : []
      for (const m of g.members) {
        expect(m.status).toBe('APPROVED')
        expect(m.municipality.isMember).toBe(true)
        if (states.length) expect(states).toContain(m.municipality.state)
      }
      expect(g.meetings.some((m) => m.endsAt < NOW && m.notes && m.notesPublishedAt)).toBe(true)
      expect(g.meetings.some((m) => m.startsAt > NOW && m.notes === null)).toBe(true)
      expect(g.endsOn > NOW).toBe(true)
    }
    const documents = groups.flatMap((g) => g.documents)
    expect(documents).toHaveLength(1)
    const upload = documents[0]!.upload
    expect(await checkDocument(new Uint8Array(upload.data), upload.filename)).toMatchObject({
      ok: true,
      contentType: upload.contentType,
    })
  })

  test('a second run changes nothing', () => {
    expect(second).toEqual(first)
    expect(secondLog.lines.join('\n')).toContain('demo: already present, unchanged')
  })

  test('the admin password is printed when the admin is created, never again', () => {
    const printed = (lines: string[]) => lines.filter((l) => l.includes('admin password')).length
    expect(printed(referenceLog.lines)).toBe(process.env.SEED_ADMIN_PASSWORD ? 0 : 1)
    expect(printed(firstLog.lines)).toBe(0)
    expect(printed(secondLog.lines)).toBe(0)
  })

  test('it seeds a thousand members in every state, both campaigns and the gateway', async () => {
    expect(first.places).toBe(referenceOnly.places)
    expect(first.members).toBeGreaterThanOrEqual(1000)
    const states = await db.municipality.groupBy({ by: ['state'], where: { isMember: true } })
    expect(states).toHaveLength(51)
    const campaigns = await db.campaign.findMany({
      include: { pledgeTexts: { include: { commitments: true } } },
    })
    expect(campaigns.map((c) => c.slug).sort()).toEqual(['compact-of-mayors', 'rc4a'])
    for (const c of campaigns) {
      for (const t of c.pledgeTexts) expect(t.commitments.length).toBeGreaterThanOrEqual(4)
    }
    expect(await db.solution.count({ where: { status: 'PUBLISHED' } })).toBeGreaterThanOrEqual(20)
    expect(await db.user.count({ where: { role: 'ADMIN' } })).toBe(1)
  })

  test('live pledges carry the municipality:campaign key, others none', async () => {
    const pledges = await db.pledge.findMany({
      select: { status: true, liveKey: true, municipalityId: true, campaignId: true },
    })
    for (const p of pledges) {
      const live = ['PENDING_EMAIL', 'PENDING_REVIEW', 'APPROVED'].includes(p.status)
      expect(p.liveKey).toBe(live ? `${p.municipalityId}:${p.campaignId}` : null)
    }
    const statuses = new Set(pledges.map((p) => p.status))
    expect([...statuses].sort()).toEqual([
      'APPROVED',
      'PENDING_EMAIL',
      'PENDING_REVIEW',
      'REJECTED',
      'WITHDRAWN',
    ])
  })

  test('member since is the earliest approved commitment date', async () => {
    const members = await db.municipality.findMany({
      where: { isMember: true },
      take: 50,
      select: {
        memberSince: true,
        pledges: { where: { status: 'APPROVED' }, select: { commitmentDate: true } },
      },
    })
    for (const m of members) {
      const earliest = Math.min(...m.pledges.map((p) => p.commitmentDate!.getTime()))
      expect(m.memberSince?.getTime()).toBe(earliest)
    }
  })

  test('Compact signatories sit at every compliance stage, some overdue', async () => {
    const stages = await db.municipality.groupBy({
      by: ['complianceStage'],
      where: { isMember: true },
      _count: { _all: true },
    })
    const reached = stages.map((s) => s.complianceStage)
    for (const stage of ['COMMITMENT', 'INVENTORY', 'TARGET', 'ACTION_PLANS'])
      expect(reached).toContain(stage)
    expect(await db.municipality.count({ where: { complianceOverdue: true } })).toBeGreaterThan(0)
    const types = await db.target.groupBy({ by: ['type'], where: { status: 'ACTIVE' } })
    expect(types).toHaveLength(4)
    expect(
      await db.target.count({ where: { status: 'REPLACED', replacedById: { not: null } } }),
    ).toBeGreaterThan(0)
  })

  test('demo hazards fit the geography: no coastal flooding inland or in a landlocked state', async () => {
    const coastal = await db.hazardAssessment.findMany({
      where: { hazard: 'COASTAL_FLOODING' },
      select: {
        report: {
          select: { municipality: { select: { name: true, state: true, latitude: true, longitude: true } } },
        },
      },
    })
    expect(coastal.length).toBeGreaterThan(0)
    const landlocked = new Set(
      'AZ AR CO ID IL IN IA KS KY MI MN MO MT NE NV NM ND OH OK SD TN UT VT WV WI WY'.split(' '),
    )
    const inland = coastal
      .map((h) => h.report.municipality)
      .filter((m) => landlocked.has(m.state) || kmFromCoast(m) > 150)
      .map((m) => `${m.name}, ${m.state}`)
    expect(inland).toEqual([])
  })

  test('every place has its county, and no neighbourhood of New York City is listed', async () => {
    expect(await db.municipality.count({ where: { county: null } })).toBe(0)
    expect(
      await db.municipality.count({
        where: { state: 'NY', name: { in: ['Woodhaven', 'Woodside', 'Brooklyn'] } },
      }),
    ).toBe(0)
  })

  test('the library: 12+ published guides, every stage covered, a draft, members-only entries, reviews due', async () => {
    const resources = await db.resource.findMany({
      include: { topics: true, stages: true, revisions: true, owner: { select: { role: true } } },
    })
    const published = resources.filter((r) => r.status === 'PUBLISHED')
    const guides = published.filter((r) => r.kind === 'GUIDE')
    expect(guides.length).toBeGreaterThanOrEqual(12)
    for (const stage of RESOURCE_STAGE_CODES) {
      const covering = guides.filter((g) => g.stages.some((s) => s.stage === stage))
      expect(covering.length, stage).toBeGreaterThanOrEqual(2)
    }
    expect(resources.filter((r) => r.kind === 'GUIDE' && r.status === 'DRAFT')).toHaveLength(1)
    expect(published.filter((r) => r.kind === 'FILE')).toHaveLength(2)
    expect(published.filter((r) => r.kind === 'LINK')).toHaveLength(3)
    const membersOnly = published.filter((r) => r.membersOnly).length
    expect(membersOnly).toBeGreaterThanOrEqual(2)
    expect(membersOnly).toBeLessThanOrEqual(3)
    const due = guides.filter((g) => isReviewDue(g.reviewedOn, NOW))
    expect(due.length).toBe(2)
    for (const r of resources) {
      expect(r.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(r.owner && ['ADMIN', 'EDITOR'].includes(r.owner.role), r.slug).toBe(true)
      expect(r.topics.length, r.slug).toBeGreaterThan(0)
      expect(r.stages.length, r.slug).toBeGreaterThan(0)
      expect(r.publishedAt === null, r.slug).toBe(r.status === 'DRAFT')
      const seeded = RESOURCES.find((s) => s.slug === r.slug)!
      expect(r.topics.map((t) => t.topic).sort()).toEqual([...seeded.topics].sort())
      expect(r.searchText).toBe(resourceSearchText({ ...r, topics: seeded.topics }))
      // A members-only guide's words are not searchable by anyone: its last paragraph's words are not indexed.
      if (r.membersOnly && r.kind === 'GUIDE') {
        const lastWords = normalizeForSearch(r.body.trim().split('\n').pop()!)
        expect(r.searchText.includes(lastWords), r.slug).toBe(false)
      }
      // One revision holding the text, published when the entry is.
      expect(r.revisions).toHaveLength(1)
      expect(r.revisions[0]).toMatchObject({
        title: r.title,
        summary: r.summary,
        body: r.body,
        published: r.status === 'PUBLISHED',
      })
    }
    for (const g of guides) {
      const words = (g.body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length
      expect(words, g.slug).toBeGreaterThanOrEqual(350)
      expect(words, g.slug).toBeLessThanOrEqual(700)
    }
    for (const link of resources.filter((r) => r.kind === 'LINK')) {
      expect(new URL(link.url!).protocol).toBe('https:')
      expect(link.uploadId).toBeNull()
    }
  })

  test("the library's files are real: the PDF passes the upload check, the CSV parses", async () => {
    const files = await db.resource.findMany({ where: { kind: 'FILE' }, include: { upload: true } })
    const types = files.map((f) => f.upload!.contentType).sort()
    expect(types).toEqual(['application/pdf', 'text/csv'])
    for (const { upload } of files) {
      const bytes = new Uint8Array(upload!.data)
      expect(upload!.size).toBe(bytes.byteLength)
      expect(upload!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
      // Owned by staff, so the clean-up of abandoned anonymous uploads never takes them.
      expect(upload!.createdById).not.toBeNull()
      if (upload!.contentType === 'application/pdf') {
        expect(upload!.filename).toMatch(/\.pdf$/)
        expect(await checkPdf(bytes)).toEqual({ ok: true })
      } else {
        expect(upload!.filename).toMatch(/\.csv$/)
        const csv = parseCsv(new TextDecoder().decode(bytes))
        if (!csv.ok) throw new Error(`CSV line ${csv.line}: ${csv.message}`)
        expect(csv.header).toContain('gpc sector')
        expect(csv.records.length).toBeGreaterThanOrEqual(5)
        for (const rec of csv.records) expect(rec.cells).toHaveLength(csv.header.length)
      }
    }
  })
})
