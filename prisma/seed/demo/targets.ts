import type { Prisma } from '@/server/generated/sqlite/client'
import { addDays, demoId } from '../util'
import type { DemoContext, Signatory } from './context'

export type TargetType = 'BASE_YEAR_ABSOLUTE' | 'BASE_YEAR_INTENSITY' | 'FIXED_LEVEL' | 'BASELINE_SCENARIO'
type Base = { baseYear: number; baseTotal: number; population: number; targetYear: number; percent: number }

/** The fields each of the four CRF target types needs, around one base-year inventory. */
export function targetFields(
  type: TargetType,
  b: Base,
): Omit<Prisma.TargetCreateManyInput, 'municipalityId'> {
  const common = {
    type,
    sectorsCovered: 'STATIONARY_ENERGY,TRANSPORTATION,WASTE',
    gasesCovered: 'CO2,CH4,N2O',
    baseYear: b.baseYear,
    baseYearEmissions: Math.round(b.baseTotal),
    targetYear: b.targetYear,
  }
  switch (type) {
    case 'BASE_YEAR_ABSOLUTE':
      return { ...common, reductionPercent: b.percent }
    case 'BASE_YEAR_INTENSITY':
      return {
        ...common,
        reductionPercent: b.percent,
        intensityUnit: 'tCO2e per capita',
        baseActivity: b.population,
        baseIntensity: Math.round((b.baseTotal / b.population) * 100) / 100,
        targetActivity: Math.round(b.population * 1.08),
      }
    case 'FIXED_LEVEL': {
      const netZero = b.targetYear >= 2040
      return {
        ...common,
        netZero,
        targetEmissions: netZero ? 0 : Math.round(b.baseTotal * (1 - b.percent / 100)),
      }
    }
    case 'BASELINE_SCENARIO':
      return { ...common, reductionPercent: b.percent, bauEmissions: Math.round(b.baseTotal * 1.15) }
  }
}

const TYPES: [TargetType, number][] = [
  ['BASE_YEAR_ABSOLUTE', 4],
  ['BASE_YEAR_INTENSITY', 2],
  ['FIXED_LEVEL', 2],
  ['BASELINE_SCENARIO', 2],
]

/** The signatory's target; about one in six was later replaced by a more ambitious one. */
export function buildTargets(
  ctx: DemoContext,
  s: Signatory,
  base: { baseYear: number; baseTotal: number; adoptedAt: Date },
  counter: number,
): Prisma.TargetCreateManyInput[] {
  const { rng } = ctx
  const first = {
    ...targetFields(rng.weighted(TYPES), {
      ...base,
      population: s.place.population,
      targetYear: rng.pick([2025, 2030, 2030, 2035]),
      percent: rng.pick([20, 25, 30, 40, 50]),
    }),
    id: demoId('t', counter),
    municipalityId: s.place.id,
    adoptedAt: base.adoptedAt,
    isDemo: true,
  }
  const replacedOn = addDays(base.adoptedAt, rng.int(400, 1400))
  if (!rng.chance(0.17) || replacedOn > ctx.now) return [first]
  const next = {
    ...targetFields(rng.pick(['BASE_YEAR_ABSOLUTE', 'FIXED_LEVEL'] as const), {
      ...base,
      population: s.place.population,
      targetYear: 2050,
      percent: 80,
    }),
    id: demoId('t', counter + 1),
    municipalityId: s.place.id,
    adoptedAt: replacedOn,
    isDemo: true,
  }
  return [{ ...first, status: 'REPLACED', replacedById: next.id }, next]
}
