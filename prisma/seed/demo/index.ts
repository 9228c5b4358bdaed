import type { Db } from '@/server/db'
import { Random } from '@/lib/random'
import type { SeededCampaign } from '../campaigns'
import { seedDemoStaff } from '../users'
import type { Log } from '../util'
import type { DemoContext } from './context'
import { chooseMembers } from './members'
import { generatePledges, insertPledges, markMembers } from './pledges'
import { seedReports } from './reports'
import { seedOfficials } from './officials'
import { seedSolutions } from './solutions'

export const DEMO_MEMBER_COUNT = 1100

/** Removes demo rows a failed earlier run may have left behind, so generation starts clean. */
async function clearPartialDemo(db: Db) {
  await db.solution.deleteMany({ where: { isDemo: true } })
  await db.progressReport.deleteMany({ where: { isDemo: true } })
  await db.target.deleteMany({ where: { isDemo: true } })
  await db.pledge.deleteMany({ where: { isDemo: true } })
  await db.user.deleteMany({ where: { isDemo: true } })
  await db.municipality.updateMany({
    where: { isDemo: true },
    data: { isDemo: false, isMember: false, memberSince: null, website: null },
  })
}

/**
 * Generates the demonstration data when none is there. Members are flagged last, so a member marked
 * isDemo means a complete earlier run; anything less is cleared and generated again.
 */
export async function seedDemo(opts: { db: Db; log: Log; now: Date; campaigns: SeededCampaign[] }) {
  const { db, log, now } = opts
  if (await db.municipality.findFirst({ where: { isDemo: true, isMember: true }, select: { id: true } })) {
    log('demo: already present, unchanged')
    return
  }
  await clearPartialDemo(db)
  const { moderatorIds } = await seedDemoStaff({ db })
  const bySlug = new Map(opts.campaigns.map((c) => [c.slug, c]))
  const ctx: DemoContext = {
    db,
    log,
    now,
    rng: new Random('leadership-campaigns-demo'),
    rc4a: bySlug.get('rc4a')!,
    compact: bySlug.get('compact-of-mayors')!,
    reviewerIds: moderatorIds,
  }
  const { members, others } = await chooseMembers(ctx, DEMO_MEMBER_COUNT)
  const { rows, signatories } = generatePledges(ctx, members, others)
  await insertPledges(ctx, rows)
  await seedReports(ctx, signatories)
  await seedOfficials(ctx, signatories)
  await seedSolutions(ctx, signatories)
  await markMembers(ctx, signatories)
}
