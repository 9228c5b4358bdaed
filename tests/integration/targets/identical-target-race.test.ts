// Issue 13: two identical targets saved at the same instant. The portal's own check runs in each save's
// transaction, and on PostgreSQL both can find nothing; the unique index on (municipalityId, activeKey)
// stops the second, which gets the same message for the form as a repeat saved later.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { approvedPledge, confirmedOfficial, verifiedReport } from '../../fixtures/factories'
import type { SaveTargetResult } from '@/server/targets/create-target'
import { createTarget, editTarget } from './save-target'
import { IDENTICAL_TARGET_MESSAGE } from '@/server/targets/find-identical-target'
import { targetActiveKey } from '@/server/targets/target-active-key'
import { parseTargetForm, type TargetData, type TargetFormValues } from '@/schemas/targets'

const absolute: TargetFormValues = {
  type: 'BASE_YEAR_ABSOLUTE',
  sectorsCovered: ['STATIONARY_ENERGY', 'TRANSPORTATION'],
  gasesCovered: ['CO2', 'CH4'],
  baseYear: '2015',
  baseYearEmissions: '250,000',
  targetYear: '2030',
  reductionPercent: '40',
}
const fixedLevel: TargetFormValues = {
  type: 'FIXED_LEVEL',
  sectorsCovered: ['STATIONARY_ENERGY'],
  gasesCovered: ['CO2'],
  targetYear: '2050',
  netZero: 'on',
}

async function officialOfMember() {
  const pledge = await approvedPledge(db)
  const { official: user } = await confirmedOfficial(db, { municipalityId: pledge.municipalityId })
  signInAs(user)
  return db.municipality.findUniqueOrThrow({ where: { id: pledge.municipalityId } })
}

const refused = { ok: false, fieldErrors: { form: IDENTICAL_TARGET_MESSAGE } }
const activeCount = (municipalityId: string) =>
  db.target.count({ where: { municipalityId, status: 'ACTIVE' } })
const targetId = (r: SaveTargetResult) => (r as { targetId: string }).targetId

function data(values: TargetFormValues): TargetData {
  const parsed = parseTargetForm(values)
  if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors))
  return parsed.data
}

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

describe('identical targets saved at the same instant', () => {
  it('four identical new targets at once: one is saved, three are told it exists, none fails', async () => {
    const municipality = await officialOfMember()
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        createTarget({
          slug: municipality.slug,
          // The same set of sectors in another order is the same target.
          values: i % 2 ? { ...absolute, sectorsCovered: ['TRANSPORTATION', 'STATIONARY_ENERGY'] } : absolute,
        }),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toEqual([refused, refused, refused])
    expect(await activeCount(municipality.id)).toBe(1)
    // The refused saves rolled back whole: one audit entry.
    expect(
      await db.auditLog.count({ where: { action: 'target.create', after: { contains: municipality.id } } }),
    ).toBe(1)
  })

  it('two targets edited into the same figures at once: one is changed, the other told and kept', async () => {
    const municipality = await officialOfMember()
    const a = targetId(await createTarget({ slug: municipality.slug, values: fixedLevel }))
    const b = targetId(
      await createTarget({ slug: municipality.slug, values: { ...fixedLevel, targetYear: '2045' } }),
    )
    const results = await Promise.all(
      [a, b].map((id) => editTarget({ slug: municipality.slug, targetId: id, values: absolute })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toEqual([refused])
    const types = await db.target.findMany({
      where: { municipalityId: municipality.id, status: 'ACTIVE' },
      select: { type: true },
    })
    expect(types.map((t) => t.type).sort()).toEqual(['BASE_YEAR_ABSOLUTE', 'FIXED_LEVEL'])
  })

  it('a target saved unchanged after a verified report is replaced by its copy, which keeps the key', async () => {
    const municipality = await officialOfMember()
    const first = targetId(await createTarget({ slug: municipality.slug, values: absolute }))
    await verifiedReport(db, { municipalityId: municipality.id })
    const again = await editTarget({ slug: municipality.slug, targetId: first, values: absolute })
    expect(again).toMatchObject({ ok: true, replaced: true })
    const rows = await db.target.findMany({
      where: { municipalityId: municipality.id },
      select: { id: true, status: true, activeKey: true, replacedById: true },
    })
    expect(rows).toHaveLength(2)
    expect(rows.find((t) => t.id === first)).toEqual({
      id: first,
      status: 'REPLACED',
      activeKey: null,
      replacedById: targetId(again),
    })
    expect(rows.find((t) => t.id !== first)).toMatchObject({
      status: 'ACTIVE',
      activeKey: targetActiveKey(data(absolute)),
    })
  })
})

describe('the database itself', () => {
  it('refuses a second active target with the same key, past any check in code', async () => {
    const municipality = await officialOfMember()
    await createTarget({ slug: municipality.slug, values: absolute })
    const copy = data({ ...absolute, gasesCovered: ['CH4', 'CO2'] })
    await expect(
      db.target.create({
        data: {
          ...copy,
          municipalityId: municipality.id,
          status: 'ACTIVE',
          activeKey: targetActiveKey(copy),
        },
      }),
    ).rejects.toMatchObject({ code: 'P2002' })
    // Targets without a key (replaced ones) never collide, on either database.
    for (let i = 0; i < 2; i++)
      await db.target.create({ data: { ...copy, municipalityId: municipality.id, status: 'REPLACED' } })
    expect(await db.target.count({ where: { municipalityId: municipality.id } })).toBe(3)
  })

  it('gives different figures, types or coverage different keys', () => {
    const key = targetActiveKey(data(absolute))
    expect(targetActiveKey(data({ ...absolute, reductionPercent: '41' }))).not.toBe(key)
    expect(targetActiveKey(data({ ...absolute, gasesCovered: ['CO2'] }))).not.toBe(key)
    expect(targetActiveKey(data({ ...absolute, targetYear: '2031' }))).not.toBe(key)
    expect(targetActiveKey(data(fixedLevel))).not.toBe(key)
  })
})
