// Figures carried over from the previous verified report (report pre-fill, decision 0019). Pure: the
// server keeps a row's origin by these rules when a draft is saved, and the portal's form shows its
// "carried over" markers by the same rules on the values as typed.
import { cellLabel, cellName } from './report-completeness'

export type FigureOrigin = 'ENTERED' | 'CARRIED_OVER' | 'CONFIRMED'

/** The sections an official confirms one at a time (the reporting level goes with the inventory). */
export const CARRY_SECTIONS = ['inventory', 'hazards', 'actions'] as const
export type CarrySection = (typeof CARRY_SECTIONS)[number]

/** The checkbox of a section: "the carried-over figures of this section are still right". */
export const confirmFieldName = (section: CarrySection) => `confirm-${section}`

const day = (d: Date | string | null | undefined) =>
  d instanceof Date ? d.toISOString().slice(0, 10) : (d ?? '').trim()

/** What makes two hazard rows the same statement. */
export function hazardKey(h: {
  hazard: string
  riskLevel: string
  expectedImpact: string
  vulnerableGroups: string
}): string {
  return JSON.stringify([h.hazard, h.riskLevel, h.expectedImpact.trim(), h.vulnerableGroups.trim()])
}

/** What makes two plan or action rows the same statement. */
export function actionKey(a: {
  kind: string
  pillar: string
  sector: string | null
  title: string
  status: string
  url: string | null
  adoptedAt: Date | string | null
}): string {
  return JSON.stringify([
    a.kind,
    a.pillar,
    a.sector ?? '',
    a.title.trim(),
    a.status,
    (a.url ?? '').trim(),
    day(a.adoptedAt),
  ])
}

/**
 * The origin of each new row, given the rows it replaces: a row that says exactly what a carried-over
 * (or confirmed) row said keeps that row's origin, each old row matching at most one new row; any other
 * row was entered by the official. Editing a value therefore clears its mark, and removing a row or
 * moving it changes nothing else.
 */
export function keepOrigins(
  previous: readonly { key: string; origin: FigureOrigin }[],
  next: readonly string[],
): FigureOrigin[] {
  const pool = previous.filter((p) => p.origin !== 'ENTERED').map((p) => ({ ...p, used: false }))
  return next.map((key) => {
    const match = pool.find((p) => !p.used && p.key === key)
    if (!match) return 'ENTERED'
    match.used = true
    return match.origin
  })
}

/**
 * Which of the current rows still show as carried over (not yet confirmed): the ones that match an
 * unconfirmed carried-over row, each of those matching at most once.
 */
export function carriedRows(carried: readonly string[], current: readonly string[]): boolean[] {
  const origins = keepOrigins(
    carried.map((key) => ({ key, origin: 'CARRIED_OVER' as const })),
    current,
  )
  return origins.map((o) => o === 'CARRIED_OVER')
}

type Origins = {
  prefilledFrom: number | null
  reportingLevelOrigin: string
  inventory: { sector: string; scope: number; origin: string }[]
  hazards: { origin: string }[]
  actions: { origin: string }[]
}

/**
 * Why a report cannot be submitted yet: every figure or row still carried over unconfirmed, by field
 * (a row's first field), and the confirmation box of each section that has any. Reported figures are
 * the official's statement for the new year, so none may go to staff unconfirmed.
 */
export function unconfirmedErrors(report: Origins) {
  const errors: Record<string, string> = {}
  const year = report.prefilledFrom
  if (year === null) return errors
  const from = `carried over from ${year}’s verified report`
  const counts = { inventory: 0, hazards: 0, actions: 0 }
  if (report.reportingLevelOrigin === 'CARRIED_OVER') {
    errors.reportingLevel = `The reporting level was ${from}: confirm it or change it`
    counts.inventory++
  }
  for (const e of report.inventory.filter((c) => c.origin === 'CARRIED_OVER')) {
    errors[cellName(e.sector, e.scope)] =
      `${cellLabel(e.sector, e.scope)}: this figure was ${from}; confirm it or change it`
    counts.inventory++
  }
  report.hazards.forEach((h, i) => {
    if (h.origin !== 'CARRIED_OVER') return
    errors[`hazard-${i}-hazard`] = `Hazard ${i + 1} was ${from}: confirm it or change it`
    counts.hazards++
  })
  report.actions.forEach((a, i) => {
    if (a.origin !== 'CARRIED_OVER') return
    errors[`action-${i}-title`] = `Item ${i + 1} was ${from}: confirm it or change it`
    counts.actions++
  })
  for (const section of CARRY_SECTIONS) {
    const n = counts[section]
    if (n > 0)
      errors[confirmFieldName(section)] =
        `Tick this box to confirm the ${carriedNoun(section, n)} ${from}, or change ${n === 1 ? 'it' : 'them'}`
  }
  return errors
}

const NOUNS: Record<CarrySection, [string, string]> = {
  inventory: ['figure', 'figures'],
  hazards: ['hazard', 'hazards'],
  actions: ['plan or action', 'plans and actions'],
}

/** "3 figures", "1 hazard": what a section carries over, counted. */
export const carriedNoun = (section: CarrySection, n: number) => `${n} ${NOUNS[section][n === 1 ? 0 : 1]}`
