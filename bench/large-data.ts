// Grows a seeded database (npm run db:seed) to a large network for bench/directory-large.mjs:
// --members member municipalities (default 20,000) and --inventory figures in verified reports
// (default 100,000).
// Usage: DATABASE_URL=... npx tsx --conditions=react-server bench/large-data.ts [--members N] [--inventory N]
// Members come from the reference places that have no pledge, keeping --keep-places of them as non-members
// (default 2,000), then from generated places ("North Aberdeen", "Aberdeen Heights"). Each new member gets
// approved pledges like the demo's, Compact signatories verified yearly reports until the inventory count is
// reached, then the compliance engine refreshes every member. Rows are flagged isDemo; ids start with "bench".
// Multi-row INSERTs (prisma/seed/bulk-insert.ts): a few seconds on SQLite, a few more on PostgreSQL.
import { parseArgs } from 'node:util'
import { db } from '@/server/db'
import { env } from '@/lib/env'
import { Random } from '@/lib/random'
import { normalizeForSearch, slugify } from '@/lib/text'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { bulkInsert } from '../prisma/seed/bulk-insert'
import { buildInventory } from '../prisma/seed/demo/inventory'
import { person } from '../prisma/seed/demo/pledges'
import { buildPledge } from '../prisma/seed/demo/rows'
import { addDays, chunk } from '../prisma/seed/util'

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '20000' },
    inventory: { type: 'string', default: '100000' },
    'keep-places': { type: 'string', default: '2000' },
  },
})
const targetMembers = Number(values.members)
const targetInventory = Number(values.inventory)
const keepPlaces = Number(values['keep-places'])

const rng = new Random('bench-large-network')
const now = new Date()
const DAY = 86_400_000
const postgres = env().databaseProvider === 'postgres'
const started = performance.now()
const log = (m: string) => console.log(`  ${m} (${((performance.now() - started) / 1000).toFixed(1)} s)`)

type Place = { id: string; slug: string; name: string; state: string; population: number }
type Member = { place: Place; rc4aSince?: Date; compactSince?: Date }

const campaigns = await db.campaign.findMany({
  where: { slug: { in: ['rc4a', 'compact-of-mayors'] } },
  select: {
    id: true,
    slug: true,
    pledgeTexts: { where: { publishedAt: { not: null } }, orderBy: { version: 'asc' } },
  },
})
const rc4a = campaigns.find((c) => c.slug === 'rc4a')
const compact = campaigns.find((c) => c.slug === 'compact-of-mayors')
if (!rc4a || !compact) throw new Error('Campaigns missing: run npm run db:seed first.')
const reviewers = (await db.user.findMany({ where: { role: 'MODERATOR' }, select: { id: true } })).map(
  (u) => u.id,
)
if (reviewers.length === 0) throw new Error('No moderators: run the demo seed (npm run db:seed) first.')

function textFor(campaign: typeof rc4a, signedAt: Date): string {
  const live = campaign!.pledgeTexts.filter((t) => t.publishedAt! <= signedAt)
  return (live[live.length - 1] ?? campaign!.pledgeTexts[0]!).id
}

/** A commitment date between 2015 and ten days ago. */
function commitmentDate(): Date {
  const start = Date.UTC(2015, 0, 1)
  return new Date(start + Math.floor(rng.next() * (now.getTime() - 10 * DAY - start)))
}

// ---------- members ----------

