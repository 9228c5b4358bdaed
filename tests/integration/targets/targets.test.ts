// Targets from the portal: each CRF type's checks, what is stored, editing in place before any
// verified report and by replacement after, the compliance refresh, cache tags and audit entries.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { activeTarget, approvedPledge, confirmedOfficial, verifiedReport } from '../../fixtures/factories'
import { createTarget, editTarget } from './save-target'
import { getMemberProfile } from '@/server/municipalities/get-member-profile'
import type { TargetFormValues } from '@/schemas/targets'

const common = { sectorsCovered: ['STATIONARY_ENERGY', 'TRANSPORTATION'], gasesCovered: ['CO2', 'CH4'] }
const valid: Record<string, TargetFormValues> = {
  BASE_YEAR_ABSOLUTE: {
    ...common,
    type: 'BASE_YEAR_ABSOLUTE',
    baseYear: '2015',
    baseYearEmissions: '250,000',
    targetYear: '2030',
    reductionPercent: '40',
  },
  BASE_YEAR_INTENSITY: {
    ...common,
    type: 'BASE_YEAR_INTENSITY',
    baseYear: '2015',
    intensityUnit: 'tCO2e per resident',
    baseIntensity: '10',
    baseActivity: '25000',
    targetActivity: '27000',
    targetYear: '2030',
    reductionPercent: '30',
  },
  FIXED_LEVEL: { ...common, type: 'FIXED_LEVEL', targetYear: '2050', netZero: 'on' },
  BASELINE_SCENARIO: {
    ...common,
    type: 'BASELINE_SCENARIO',
    bauEmissions: '300000',
    targetYear: '2030',
    reductionPercent: '25',
  },
}

async function officialOfMember() {
  const pledge = await approvedPledge(db)
  const { official: user } = await confirmedOfficial(db, { municipalityId: pledge.municipalityId })
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: pledge.municipalityId } })
  signInAs(user)
  return { municipality, user }
}

