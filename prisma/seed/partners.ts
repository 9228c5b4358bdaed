import type { Db } from '@/server/db'
import type { Log } from './util'

// The experts and partners directory as the network starts it: its own technical team and partner organisations.
// Written for this project; the organisations are fictional. No person's contact details: the network brokers
// every first contact.
const PARTNERS = [
  {
    name: 'Inventory and target desk',
    kind: 'NETWORK_TEAM',
    summary:
      'The network’s greenhouse gas accounting team: three analysts who have helped more than 300 members ' +
      'file a first community-wide inventory and choose a target they can explain to their council.',
    helpsWith: [
      'A first community-wide inventory (GPC BASIC) for a small city or county',
      'Finding utility and fuel-sales data, and what to do when it is missing',
      'Choosing a target type and base year, and checking the path with the target calculator',
      'Carrying last year’s figures into this year’s annual report',
    ],
    statesServed: [],
  },
  {
    name: 'Resilience planning desk',
    kind: 'NETWORK_TEAM',
    summary:
      'Planners who run hazard and vulnerability assessments with members, from the first residents’ ' +
      'workshop to an adaptation plan the council adopts.',
    helpsWith: [
      'Hazard and vulnerability assessments with residents',
      'Identifying the groups most exposed to heat, flooding and outages',
      'Adaptation goals and plans that line up with hazard mitigation plans',
    ],
    statesServed: [],
  },
  {
    name: 'Funding and finance desk',
    kind: 'NETWORK_TEAM',
    summary:
      'Helps members turn adopted plans into funded projects: grant calendars, match requirements and ' +
      'the numbers funders ask for.',
    helpsWith: [
      'Federal and state grant programmes for resilience and clean energy',
      'Writing plans that get funded: costs, benefits and phasing',
      'Green banks, bonds and energy-savings performance contracts',
    ],
    statesServed: [],
  },
  {
    name: 'Great Lakes Climate Adaptation Center',
    kind: 'UNIVERSITY',
    summary:
      'A university research centre that downscales climate projections for Great Lakes communities and ' +
      'trains local staff to use them.',
    helpsWith: [
      'Local climate projections for heat, precipitation and lake levels',
      'Stormwater design storms for a wetter climate',
      'Student capstone teams for inventories and assessments',
    ],
    statesServed: ['MN', 'WI', 'MI', 'IL', 'IN', 'OH', 'PA', 'NY'],
  },
  {
    name: 'Gulf Coast Resilience Lab',
    kind: 'UNIVERSITY',
    summary:
      'Coastal engineers and social scientists working with small Gulf towns on flooding, hurricanes and ' +
      'the recovery that follows.',
    helpsWith: [
      'Sea level rise and storm surge mapping',
      'Post-disaster recovery planning',
      'Community surveys in English and Spanish',
    ],
    statesServed: ['TX', 'LA', 'MS', 'AL', 'FL'],
  },
  {
    name: 'Mountain West Council of Governments',
    kind: 'REGIONAL_AGENCY',
    summary:
      'A regional planning agency that pools inventory data and wildfire planning for its member towns, so ' +
      'that each does not start from nothing.',
    helpsWith: [
      'Regional inventories that member towns can reuse',
      'Wildfire risk and smoke-day planning',
      'Shared procurement of fleet electrification',
    ],
    statesServed: ['CO', 'UT', 'WY', 'MT', 'ID'],
  },
  {
    name: 'Piedmont Regional Planning Commission',
    kind: 'REGIONAL_AGENCY',
    summary:
      'Serves counties and towns across the Carolinas and Virginia with transport models, land-use data and ' +
      'heat mapping.',
    helpsWith: [
      'Transport emissions from regional travel models',
      'Urban heat island mapping and tree canopy goals',
      'Joint applications for regional grants',
    ],
    statesServed: ['NC', 'SC', 'VA'],
  },
  {
    name: 'Community Energy Resilience Fund',
    kind: 'NONPROFIT',
    summary:
      'A nonprofit that helps small communities plan backup power for shelters, water systems and clinics, ' +
      'and find the money to build it.',
    helpsWith: [
      'Solar and storage for critical facilities',
      'Energy assurance plans for outages',
      'Technical reviews of vendor proposals',
    ],
    statesServed: [],
  },
] as const

/** Creates the directory entries that are missing, published; entries staff have edited are left alone. */
export async function seedPartners({ db, log }: { db: Db; log: Log }) {
  let created = 0
  for (const p of PARTNERS) {
    if (await db.partner.findUnique({ where: { name: p.name }, select: { id: true } })) continue
    await db.partner.create({
      data: {
        name: p.name,
        kind: p.kind,
        summary: p.summary,
        helpsWith: p.helpsWith.join('\n'),
        statesServed: p.statesServed.join(','),
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    })
    created++
  }
  log(`partners: ${PARTNERS.length} entries, ${created} created`)
}