async function addMembers(): Promise<Member[]> {
  const have = await db.municipality.count({ where: { isMember: true } })
  const need = targetMembers - have
  if (need <= 0) {
    log(`members: ${have} already, none added`)
    return []
  }
  const free = await db.municipality.findMany({
    where: { isMember: false, pledges: { none: {} }, geonameId: { not: null } },
    select: { id: true, slug: true, name: true, state: true, population: true },
    orderBy: { id: 'asc' },
  })
  const converted = rng
    .sample(free, Math.max(0, Math.min(need, free.length - keepPlaces)))
    .map((p) => ({ ...p, population: p.population ?? 1000 }))
  const reference = free.length > 0 ? free : converted
  const prefixes = ['North', 'South', 'East', 'West', 'New', 'Lake', 'Port', 'Mount', 'Fort', 'Glen']
  const suffixes = ['Heights', 'Park', 'Springs', 'Township', 'Village', 'Hills', 'Falls', 'Junction']
  const generated: (Place & { boundaryType: string; latitude: number; longitude: number })[] = []
  for (let n = 0; n < need - converted.length; n++) {
    const base = rng.pick(reference)
    const suffix = rng.chance(0.5) ? rng.pick(suffixes) : null
    const name = suffix ? `${base.name} ${suffix}` : `${rng.pick(prefixes)} ${base.name}`
    generated.push({
      id: `bench${n.toString(36).padStart(5, '0')}`,
      slug: `${slugify(`${name} ${base.state}`)}-b${n}`,
      name,
      state: base.state,
      population: rng.int(1_000, 60_000),
      boundaryType: suffix === 'Township' ? 'TOWNSHIP' : suffix === 'Village' ? 'VILLAGE' : 'CITY',
      latitude: 25 + rng.float(0, 23),
      longitude: -124 + rng.float(0, 57),
    })
  }
  const members: Member[] = [...converted, ...generated].map((place) => {
    const joins = rng.weighted([
      ['both', 40],
      ['rc4a', 28],
      ['compact', 32],
    ] as const)
    return {
      place,
      rc4aSince: joins !== 'compact' ? commitmentDate() : undefined,
      compactSince: joins !== 'rc4a' ? commitmentDate() : undefined,
    }
  })
  const since = (m: Member) =>
    new Date(Math.min(...[m.rc4aSince, m.compactSince].filter(Boolean).map(Number)))

  // Pledges first, then the places become members (as the demo seed does).
  const pledges = members.flatMap((m, n) => {
    const who = person(rng, m.place)
    return (
      [
        [rc4a!, m.rc4aSince],
        [compact!, m.compactSince],
      ] as const
    ).flatMap(([campaign, decidedAt], k) => {
      if (!decidedAt) return []
      const signedAt = addDays(decidedAt, -rng.int(3, 60))
      const row = buildPledge({
        id: `benchp${n}x${k}`,
        campaignId: campaign.id,
        pledgeTextId: textFor(campaign, signedAt),
        municipalityId: m.place.id,
        status: 'APPROVED',
        signatoryName: who.name,
        signatoryTitle: who.title,
        email: who.email,
        mandateType: rng.pick(['LETTER', 'COUNCIL_RESOLUTION', 'EXECUTIVE_ORDER'] as const),
        signedAt,
        decidedAt,
        reviewedById: rng.pick(reviewers),
        isDemo: true,
      })
      return [{ ...row, updatedAt: now }]
    })
  })
  const generatedIds = new Set(generated.map((g) => g.id))
  await bulkInsert(
    db,
    'Municipality',
    members
      .filter((m) => generatedIds.has(m.place.id))
      .map((m) => {
        const g = m.place as (typeof generated)[number]
        return {
          id: g.id,
          slug: g.slug,
          name: g.name,
          searchName: normalizeForSearch(g.name),
          state: g.state,
          population: g.population,
          latitude: g.latitude,
          longitude: g.longitude,
          boundaryType: g.boundaryType,
          isDemo: true,
          createdAt: now,
          updatedAt: now,
        }
      }),
    { boundaryType: 'BoundaryType' },
  )
  await bulkInsert(db, 'Pledge', pledges as never, {
    status: 'PledgeStatus',
    mandateType: 'MandateType',
    rejectionReason: 'RejectionReason',
  })
  log(`${pledges.length} approved pledges`)
  // One UPDATE per 500 members: memberSince by CASE on the id.
  const ts = postgres ? (n: number) => `$${n}::timestamp(3)` : () => '?'
  const date = (d: Date) => (postgres ? d.toISOString() : d.toISOString().replace('Z', '+00:00'))
  const statements = chunk(members, 500).map((part) => {
    const params: string[] = []
    const cases = part.map((m) => {
      params.push(m.place.id, date(since(m)))
      return `WHEN ${postgres ? `$${params.length - 1}` : '?'} THEN ${ts(params.length)}`
    })
    const ids = part.map((m) => {
      params.push(m.place.id)
      return postgres ? `$${params.length}` : '?'
    })
    const yes = postgres ? 'true' : '1'
    return db.$executeRawUnsafe(
      `UPDATE "Municipality" SET "isMember" = ${yes}, "isDemo" = ${yes},
         "website" = 'https://example.gov/' || "slug", "memberSince" = CASE "id" ${cases.join(' ')} END
       WHERE "id" IN (${ids.join(', ')})`,
      ...params,
    )
  })
  await db.$transaction(statements, { maxWait: 60_000, timeout: 300_000 })
  log(`members: ${converted.length} reference places and ${generated.length} generated places joined`)
  return members
}

