import { beforeEach, describe, expect, it } from 'vitest'
import { truncateAll } from '../../helpers/db'
import { countProgressByState } from '@/server/progress/count-progress-by-state'
import { activeTarget, approvedPledge, db, memberMunicipality, reportWithInventory } from './fixtures'
import { referencePlace, withdrawnPledge } from '../../fixtures/factories'

beforeEach(async () => {
  await truncateAll()
})

describe('countProgressByState', () => {
  it('counts members, signatories, targets, verified reporting and compliance per state', async () => {
    const vermont = await memberMunicipality(db, { state: 'VT', complianceStage: 'ACTION_PLANS' })
    await approvedPledge(db, { campaign: 'compact-of-mayors', municipalityId: vermont.id })
    await approvedPledge(db, { campaign: 'rc4a', municipalityId: vermont.id })
    await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: vermont.id })
    await reportWithInventory(vermont.id, 2024, { STATIONARY_ENERGY: 10 })
    const other = await memberMunicipality(db, { state: 'VT' })
    await approvedPledge(db, { campaign: 'rc4a', municipalityId: other.id })
    await reportWithInventory(other.id, 2024, { STATIONARY_ENERGY: 10 }, 'SUBMITTED')
    await activeTarget(db, 'BASE_YEAR_ABSOLUTE', {
      municipalityId: other.id,
      status: 'REPLACED',
      activeKey: null,
    })
    await memberMunicipality(db, { state: 'ME' })
    await referencePlace(db, { state: 'NH' })
    await withdrawnPledge(db, {
      campaign: 'rc4a',
      municipalityId: (await referencePlace(db, { state: 'NH' })).id,
    })

    expect(await countProgressByState()).toEqual([
      { state: 'ME', members: 1, signatories: {}, withTargets: 0, verifiedReporting: 0, compliant: 0 },
      {
        state: 'VT',
        members: 2,
        signatories: { 'compact-of-mayors': 1, rc4a: 2 },
        withTargets: 1,
        verifiedReporting: 1,
        compliant: 1,
      },
    ])
  })
})