beforeEach(() => {
  resetExpiredTags()
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

describe('creating a target of each type', () => {
  for (const [type, values] of Object.entries(valid)) {
    it(`stores a valid ${type} target, refreshes compliance and expires the profile`, async () => {
      const { municipality } = await officialOfMember()
      const result = await createTarget({ slug: municipality.slug, values })
      expect(result).toMatchObject({ ok: true, replaced: false })
      const stored = await db.target.findUniqueOrThrow({
        where: { id: (result as { targetId: string }).targetId },
      })
      expect(stored).toMatchObject({
        type,
        status: 'ACTIVE',
        sectorsCovered: 'STATIONARY_ENERGY,TRANSPORTATION',
      })
      expect(stored.gasesCovered).toBe('CO2,CH4')
      expect(expiredTags).toContain(`municipality:${municipality.slug}`)
      expect(await db.auditLog.count({ where: { action: 'target.create', entityId: stored.id } })).toBe(1)
      // The compliance summary was recomputed (the target stage counts from now).
      const after = await db.municipality.findUniqueOrThrow({ where: { id: municipality.id } })
      expect(after.complianceUpdatedAt).not.toBeNull()
      // The public profile reads the new target and can draw its path.
      const profile = await getMemberProfile({ slug: municipality.slug })
      const shown = profile!.targets.find((t) => t.id === stored.id)
      expect(shown?.type).toBe(type)
    })
  }

  it('keeps only the figures of the chosen type', async () => {
    const { municipality } = await officialOfMember()
    const result = await createTarget({
      slug: municipality.slug,
      values: { ...valid.BASELINE_SCENARIO!, targetActivity: '999', intensityUnit: 'per resident' },
    })
    const stored = await db.target.findUniqueOrThrow({
      where: { id: (result as { targetId: string }).targetId },
    })
    expect(stored).toMatchObject({
      bauEmissions: 300000,
      reductionPercent: 25,
      targetActivity: null,
      intensityUnit: null,
    })
  })
})

describe('target checks', () => {
  const cases: [string, TargetFormValues, Record<string, string>][] = [
    [
      'no sectors or gases',
      { ...valid.BASE_YEAR_ABSOLUTE!, sectorsCovered: [], gasesCovered: [] },
      {
        sectorsCovered: 'Select at least one sector the target covers',
        gasesCovered: 'Select at least one gas the target covers',
      },
    ],
    [
      'no sectors and a target year before the base year, both at once',
      { ...valid.BASE_YEAR_ABSOLUTE!, sectorsCovered: [], targetYear: '2010' },
      {
        sectorsCovered: 'Select at least one sector the target covers',
        targetYear: 'The target year must be after the base year',
      },
    ],
    [
      'target year not after the base year',
      { ...valid.BASE_YEAR_ABSOLUTE!, targetYear: '2015' },
      { targetYear: 'The target year must be after the base year' },
    ],
    [
      'reduction over 100 %',
      { ...valid.BASE_YEAR_ABSOLUTE!, reductionPercent: '120' },
      { reductionPercent: 'The reduction must be between 0 and 100 %' },
    ],
    [
      'reduction below 0 %',
      { ...valid.BASELINE_SCENARIO!, reductionPercent: '-5' },
      { reductionPercent: 'The reduction must be between 0 and 100 %' },
    ],
    [
      'absolute target without base figures',
      { ...valid.BASE_YEAR_ABSOLUTE!, baseYear: '', baseYearEmissions: '' },
      { baseYear: 'Enter the base year', baseYearEmissions: 'Enter the base year’s emissions' },
    ],
    [
      'intensity target without unit, base value or activity',
      { ...valid.BASE_YEAR_INTENSITY!, intensityUnit: '', baseIntensity: '', targetActivity: '' },
      {
        intensityUnit: 'Enter the unit, like tCO2e per resident',
        baseIntensity: 'Enter the base year’s intensity',
        targetActivity: 'Enter the projected activity in the target year',
      },
    ],
    [
      'fixed level without its level',
      { ...valid.FIXED_LEVEL!, netZero: '' },
      { targetEmissions: 'Enter the target emissions' },
    ],
    [
      'baseline scenario without its projection',
      { ...valid.BASELINE_SCENARIO!, bauEmissions: '' },
      { bauEmissions: 'Enter the business-as-usual emissions in the target year' },
    ],
    [
      'words where numbers go, and an unknown type',
      { ...valid.BASE_YEAR_ABSOLUTE!, type: 'MAGIC' },
      { type: 'Select the type of target' },
    ],
    [
      'a year that is not a year',
      { ...valid.BASE_YEAR_ABSOLUTE!, baseYear: 'twenty', targetYear: '2030.5' },
      {
        baseYear: 'Enter the base year as a year, like 2015',
        targetYear: 'Enter the target year as a year, like 2015',
      },
    ],
    [
      'a future adoption date',
      { ...valid.FIXED_LEVEL!, adoptedAt: '2999-01-01' },
      { adoptedAt: 'The adoption date cannot be in the future' },
    ],
  ]
  for (const [label, values, errors] of cases) {
    it(`refuses ${label}, saving nothing`, async () => {
      const { municipality } = await officialOfMember()
      const result = await createTarget({ slug: municipality.slug, values })
      expect(result.ok).toBe(false)
      expect((result as { fieldErrors: Record<string, string> }).fieldErrors).toMatchObject(errors)
      expect(await db.target.count({ where: { municipalityId: municipality.id } })).toBe(0)
      expect(expiredTags).toEqual([])
    })
  }
})

describe('editing a target', () => {
  it('corrects it in place while no report is verified', async () => {
    const { municipality } = await officialOfMember()
    const target = await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: municipality.id })
    const result = await editTarget({
      slug: municipality.slug,
      targetId: target.id,
      values: { ...valid.BASE_YEAR_ABSOLUTE!, reductionPercent: '55' },
    })
    expect(result).toEqual({ ok: true, targetId: target.id, replaced: false })
    expect(await db.target.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      status: 'ACTIVE',
      reductionPercent: 55,
    })
    expect(await db.auditLog.count({ where: { action: 'target.update', entityId: target.id } })).toBe(1)
    expect(expiredTags).toContain(`municipality:${municipality.slug}`)
  })

  it('replaces it once progress has been published against it; the target stage keeps its date', async () => {
    const { municipality } = await officialOfMember()
    const adoptedAt = new Date('2020-06-01T00:00:00Z')
    const target = await activeTarget(db, 'BASE_YEAR_ABSOLUTE', {
      municipalityId: municipality.id,
      adoptedAt,
    })
    await verifiedReport(db, { municipalityId: municipality.id })
    const result = await editTarget({
      slug: municipality.slug,
      targetId: target.id,
      values: { ...valid.FIXED_LEVEL!, targetYear: '2045' },
    })
    expect(result).toMatchObject({ ok: true, replaced: true })
    const next = (result as { targetId: string }).targetId
    expect(next).not.toBe(target.id)
    expect(await db.target.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      status: 'REPLACED',
      replacedById: next,
      type: 'BASE_YEAR_ABSOLUTE',
    })
    expect(await db.target.findUniqueOrThrow({ where: { id: next } })).toMatchObject({
      status: 'ACTIVE',
      type: 'FIXED_LEVEL',
      netZero: true,
      targetYear: 2045,
    })
    expect(await db.auditLog.count({ where: { action: 'target.replace', entityId: target.id } })).toBe(1)
    const profile = await getMemberProfile({ slug: municipality.slug })
    expect(profile!.targets.map((t) => t.id)).toEqual([next])
    const stage = profile!.compliance.stages.find((s) => s.key === 'target')
    expect(stage?.metAt).toBe(adoptedAt.toISOString())

    // The replaced target can no longer be edited.
    await expect(
      editTarget({ slug: municipality.slug, targetId: target.id, values: valid.FIXED_LEVEL! }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('answers a refused edit with field errors and changes nothing', async () => {
    const { municipality } = await officialOfMember()
    const target = await activeTarget(db, 'BASELINE_SCENARIO', { municipalityId: municipality.id })
    const result = await editTarget({
      slug: municipality.slug,
      targetId: target.id,
      values: { ...valid.BASELINE_SCENARIO!, reductionPercent: '101' },
    })
    expect(result.ok).toBe(false)
    expect(await db.target.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      reductionPercent: target.reductionPercent,
    })
  })
})

describe('an identical second active target', () => {
  it('is refused with a message for the form, and nothing is stored', async () => {
    const { municipality } = await officialOfMember()
    const first = await createTarget({ slug: municipality.slug, values: valid.BASE_YEAR_ABSOLUTE! })
    expect(first.ok).toBe(true)
    // The same figures, with the covered sectors and gases listed in another order.
    const again = await createTarget({
      slug: municipality.slug,
      values: {
        ...valid.BASE_YEAR_ABSOLUTE!,
        sectorsCovered: ['TRANSPORTATION', 'STATIONARY_ENERGY'],
        gasesCovered: ['CH4', 'CO2'],
      },
    })
    expect(again).toEqual({
      ok: false,
      fieldErrors: {
        form: expect.stringContaining('already has an active target with exactly these figures'),
      },
    })
    expect(await db.target.count({ where: { municipalityId: municipality.id, status: 'ACTIVE' } })).toBe(1)
    expect(
      await db.auditLog.count({ where: { action: 'target.create', after: { contains: municipality.id } } }),
    ).toBe(1)
  })

  it('is not refused when one figure differs', async () => {
    const { municipality } = await officialOfMember()
    await createTarget({ slug: municipality.slug, values: valid.BASE_YEAR_ABSOLUTE! })
    const other = await createTarget({
      slug: municipality.slug,
      values: { ...valid.BASE_YEAR_ABSOLUTE!, reductionPercent: '45' },
    })
    expect(other.ok).toBe(true)
    expect(await db.target.count({ where: { municipalityId: municipality.id, status: 'ACTIVE' } })).toBe(2)
  })

  it('cannot be made by editing another target into a copy; saving a target unchanged is fine', async () => {
    const { municipality } = await officialOfMember()
    const a = await createTarget({ slug: municipality.slug, values: valid.BASE_YEAR_ABSOLUTE! })
    const b = await createTarget({ slug: municipality.slug, values: valid.FIXED_LEVEL! })
    const bId = (b as { targetId: string }).targetId
    const copy = await editTarget({
      slug: municipality.slug,
      targetId: bId,
      values: valid.BASE_YEAR_ABSOLUTE!,
    })
    expect(copy).toMatchObject({
      ok: false,
      fieldErrors: { form: expect.stringContaining('exactly these figures') },
    })
    expect(await db.target.findUniqueOrThrow({ where: { id: bId } })).toMatchObject({ type: 'FIXED_LEVEL' })
    const unchanged = await editTarget({
      slug: municipality.slug,
      targetId: (a as { targetId: string }).targetId,
      values: valid.BASE_YEAR_ABSOLUTE!,
    })
    expect(unchanged.ok).toBe(true)
  })
})
