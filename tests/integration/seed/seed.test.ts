// The seed: reference data alone with --no-demo, then demo data, then a second run that changes nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { db, databaseProvider, truncateAll } from '../../helpers/db'
import { seed } from '../../../prisma/seed/index'
import { kmFromCoast } from '../../../prisma/seed/demo/inventory'

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
  let seconds = 0
  const referenceLog = captured()
  const firstLog = captured()
  const secondLog = captured()

  beforeAll(async () => {
    await truncateAll()
    seconds = (await seed({ db, demo: false, log: referenceLog.log, now: NOW })).seconds
    referenceOnly = await counts()
    seconds += (await seed({ db, demo: true, log: firstLog.log, now: NOW })).seconds
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
    })
  })

  test('the demo has network events past and upcoming, one nearly full and one for members only', async () => {
    expect(first.events).toBe(5)
    const events = await db.event.findMany({ include: { registrations: true } })
    expect(events.filter((e) => e.startsAt < NOW)).toHaveLength(2)
    expect(events.some((e) => e.startsAt > NOW && e.audience === 'MEMBERS')).toBe(true)
    expect(events.some((e) => e.startsAt > NOW && e.capacity - e.registrations.length === 1)).toBe(true)
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

  test.runIf(databaseProvider() === 'sqlite')('a full seed takes under 60 seconds on SQLite', () => {
    expect(seconds).toBeLessThan(60)
  })
})
