import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Db } from '@/server/db'
import { resourceSearchText, type ResourceAudienceCode, type ResourceStageCode } from '@/lib/domain/resources'
import type { HazardCode, SolutionSectorCode } from '@/lib/domain/hazards'
import { addDays, type Log } from './util'
import { checklistPdf, inventoryTemplateCsv } from './resource-files'

// The guides and tools library as the network starts it: guides written for this project (their text in
// content/guides/<slug>.md), two files to download and three links to well-known public tools.

type Topic = HazardCode | SolutionSectorCode

type Common = {
  slug: string
  title: string
  summary: string
  topics: Topic[]
  stages: ResourceStageCode[]
  audience: ResourceAudienceCode
  membersOnly?: boolean
  /** Days before "now" the entry was last reviewed (over 365: due for review). */
  reviewedDaysAgo: number
  /** Left as a draft to show the staff side. */
  draft?: boolean
}

export type SeedGuide = Common & { kind: 'GUIDE' }
export type SeedFile = Common & {
  kind: 'FILE'
  notes: string
  file: { filename: string; contentType: string; bytes: () => Promise<Uint8Array> }
}
export type SeedLink = Common & { kind: 'LINK'; url: string; notes: string }
export type SeedResource = SeedGuide | SeedFile | SeedLink

