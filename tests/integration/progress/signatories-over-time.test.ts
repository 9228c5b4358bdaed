import { beforeEach, describe, expect, it } from 'vitest'
import { truncateAll } from '../../helpers/db'
import { countSignatoriesOverTime } from '@/server/progress/count-signatories-over-time'
import { approvedPledge, db, memberMunicipality } from './fixtures'
import { pendingReviewPledge, referencePlace, withdrawnPledge } from '../../fixtures/factories'

beforeEach(async () => {
  await truncateAll()
})

const now = new Date('2026-03-15T12:00:00Z')
const on = (iso: string) => new Date(`${iso}T10:00:00Z`)

describe('countSignatoriesOverTime', () => {
  it('counts current members and approved signatories by the year and month they joined, with running totals', async () => {
    await approvedPledge(db, { campaign: 'compact-of-mayors', decidedAt: on('2023-05-02') })
    await approvedPledge(db, { campaign: 'compact-of-mayors', decidedAt: on('2025-04-30') })
    await approvedPledge(db, { campaign: 'rc4a', decidedAt: on('2025-12-31') })
    const both = await approvedPledge(db, { campaign: 'rc4a', decidedAt: on('2026-03-01') })
    await approvedPledge(db, {
      campaign: 'compact-of-mayors',
      municipalityId: both.municipalityId,
      decidedAt: on('2026-03-02'),
    })
    // Not counted: withdrawn and pending pledges, places that are not members.
    await withdrawnPledge(db, { campaign: 'rc4a', decidedAt: on('2024-01-01') })
    await pendingReviewPledge(db, { campaign: 'compact-of-mayors' })
    await referencePlace(db, { memberSince: on('2024-06-01') })
    // A member without a date is in the total, in no year.
    await memberMunicipality(db, { memberSince: null })

    const growth = await countSignatoriesOverTime({ now })
    expect(growth.series).toEqual([
      { key: 'members', label: 'Member municipalities', shortLabel: 'Members', total: 5, undated: 1 },
      { key: 'rc4a', label: expect.stringMatching(/signatories$/), shortLabel: 'RC4A', total: 2, undated: 0 },
      {
        key: 'compact-of-mayors',
        label: expect.stringMatching(/signatories$/),
        shortLabel: 'Compact',
        total: 3,
        undated: 0,
      },
    ])
    expect(growth.years.map((y) => y.period)).toEqual(['2023', '2024', '2025', '2026'])
    const year = (p: string) => growth.years.find((y) => y.period === p)!
    expect(year('2023')).toEqual({
      period: '2023',
      added: { members: 1, rc4a: 0, 'compact-of-mayors': 1 },
      cumulative: { members: 1, rc4a: 0, 'compact-of-mayors': 1 },
    })
    expect(year('2024').cumulative).toEqual({ members: 1, rc4a: 0, 'compact-of-mayors': 1 })
    expect(year('2025').added).toEqual({ members: 2, rc4a: 1, 'compact-of-mayors': 1 })
    expect(year('2026')).toEqual({
      period: '2026',
      added: { members: 1, rc4a: 1, 'compact-of-mayors': 1 },
      cumulative: { members: 4, rc4a: 2, 'compact-of-mayors': 3 },
    })

    expect(growth.months.map((m) => m.period)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ])
    // The twelve months start from what came before them.
    expect(growth.months[0]).toEqual({
      period: '2025-04',
      added: { members: 1, rc4a: 0, 'compact-of-mayors': 1 },
      cumulative: { members: 2, rc4a: 0, 'compact-of-mayors': 2 },
    })
    expect(growth.months.at(-1)?.added).toEqual({ members: 1, rc4a: 1, 'compact-of-mayors': 1 })
    expect(growth.months.at(-1)?.cumulative).toEqual({ members: 4, rc4a: 2, 'compact-of-mayors': 3 })
  })
})
