// The target calculator's reads: a member's verified inventories (from its public profile) beside the path, the
// members whose name matches the words typed, and field messages for a member that cannot be compared.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { computeTargetCalculator } from '@/server/tools/compute-target-calculator'
import { directoryCampaigns, place } from '../municipalities/fixtures'

async function report(
  municipalityId: string,
  accountingYear: number,
  status: 'VERIFIED' | 'SUBMITTED',
  energy: number,
) {
  await db.progressReport.create({
    data: {
      municipalityId,
      accountingYear,
      status,
      verifiedAt: status === 'VERIFIED' ? new Date(Date.UTC(accountingYear + 1, 2, 1)) : null,
      inventory: {
        create: [
          { sector: 'STATIONARY_ENERGY', scope: 1, emissions: energy },
          { sector: 'TRANSPORTATION', scope: 1, emissions: 400 },
          { sector: 'IPPU', scope: 1, notationKey: 'NO' },
        ],
      },
    },
  })
}

const calculate = (query: string) =>
  computeTargetCalculator({ params: new URLSearchParams(query), now: new Date('2026-06-01T00:00:00Z') })

beforeAll(async () => {
  await truncateAll()
  const { com } = await directoryCampaigns()
  const boulder = await place({ name: 'Boulder', state: 'CO', pledges: [{ campaign: com }] })
  await place({ name: 'Boulder City', state: 'NV', pledges: [{ campaign: com }] })
  await place({ name: 'Boulder Creek', state: 'CA', isMember: false })
  await report(boulder.id, 2019, 'VERIFIED', 1_600)
  await report(boulder.id, 2021, 'VERIFIED', 1_100)
  await report(boulder.id, 2023, 'SUBMITTED', 10)
})
// Its campaigns are stand-ins ('rc4a' named "RC4A"): gone after it, as after the directory's other tests, or a
// later file's seeded campaign keeps the stand-in's name (the seed leaves an existing campaign as it is).
afterAll(truncateAll)

describe('comparing a path with a member', () => {
  test('its verified inventory totals sit beside the path; a report not yet verified does not', async () => {
    const view = await calculate(
      'type=BASE_YEAR_ABSOLUTE&baseYear=2019&baseYearEmissions=2000&targetYear=2029&reductionPercent=50&member=boulder-co',
    )
    expect(view.query.fieldErrors).toEqual({})
    expect(view.member).toMatchObject({ slug: 'boulder-co', name: 'Boulder', state: 'CO' })
    const rows = new Map(view.result!.rows.map((r) => [r.year, r]))
    expect(rows.get(2019)).toMatchObject({ path: 2_000, inventory: 2_000, difference: 0 })
    expect(rows.get(2021)).toMatchObject({ path: 1_800, inventory: 1_500, difference: -300 })
    expect(rows.get(2023)?.inventory).toBeNull()
    expect(view.result!.inventories).toEqual([
      { year: 2019, value: 2_000 },
      { year: 2021, value: 1_500 },
    ])
    expect(view.result!.progress.onTrack).toBe(true)
  })

  test('a fixed-level target without a base year starts at the member’s first verified inventory', async () => {
    const view = await calculate('type=FIXED_LEVEL&targetEmissions=500&targetYear=2030&member=boulder-co')
    expect(view.result!.progress.path).toMatchObject({
      startYear: 2019,
      startEmissions: 2_000,
      targetEmissions: 500,
    })
  })

  test('words typed find members only, names starting with them first', async () => {
    const view = await calculate('type=FIXED_LEVEL&q=boulder')
    expect(view.matches?.items.map((m) => m.slug)).toEqual(['boulder-co', 'boulder-city-nv'])
    expect(view.member).toBeNull()
    expect(view.query.fieldErrors).toEqual({})
  })

  test('no match, or a place that is not a member, is a message at the member field', async () => {
    expect((await calculate('type=FIXED_LEVEL&q=zzyzx')).query.fieldErrors.q).toBe(
      'No member’s name matches “zzyzx”: check the spelling',
    )
    const notMember = await calculate(
      'type=BASE_YEAR_ABSOLUTE&baseYear=2019&baseYearEmissions=2000&targetYear=2029&reductionPercent=50&member=boulder-creek-ca',
    )
    expect(notMember.member).toBeNull()
    expect(notMember.query.fieldErrors.q).toBe(
      'There is no member at that address: type part of its name to find it',
    )
    // The path itself is still computed: only the comparison is missing.
    expect(notMember.result?.progress.path).toMatchObject({ startYear: 2019, targetYear: 2029 })
  })
})
