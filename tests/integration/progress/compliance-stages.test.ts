import { beforeEach, describe, expect, it } from 'vitest'
import { truncateAll } from '../../helpers/db'
import { countComplianceStages } from '@/server/progress/count-compliance-stages'
import { getMunicipalityCompliance } from '@/server/compliance/get-municipality-compliance'
import {
  activeTarget,
  approvedPledge,
  compactMember,
  db,
  memberMunicipality,
  reportWithInventory,
} from './fixtures'
import { pendingReviewPledge } from '../../fixtures/factories'

beforeEach(async () => {
  await truncateAll()
})

const now = new Date('2026-06-15T12:00:00Z')
const lastYear = now.getUTCFullYear() - 1
const inventory = { STATIONARY_ENERGY: 600, TRANSPORTATION: 200 }

describe('countComplianceStages', () => {
  it('counts members on the compliance path stage by stage, with badges per pillar', async () => {
    // Committed five years ago, nothing since: every later stage overdue.
    await compactMember(now, 5 * 365)
    // Committed a month ago: every later stage still due.
    await compactMember(now, 30)
    // Inventory and hazards verified, target set, vulnerability assessed, both plans adopted: compliant, both badges.
    const compliant = await compactMember(now, 4 * 365)
    await reportWithInventory(compliant.id, lastYear, inventory, 'VERIFIED', {
      plans: ['MITIGATION', 'ADAPTATION'],
      vulnerability: true,
    })
    await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: compliant.id })
    // Had everything for Mitigation, but its only inventory is too old now: the badge has lapsed.
    const lapsed = await compactMember(now, 8 * 365)
    await reportWithInventory(lapsed.id, lastYear - 5, inventory, 'VERIFIED', { plans: ['MITIGATION'] })
    await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: lapsed.id })
    // Not on the path: an RC4A signatory, a pending Compact pledge, a member without a pledge; a submitted
    // report is no evidence.
    await approvedPledge(db, { campaign: 'rc4a' })
    await pendingReviewPledge(db, {
      campaign: 'compact-of-mayors',
      municipalityId: (await memberMunicipality(db)).id,
    })
    const submitted = await compactMember(now, 30)
    await reportWithInventory(submitted.id, lastYear, inventory, 'SUBMITTED')

    const counts = await countComplianceStages({ now })
    expect(counts.onPath).toBe(5)
    expect(counts.compliant).toBe(1)
    expect(counts.overdue).toBe(2)
    expect(counts.summary).toEqual({ COMMITMENT: 4, INVENTORY: 0, TARGET: 0, ACTION_PLANS: 1 })
    const stage = (key: string) => counts.stages.find((s) => s.key === key)
    expect(counts.stages.map((s) => s.key)).toEqual([
      'commitment',
      'inventory',
      'hazards',
      'target',
      'vulnerability',
      'actionPlans',
    ])
    expect(stage('commitment')).toMatchObject({ met: 5, due: 0, overdue: 0 })
    expect(stage('inventory')).toMatchObject({ met: 1, due: 2, overdue: 2 })
    expect(stage('hazards')).toMatchObject({ met: 2, due: 2, overdue: 1 })
    expect(stage('target')).toMatchObject({ met: 2, due: 2, overdue: 1 })
    expect(stage('actionPlans')).toMatchObject({ met: 1, due: 2, overdue: 2 })
    expect(counts.badges).toEqual([
      { pillar: 'MITIGATION', label: 'Mitigation', awarded: 1, lapsed: 1 },
      { pillar: 'ADAPTATION', label: 'Adaptation', awarded: 1, lapsed: 0 },
    ])
  })

  it('agrees with the compliance each member profile shows', async () => {
    const members = [
      await compactMember(now, 5 * 365),
      await compactMember(now, 400),
      await compactMember(now, 800),
    ]
    await reportWithInventory(members[1]!.id, lastYear, inventory)
    await reportWithInventory(members[2]!.id, lastYear, { STATIONARY_ENERGY: 10 }, 'VERIFIED', {
      vulnerability: true,
    })
    await activeTarget(db, 'FIXED_LEVEL', { municipalityId: members[2]!.id })
    const profiles = await Promise.all(
      members.map((m) => getMunicipalityCompliance({ municipalityId: m.id, now })),
    )
    const counts = await countComplianceStages({ now })
    for (const s of counts.stages) {
      const statuses = profiles.map((p) => p!.stages.find((x) => x.key === s.key)!.status)
      expect(s, s.key).toMatchObject({
        met: statuses.filter((x) => x === 'met').length,
        due: statuses.filter((x) => x === 'due').length,
        overdue: statuses.filter((x) => x === 'overdue').length,
      })
    }
    expect(counts.compliant).toBe(profiles.filter((p) => p!.compliant).length)
  })
})
