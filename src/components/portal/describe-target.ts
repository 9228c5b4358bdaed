import { formatNumber } from '@/lib/format'
import { TARGET_TYPES } from '@/schemas/targets'
import type { PortalTarget } from '@/server/portal/get-portal-municipality'

const tonnes = (n: number) => `${formatNumber(Math.round(n))} tCO2e`

/** A target in one sentence, as the portal lists it. */
export function describeTarget(t: PortalTarget): string {
  const what = TARGET_TYPES[t.type].label
  const base = t.baseYear !== null ? ` from ${t.baseYear}` : ''
  if (t.netZero) return `${what}: net zero by ${t.targetYear}${base}`
  if (t.type === 'FIXED_LEVEL' && t.targetEmissions !== null)
    return `${what}: ${tonnes(t.targetEmissions)} by ${t.targetYear}`
  const cut = t.reductionPercent !== null ? `${formatNumber(t.reductionPercent)} % cut` : 'cut'
  if (t.type === 'BASELINE_SCENARIO' && t.bauEmissions !== null)
    return `${what}: ${cut} below ${tonnes(t.bauEmissions)} business as usual by ${t.targetYear}`
  if (t.type === 'BASE_YEAR_INTENSITY')
    return `${what}: ${cut} in ${t.intensityUnit ?? 'intensity'}${base} by ${t.targetYear}`
  return `${what}: ${cut}${base} by ${t.targetYear}`
}
