import { beforeEach, describe, expect, it } from 'vitest'
import { truncateAll } from '../../helpers/db'
import { listNewestSignatories } from '@/server/campaigns/list-newest-signatories'
import { countMembersByState } from '@/server/campaigns/count-members-by-state'
import { getVerifiedReductions } from '@/server/campaigns/get-verified-reductions'
import { approvedSignatory, campaign, municipality, pledgeFor, report } from './fixtures'

beforeEach(async () => {
  await truncateAll()
})

describe('listNewestSignatories', () => {
  it('lists the latest approved pledges across campaigns, newest first, up to the limit', async () => {
    const a = await campaign()
    const b = await campaign()
    await approvedSignatory(a, { name: 'Oldest', commitmentDate: new Date('2019-01-01') })
    await approvedSignatory(b, { name: 'Newest', state: 'VT', commitmentDate: new Date('2021-06-01') })
    await approvedSignatory(a, { name: 'Middle', commitmentDate: new Date('2020-01-01') })
    await pledgeFor(a, (await municipality({ name: 'Pending' })).id, 'PENDING_REVIEW')
    const newest = await listNewestSignatories({ limit: 2 })
    expect(newest.map((s) => s.municipalityName)).toEqual(['Newest', 'Middle'])
    expect(newest[0]).toMatchObject({
      state: 'VT',
      campaignSlug: b.slug,
      campaignShortName: b.shortName,
      committedAt: '2021-06-01T00:00:00.000Z',
    })
  })
})

describe('countMembersByState', () => {
  it('counts member municipalities per state and ignores reference places', async () => {
    await municipality({ state: 'ME' })
    await municipality({ state: 'ME' })
    await municipality({ state: 'NH' })
    await municipality({ state: 'VT', isMember: false })
    expect(await countMembersByState()).toEqual([
      { state: 'ME', count: 2 },
      { state: 'NH', count: 1 },
    ])
  })
})

describe('getVerifiedReductions', () => {
  it('sums earliest minus latest verified inventory over members whose emissions fell', async () => {
    const falling = await municipality()
    await report(falling.id, 2015, 1000)
    await report(falling.id, 2017, 1200)
    await report(falling.id, 2020, 700)
    const alsoFalling = await municipality()
    await report(alsoFalling.id, 2016, 500)
    await report(alsoFalling.id, 2019, 450)
    const rising = await municipality()
    await report(rising.id, 2015, 100)
    await report(rising.id, 2020, 400)
    const single = await municipality()
    await report(single.id, 2020, 9999)
    expect(await getVerifiedReductions()).toEqual({
      totalTco2e: 300 + 50,
      municipalitiesReducing: 2,
      municipalitiesCompared: 3,
    })
  })

  it('ignores reports that are not verified and municipalities that are not members', async () => {
    const member = await municipality()
    await report(member.id, 2015, 1000)
    await report(member.id, 2020, 100, 'SUBMITTED')
    const former = await municipality({ isMember: false })
    await report(former.id, 2015, 1000)
    await report(former.id, 2020, 100)
    expect(await getVerifiedReductions()).toEqual({
      totalTco2e: 0,
      municipalitiesReducing: 0,
      municipalitiesCompared: 0,
    })
  })
})