export const GUIDES: SeedGuide[] = [
  {
    kind: 'GUIDE',
    slug: 'getting-started-after-signing',
    title: 'After you sign: the first ninety days',
    summary:
      'What to do between the pledge and the first deadline: name a lead, brief the council, find your data and set a calendar for the three-year path.',
    topics: ['EMERGENCY_MANAGEMENT', 'ENERGY'],
    stages: ['COMMITMENT'],
    audience: 'ELECTED_OFFICIALS',
    reviewedDaysAgo: 40,
  },
  {
    kind: 'GUIDE',
    slug: 'passing-a-council-resolution',
    title: 'Passing a council resolution to join',
    summary:
      'How to take a climate commitment through council: a model resolution, who to brief first, the questions members ask and how to answer them.',
    topics: ['ECONOMY'],
    stages: ['COMMITMENT'],
    audience: 'ELECTED_OFFICIALS',
    reviewedDaysAgo: 75,
  },
  {
    kind: 'GUIDE',
    slug: 'first-ghg-inventory-small-city',
    title: 'Your first greenhouse gas inventory for a small city',
    summary:
      'A community-wide inventory at GPC BASIC level with the data a small city actually has: utility totals, fuel sales, vehicle miles and the landfill.',
    topics: ['ENERGY', 'BUILDINGS', 'TRANSPORT', 'WASTE'],
    stages: ['INVENTORY'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 30,
  },
  {
    kind: 'GUIDE',
    slug: 'municipal-operations-inventory',
    title: 'Counting your own operations: the municipal inventory',
    summary:
      'Emissions from the buildings, streetlights, fleet and water plants the government runs, from the bills and fuel-card records you already keep.',
    topics: ['ENERGY', 'BUILDINGS', 'TRANSPORT', 'WATER'],
    stages: ['INVENTORY', 'ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 430,
  },
  {
    kind: 'GUIDE',
    slug: 'hazard-and-vulnerability-assessment-with-residents',
    title: 'A hazard and vulnerability assessment with residents',
    summary:
      'Which hazards matter, who is most exposed and why: an assessment run with the people who live with the risks, not only with consultants.',
    topics: ['EXTREME_HEAT', 'FLOODING_FLASH', 'STORM', 'PUBLIC_HEALTH', 'EMERGENCY_MANAGEMENT'],
    stages: ['INVENTORY', 'TARGET'],
    audience: 'COMMUNITY_PARTNERS',
    reviewedDaysAgo: 55,
  },
  {
    kind: 'GUIDE',
    slug: 'choosing-a-reduction-target',
    title: 'Choosing a reduction target and explaining it',
    summary:
      'Base year, target year and the four target types (base-year, fixed-level, baseline scenario and intensity): which fits your city and how to explain it to a council.',
    topics: ['ENERGY', 'BUILDINGS', 'TRANSPORT'],
    stages: ['TARGET'],
    audience: 'ELECTED_OFFICIALS',
    reviewedDaysAgo: 20,
  },
  {
    kind: 'GUIDE',
    slug: 'target-setting-worksheet',
    title: 'Target-setting worksheet',
    summary:
      'The numbers behind a target, step by step with a worked example: base year, the four target types side by side, the checks reviewers apply and model resolution wording.',
    topics: ['ENERGY', 'BUILDINGS', 'TRANSPORT', 'WASTE'],
    stages: ['TARGET'],
    audience: 'LOCAL_STAFF',
    membersOnly: true,
    reviewedDaysAgo: 28,
  },
  {
    kind: 'GUIDE',
    slug: 'climate-action-plan-that-gets-funded',
    title: 'Writing a climate action plan that gets funded',
    summary:
      'Plans that turn into projects: costed actions, a capital plan that carries them, and the grants, bonds and savings that pay for them.',
    topics: ['ENERGY', 'BUILDINGS', 'TRANSPORT', 'ECONOMY'],
    stages: ['TARGET', 'ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 95,
  },
  {
    kind: 'GUIDE',
    slug: 'funding-application-template',
    title: 'Funding application template',
    summary:
      'The answers most climate and resilience grant applications ask for, gathered once from your adopted plans: need, scope, budget and match, timeline, results and readiness.',
    topics: ['ECONOMY', 'ENERGY', 'EMERGENCY_MANAGEMENT'],
    stages: ['ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    membersOnly: true,
    reviewedDaysAgo: 65,
  },
  {
    kind: 'GUIDE',
    slug: 'heat-emergency-plan-and-cooling-centers',
    title: 'A heat emergency plan and cooling centers',
    summary:
      'Trigger levels, cooling centers people can reach, outreach to those at highest risk and what to check after every heat wave.',
    topics: ['EXTREME_HEAT', 'PUBLIC_HEALTH', 'EMERGENCY_MANAGEMENT'],
    stages: ['ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 400,
  },
  {
    kind: 'GUIDE',
    slug: 'flood-ready-zoning-and-buyouts',
    title: 'Flood-ready zoning and voluntary buyouts',
    summary:
      'Using the zoning code, freeboard and voluntary buyouts to keep people out of harm’s way, and turning bought-out land into open space that floods safely.',
    topics: ['FLOODING_RIVERINE', 'FLOODING_FLASH', 'COASTAL_FLOODING', 'LAND_USE'],
    stages: ['ACTION_PLANS'],
    audience: 'ELECTED_OFFICIALS',
    reviewedDaysAgo: 120,
  },
  {
    kind: 'GUIDE',
    slug: 'resilience-hubs',
    title: 'Resilience hubs: neighborhood places that keep working',
    summary:
      'Trusted community buildings with backup power, water and services, used every day and ready when the grid or the roads fail.',
    topics: ['ENERGY_SHOCK', 'EXTREME_HEAT', 'STORM', 'ENERGY', 'EMERGENCY_MANAGEMENT'],
    stages: ['ACTION_PLANS'],
    audience: 'COMMUNITY_PARTNERS',
    reviewedDaysAgo: 60,
  },
  {
    kind: 'GUIDE',
    slug: 'annual-progress-report',
    title: 'Reporting progress each year',
    summary:
      'What the annual report asks (inventory by sector and scope, hazards, plans and actions), where each figure comes from and how to get it verified first time.',
    topics: ['ENERGY', 'TRANSPORT', 'WASTE'],
    stages: ['INVENTORY', 'TARGET', 'ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 15,
  },
  {
    kind: 'GUIDE',
    slug: 'engaging-residents-and-council',
    title: 'Engaging residents and your council',
    summary:
      'Keeping residents and elected officials with you from pledge to plan: who to involve at each stage, how to report back and how to handle opposition.',
    topics: ['PUBLIC_HEALTH', 'ECONOMY'],
    stages: ['COMMITMENT', 'ACTION_PLANS'],
    audience: 'COMMUNITY_PARTNERS',
    reviewedDaysAgo: 85,
  },
  {
    kind: 'GUIDE',
    slug: 'municipal-fleet-electrification',
    title: 'Electrifying the municipal fleet',
    summary:
      'From a fleet inventory to the first electric vehicles and chargers: which vehicles to replace first, total cost of ownership and charging at the yard.',
    topics: ['TRANSPORT', 'ENERGY'],
    stages: ['TARGET', 'ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 45,
  },
  {
    kind: 'GUIDE',
    slug: 'building-energy-benchmarking',
    title: 'Building energy benchmarking',
    summary:
      'Measuring how much energy large buildings use, starting with your own: the tools, the data from utilities, an ordinance and what to do with the results.',
    topics: ['BUILDINGS', 'ENERGY'],
    stages: ['INVENTORY', 'ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 110,
  },
  {
    kind: 'GUIDE',
    slug: 'energy-assurance-for-critical-facilities',
    title: 'Energy assurance for critical facilities',
    summary:
      'Keeping water, wastewater, emergency services and shelters running through a long outage: which facilities, how much power and for how long.',
    topics: ['ENERGY_SHOCK', 'STORM', 'EXTREME_COLD', 'ENERGY', 'WATER', 'EMERGENCY_MANAGEMENT'],
    stages: ['ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 25,
  },
  {
    kind: 'GUIDE',
    slug: 'wildfire-smoke-ready-community',
    title: 'Getting ready for wildfire smoke',
    summary:
      'Clean-air rooms, filtration in public buildings and clear messages for smoke days, including for communities far from the fire.',
    topics: ['WILDFIRE', 'PUBLIC_HEALTH', 'BUILDINGS'],
    stages: ['ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 5,
    draft: true,
  },
]

const FILES: SeedFile[] = [
  {
    kind: 'FILE',
    slug: 'ghg-inventory-data-collection-template',
    title: 'GHG inventory data-collection template (CSV)',
    summary:
      'One row per data request: sector, source, who holds the data, the quantity and unit, and the emissions factor used. Opens in any spreadsheet.',
    notes:
      'Use it with the guide [Your first greenhouse gas inventory for a small city](/resources/first-ghg-inventory-small-city). ' +
      'The example rows show the usual sources for a city of about 20,000 people; replace them with your own and keep a note of every source in the last column.',
    topics: ['ENERGY', 'BUILDINGS', 'TRANSPORT', 'WASTE'],
    stages: ['INVENTORY'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 35,
    file: {
      filename: 'GHG inventory data-collection template.csv',
      contentType: 'text/csv',
      bytes: async () => new TextEncoder().encode(inventoryTemplateCsv()),
    },
  },
  {
    kind: 'FILE',
    slug: 'compliance-path-checklist',
    title: 'Compliance path checklist (PDF)',
    summary:
      'A two-page checklist of what each stage of the compliance path asks for, with space to note the owner and date, to print for a kick-off meeting.',
    notes:
      'Each stage is due counted from the date your commitment was approved. Your member profile shows where you are and what is next.',
    topics: ['EMERGENCY_MANAGEMENT', 'ENERGY'],
    stages: ['COMMITMENT', 'INVENTORY', 'TARGET', 'ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 50,
    file: {
      filename: 'Compliance path checklist.pdf',
      contentType: 'application/pdf',
      bytes: checklistPdf,
    },
  },
]

const LINKS: SeedLink[] = [
  {
    kind: 'LINK',
    slug: 'epa-local-ghg-inventory-tool',
    title: 'EPA Local Greenhouse Gas Inventory Tool',
    summary:
      'A free spreadsheet tool from the US EPA that calculates community-wide and municipal-operations emissions from activity data, with US emissions factors built in.',
    url: 'https://www.epa.gov/statelocalenergy/local-greenhouse-gas-inventory-tool',
    notes:
      'Use it when you have gathered your activity data (kilowatt-hours, therms, gallons, vehicle miles, tons of waste) and want the arithmetic done with current US factors. ' +
      'Its sectors map onto the GPC sectors the annual report asks for; keep the workbook with your inventory records.',
    topics: ['ENERGY', 'TRANSPORT', 'WASTE', 'BUILDINGS'],
    stages: ['INVENTORY'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 70,
  },
  {
    kind: 'LINK',
    slug: 'noaa-climate-explorer',
    title: 'NOAA Climate Explorer',
    summary:
      'Past observations and projected temperature and precipitation for US counties, under lower and higher emissions scenarios, as charts and maps.',
    url: 'https://crt-climate-explorer.nemac.org/',
    notes:
      'Use it at the start of a hazard assessment to see how hot days, heavy rain and cold nights are expected to change in your county, and to put a chart in front of residents and council.',
    topics: ['EXTREME_HEAT', 'EXTREME_PRECIPITATION', 'DROUGHT', 'EXTREME_COLD'],
    stages: ['INVENTORY', 'TARGET'],
    audience: 'COMMUNITY_PARTNERS',
    reviewedDaysAgo: 70,
  },
  {
    kind: 'LINK',
    slug: 'us-climate-resilience-toolkit',
    title: 'U.S. Climate Resilience Toolkit',
    summary:
      'The federal government’s resilience portal: the Steps to Resilience framework, case studies from other communities and a catalog of data tools by hazard.',
    url: 'https://toolkit.climate.gov/',
    notes:
      'Use it when planning an adaptation process from scratch: its five steps match the assessment and plan stages here, and its case studies show what similar places did.',
    topics: ['FLOODING_RIVERINE', 'COASTAL_FLOODING', 'EXTREME_HEAT', 'WILDFIRE', 'EMERGENCY_MANAGEMENT'],
    stages: ['TARGET', 'ACTION_PLANS'],
    audience: 'LOCAL_STAFF',
    reviewedDaysAgo: 70,
  },
]

// Members-only entries are the worksheet and template the network's desks have refined with members; every
// guide the commitments page promises is public.
export const RESOURCES: SeedResource[] = [...GUIDES, ...FILES, ...LINKS]

export function guideBody(slug: string): string {
  return readFileSync(new URL(`./content/guides/${slug}.md`, import.meta.url), 'utf8').trim()
}

function bodyOf(r: SeedResource): string {
  return r.kind === 'GUIDE' ? guideBody(r.slug) : r.notes
}

/** The staff member who keeps the library current: the demo editor when there is one, else the first admin. */
async function ownerId(db: Db): Promise<string | null> {
  const editor = await db.user.findFirst({ where: { role: 'EDITOR' }, orderBy: { createdAt: 'asc' } })
  if (editor) return editor.id
  const admin = await db.user.findFirst({ where: { role: 'ADMIN' }, orderBy: { createdAt: 'asc' } })
  return admin?.id ?? null
}

/**
 * Creates the library entries that are missing (by slug), each with its topics, stages and one published
 * revision, and a FILE's checked bytes as an Upload; entries staff have edited or deleted are left alone.
 */
export async function seedResources({ db, log, now }: { db: Db; log: Log; now: Date }) {
  const owner = await ownerId(db)
  let created = 0
  for (const r of RESOURCES) {
    if (await db.resource.findUnique({ where: { slug: r.slug }, select: { id: true } })) continue
    const body = bodyOf(r)
    const reviewedOn = addDays(now, -r.reviewedDaysAgo)
    const published = !r.draft
    const upload =
      r.kind === 'FILE'
        ? await storeSeedFile(db, r.file.filename, r.file.contentType, await r.file.bytes(), owner)
        : null
    await db.resource.create({
      data: {
        slug: r.slug,
        kind: r.kind,
        title: r.title,
        summary: r.summary,
        body,
        searchText: resourceSearchText({
          title: r.title,
          summary: r.summary,
          body,
          topics: r.topics,
          membersOnly: r.membersOnly ?? false,
        }),
        url: r.kind === 'LINK' ? r.url : null,
        uploadId: upload?.id ?? null,
        audience: r.audience,
        membersOnly: r.membersOnly ?? false,
        reviewedOn,
        ownerId: owner,
        status: published ? 'PUBLISHED' : 'DRAFT',
        publishedAt: published ? reviewedOn : null,
        topics: { create: r.topics.map((topic) => ({ topic })) },
        stages: { create: r.stages.map((stage) => ({ stage })) },
        revisions: {
          create: {
            title: r.title,
            summary: r.summary,
            body,
            published,
            note: published ? 'Initial content' : 'First draft',
            authorId: owner,
            createdAt: reviewedOn,
          },
        },
      },
    })
    created++
  }
  log(`resources: ${RESOURCES.length} entries, ${created} created`)
}

async function storeSeedFile(
  db: Db,
  filename: string,
  contentType: string,
  bytes: Uint8Array,
  createdById: string | null,
) {
  return db.upload.create({
    data: {
      filename,
      contentType,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      data: Buffer.from(bytes),
      createdById,
    },
    select: { id: true },
  })
}
