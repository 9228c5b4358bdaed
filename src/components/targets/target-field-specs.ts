import type { TargetType } from '@/lib/domain/target-path'
import type { TargetField } from '@/schemas/targets'

// The target figures' labels and hints, shared by the portal's target form and the public target calculator.
export type TargetFieldSpec = {
  label: string
  hint?: string
  width?: 'md' | 'sm'
  date?: boolean
  text?: boolean
}

// Labels say the unit; hints say what the number is for where that is not obvious.
export function targetFieldSpecs(type: TargetType): Partial<Record<TargetField, TargetFieldSpec>> {
  const baseOptional = type === 'FIXED_LEVEL' || type === 'BASELINE_SCENARIO'
  return {
    baseYear: {
      label: baseOptional ? 'Base year (optional)' : 'Base year',
      hint: baseOptional ? 'Leave empty to start the path at your first verified inventory.' : undefined,
      width: 'sm',
    },
    baseYearEmissions: {
      label:
        type === 'BASE_YEAR_ABSOLUTE'
          ? 'Emissions in the base year (tCO2e)'
          : 'Emissions in the base year (tCO2e, optional)',
      hint:
        type === 'BASE_YEAR_INTENSITY'
          ? 'Worked out from the intensity and activity when left empty.'
          : undefined,
      width: 'md',
    },
    intensityUnit: {
      label: 'Intensity unit',
      hint: 'For example tCO2e per resident',
      text: true,
      width: 'md',
    },
    baseIntensity: { label: 'Intensity in the base year', hint: 'tCO2e per unit of activity', width: 'md' },
    baseActivity: {
      label: 'Activity in the base year',
      hint: 'The number the intensity is per: for example the population in the base year',
      width: 'md',
    },
    targetActivity: {
      label: 'Projected activity in the target year',
      hint: 'For example the population expected in the target year',
      width: 'md',
    },
    bauEmissions: {
      label: 'Business-as-usual emissions in the target year (tCO2e)',
      hint: 'Your projection of emissions without the target',
      width: 'md',
    },
    targetYear: { label: 'Target year', width: 'sm' },
    reductionPercent: {
      label: 'Reduction (%)',
      hint:
        type === 'BASELINE_SCENARIO'
          ? 'How far below business as usual, from 0 to 100'
          : 'How far below the base year, from 0 to 100',
      width: 'sm',
    },
    targetEmissions: { label: 'Emissions in the target year (tCO2e)', width: 'md' },
    adoptedAt: { label: 'Date adopted (optional)', hint: 'For example 2024-03-31', date: true, width: 'md' },
  }
}