// ---------- verified reports ----------

async function addReports(members: Member[]) {
  const have = await db.inventoryEntry.count({ where: { report: { status: 'VERIFIED' } } })
  let missing = targetInventory - have
  if (missing <= 0 || members.length === 0) {
    log(`inventory: ${have} verified figures already, none added`)
    return
  }
  const reports: Record<string, string | number | boolean | Date | null>[] = []
  const inventory: Record<string, string | number | null>[] = []
  const signatories = rng.shuffle(members.filter((m) => m.compactSince))
  for (const m of signatories) {
    if (missing <= 0) break
    let submittedAt = addDays(m.compactSince!, rng.int(120, 330))
    const firstYear = submittedAt.getUTCFullYear() - 1
    const level = rng.chance(0.55) ? 'BASIC' : 'BASIC_PLUS'
    const baseTotal = m.place.population * rng.float(5, 15)
    for (let i = 0; submittedAt < addDays(now, -45) && missing > 0; i++) {
      const id = `benchr${reports.length.toString(36)}`
      const verifiedAt = addDays(submittedAt, rng.int(10, 40))
      reports.push({
        id,
        municipalityId: m.place.id,
        accountingYear: firstYear + i,
        status: 'VERIFIED',
        reportingLevel: level,
        inventoryBoundary: `City limits of ${m.place.name}`,
        submittedAt,
        verifiedAt,
        reviewedAt: verifiedAt,
        reviewedById: rng.pick(reviewers),
        isDemo: true,
        createdAt: addDays(submittedAt, -30),
        updatedAt: verifiedAt,
      })
      const total = baseTotal * Math.pow(1 - rng.float(0.005, 0.03), i)
      for (const e of buildInventory(rng, total, level, m.place.population < 10_000)) {
        inventory.push({ id: `${id}-${e.sector}-${e.scope}`, reportId: id, ...e })
        missing--
      }
      submittedAt = addDays(submittedAt, rng.int(330, 400))
    }
  }
  await bulkInsert(db, 'ProgressReport', reports as never, {
    status: 'ReportStatus',
    reportingLevel: 'ReportingLevel',
  })
  await bulkInsert(db, 'InventoryEntry', inventory as never, {
    sector: 'GpcSector',
    notationKey: 'NotationKey',
  })
  log(`${reports.length} verified reports, ${inventory.length} inventory figures`)
}

try {
  const members = await addMembers()
  await addReports(members)
  const t = performance.now()
  // Each batch of 500 updates is one transaction with Prisma's 5 s limit, which a busy machine can exceed;
  // a second pass only writes what the first did not.
  let result
  for (let attempt = 1; !result; attempt++) {
    try {
      result = await refreshCompliance({ now })
    } catch (e) {
      if (attempt === 3) throw e
      log(`compliance refresh failed (${(e as Error).message.split('\n').at(-1)}); again`)
    }
  }
  log(`compliance refreshed in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(result)}`)
  const [memberCount, verifiedFigures, places] = await Promise.all([
    db.municipality.count({ where: { isMember: true } }),
    db.inventoryEntry.count({ where: { report: { status: 'VERIFIED' } } }),
    db.municipality.count(),
  ])
  console.log(
    `large network: ${memberCount} members of ${places} places, ${verifiedFigures} verified inventory figures`,
  )
} finally {
  await db.$disconnect()
}
