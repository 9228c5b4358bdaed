import type { StageKey } from './compliance'
import type { ResourceStageCode } from './resources'

// The city journey (issue 16): what each stage of the compliance path asks of a signatory, in plain words,
// and where in the site they do it or get help. The portal shows it stage by stage.

export type JourneyLink = { href: string; label: string }
export type JourneyGuide = { asks: string; links: JourneyLink[] }

const experts = (desk: string, anchor = 'network_team'): JourneyLink => ({
  href: `/network/partners#${anchor}`,
  label: `Who can help: the ${desk}`,
})

/** What a stage asks and the links that help with it, for one municipality's portal. */
export function journeyGuide(key: StageKey, slug: string): JourneyGuide {
  const guide = stageGuide(key, slug)
  if (key === 'commitment') return guide
  // Experts on call: the portal's help form, its topic chosen for the stage.
  const ask = { href: `/portal/${slug}/help?topic=${HELP_TOPIC[key]}#ask`, label: `Ask the network for help` }
  return { ...guide, links: [...guide.links, ask] }
}

const HELP_TOPIC: Record<Exclude<StageKey, 'commitment'>, string> = {
  inventory: 'INVENTORY',
  hazards: 'HAZARDS_VULNERABILITY',
  target: 'TARGET',
  vulnerability: 'HAZARDS_VULNERABILITY',
  actionPlans: 'PLANS',
}

function stageGuide(key: StageKey, slug: string): JourneyGuide {
  const reports = { href: `/portal/${slug}/reports`, label: 'Enter it in an annual report' }
  switch (key) {
    case 'commitment':
      return {
        asks: 'A signed pledge (letter, council resolution or executive order), approved by the network.',
        links: [{ href: `/members/${slug}`, label: 'See your public profile' }],
      }
    case 'inventory':
      return {
        asks:
          'A community-wide greenhouse gas inventory, at least stationary energy and transportation, in ' +
          'tonnes of CO2e, entered in an annual progress report. It counts for three years.',
        links: [reports, experts('inventory and target desk')],
      }
    case 'hazards':
      return {
        asks: 'The climate hazards your community faces, each with its risk level, in an annual progress report.',
        links: [reports, experts('resilience planning desk')],
      }
    case 'target':
      return {
        asks:
          'A community-wide emissions reduction target of one of four types: base year, intensity, fixed ' +
          'level or business as usual.',
        links: [
          { href: `/portal/${slug}/targets/new`, label: 'Set a target' },
          experts('inventory and target desk'),
        ],
      }
    case 'vulnerability':
      return {
        asks:
          'An assessment of how the hazards affect people and places, naming the groups most vulnerable, ' +
          'in an annual progress report.',
        links: [reports, experts('resilience planning desk')],
      }
    case 'actionPlans':
      return {
        asks:
          'A mitigation plan and an adaptation plan adopted by your council, with their address and date of ' +
          'adoption, in an annual progress report.',
        links: [reports, experts('funding and finance desk')],
      }
  }
}

/** The stage to work on next: the first one not met, in the order of the path; none once all are met. */
export function nextJourneyStage<S extends { key: StageKey; status: string }>(
  stages: readonly S[],
): S | null {
  return stages.find((s) => s.status !== 'met') ?? null
}

/**
 * The library's stage (/resources?stage=) for a stage of the path. The hazards list and the vulnerability
 * assessment have none of their own: their guides are filed under the stage due the same year (inventory
 * at one year, target at two).
 */
export const JOURNEY_RESOURCE_STAGE: Record<StageKey, ResourceStageCode> = {
  commitment: 'COMMITMENT',
  inventory: 'INVENTORY',
  hazards: 'INVENTORY',
  target: 'TARGET',
  vulnerability: 'TARGET',
  actionPlans: 'ACTION_PLANS',
}
