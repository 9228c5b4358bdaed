import { createHash } from 'node:crypto'
import type { Db } from '@/server/db'
import type { Log } from './util'

// Demonstration peer groups and topic cohorts (issue 17), dated relative to the seed's "today": each with
// member municipalities from the seeded members, past meetings with published notes and upcoming ones; the
// heat cohort shares one document. Written for this project; the meetings and notes are fictional.
const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000

type SeedMeeting = {
  title: string
  /** Days from today and the local hour (in the group's zone) it starts. */
  inDays: number
  hour: number
  online: boolean
  place: string | null
  notes?: string
}

type SeedGroup = {
  slug: string
  kind: 'REGIONAL' | 'TOPIC'
  name: string
  summary: string
  description: string
  topic: string | null
  states: string[]
  startedDaysAgo: number
  lastsDays: number
  timeZone: string
  members: number
  meetings: SeedMeeting[]
}

export const SEED_GROUPS: SeedGroup[] = [
  {
    slug: 'southeast-heat-cohort',
    kind: 'TOPIC',
    name: 'Southeast heat cohort',
    summary: 'Member cities of the Southeast compare cooling centers, heat alerts and shade programs.',
    description:
      'Extreme heat is the hazard most southeastern members rank first. The cohort meets every six weeks to ' +
      'compare how each city warns residents, runs cooling centers and plants shade where people wait for buses.\n\n' +
      'Each member brings one measure it has tried and what it cost; the facilitator writes the notes.',
    topic: 'EXTREME_HEAT',
    states: ['AL', 'FL', 'GA', 'LA', 'MS', 'NC', 'SC', 'TN'],
    startedDaysAgo: 120,
    lastsDays: 365,
    timeZone: 'America/New_York',
    members: 5,
    meetings: [
      {
        title: 'Kick-off: what each city does on a heat-alert day',
        inDays: -84,
        hour: 14,
        online: true,
        place: null,
        notes:
          'Each member described its heat-alert day, from the National Weather Service warning to the last ' +
          'cooling center closing.\n\nMost cities open libraries and recreation centers; two also run buses ' +
          'to them free of charge. Opening hours that end at 5 pm were the gap named most often.\n\n' +
          'Agreed: each member shares its alert checklist before the next meeting.',
      },
      {
        title: 'Cooling centers: who came, and who did not',
        inDays: -42,
        hour: 14,
        online: true,
        place: null,
        notes:
          'Visitor counts from three summers: most visitors were older residents living alone, and few families ' +
          'with small children came.\n\nWhat helped: door-to-door calls by community health workers and ' +
          'text alerts in Spanish and Vietnamese. The comparison of opening hours and costs is in the shared documents.',
      },
      {
        title: 'Shade at bus stops: costs and maintenance',
        inDays: 12,
        hour: 14,
        online: true,
        place: null,
      },
    ],
  },
  {
    slug: 'great-lakes-peer-group',
    kind: 'REGIONAL',
    name: 'Great Lakes regional peer group',
    summary:
      'Officials around the Great Lakes share plans for flooding, shoreline erosion and building retrofits.',
    description:
      'A regional group for member municipalities of the Great Lakes states. Meetings alternate between a ' +
      'member’s city hall and online; each one looks at a project a member has finished or started.\n\n' +
      'Topics so far: stormwater fees, shoreline erosion and the retrofit of municipal buildings.',
    topic: null,
    states: ['IL', 'IN', 'MI', 'MN', 'NY', 'OH', 'PA', 'WI'],
    startedDaysAgo: 200,
    lastsDays: 540,
    timeZone: 'America/Chicago',
    members: 6,
    meetings: [
      {
        title: 'Stormwater fees that residents accept',
        inDays: -60,
        hour: 10,
        online: true,
        place: null,
        notes:
          'Two members explained how they moved from a flat charge to a fee by hard surface, with credits for ' +
          'rain gardens and cisterns.\n\nWhat made it pass: a year of public meetings and a bill that shows ' +
          'each parcel’s surface on a map.',
      },
      {
        title: 'Visit: shoreline protection in Duluth',
        inDays: 30,
        hour: 9,
        online: false,
        place: 'Duluth City Hall, 411 W 1st St, Duluth, MN',
      },
    ],
  },
  {
    slug: 'building-performance-cohort',
    kind: 'TOPIC',
    name: 'Building performance cohort',
    summary:
      'Cities writing or running building performance standards compare rules, data and help for owners.',
    description:
      'For members that have adopted, or plan, benchmarking and building performance standards. The cohort ' +
      'compares thresholds, how energy data is collected and checked, and the help offered to owners of ' +
      'affordable housing.\n\nOpen to members in every state.',
    topic: 'BUILDING_PERFORMANCE',
    states: [],
    startedDaysAgo: 90,
    lastsDays: 450,
    timeZone: 'America/New_York',
    members: 5,
    meetings: [
      {
        title: 'Benchmarking: getting the first year of data',
        inDays: -35,
        hour: 13,
        online: true,
        place: null,
        notes:
          'Members agreed that the first year of benchmarking is mostly about finding owners and meter data. ' +
          'Cities that asked utilities for whole-building data early had the best reporting rates.\n\n' +
          'Next: the help desk scripts two members use, shared before the next meeting.',
      },
      {
        title: 'Standards for affordable housing owners',
        inDays: 20,
        hour: 13,
        online: true,
        place: null,
      },
    ],
  },
  {
    slug: 'fleet-electrification-cohort',
    kind: 'TOPIC',
    name: 'Fleet electrification cohort',
    summary:
      'Fleet managers and sustainability staff plan the move of municipal fleets to electric vehicles.',
    description:
      'Public works and fleet managers from member municipalities compare vehicle replacement plans, charging ' +
      'at depots and the grants that pay for both.\n\nEach member leaves with a draft replacement schedule.',
    topic: 'FLEET_ELECTRIFICATION',
    states: [],
    startedDaysAgo: 45,
    lastsDays: 300,
    timeZone: 'America/Denver',
    members: 4,
    meetings: [
      {
        title: 'Which vehicles first: a replacement schedule',
        inDays: -14,
        hour: 11,
        online: true,
        place: null,
        notes:
          'Light-duty sedans and pickups are the first vehicles every member can replace; refuse trucks and ' +
          'fire apparatus come later.\n\nMembers will bring their fleet lists, with each vehicle’s age and ' +
          'yearly miles, to the next meeting.',
      },
      {
        title: 'Depot charging and utility make-ready programs',
        inDays: 28,
        hour: 11,
        online: true,
        place: null,
      },
    ],
  },
]

// One document, a CSV the heat cohort's members compiled (fictional figures).
export const SEED_GROUP_DOCUMENT = {
  group: 'southeast-heat-cohort',
  title: 'Cooling centers compared: opening hours, visitors and costs',
  filename: 'cooling-centers-compared.csv',
  text:
    'city,centers,weekday_hours,weekend_hours,visitors_per_hot_day,cost_per_day_usd\n' +
    'Member city A,6,9-21,10-18,240,3100\n' +
    'Member city B,3,9-17,closed,85,1400\n' +
    'Member city C,9,8-22,8-22,410,5200\n' +
    'Member city D,4,10-20,12-18,120,2000\n',
}

/** Midnight UTC of `now`'s day plus `days`, at `hour` o'clock in `timeZone` (close enough for demo data). */
function at(now: Date, days: number, hour: number, timeZone: string): Date {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY
  const noonUtc = new Date(day + 12 * HOUR)
  const local = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(
    noonUtc,
  )
  return new Date(day + (hour - (Number(local) - 12)) * HOUR)
}

const dayOf = (now: Date, days: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY)

/**
 * Creates the demonstration groups that are missing (by address) with their members (the largest seeded
 * members of their states, or of any state for a nationwide cohort, each group starting further down the
 * list), meetings and notes; groups staff have edited or deleted are left alone.
 */
export async function seedGroups({ db, log, now }: { db: Db; log: Log; now: Date }) {
  const facilitator =
    (await db.user.findFirst({ where: { role: 'EDITOR', active: true }, orderBy: { createdAt: 'asc' } })) ??
    (await db.user.findFirst({ where: { role: 'ADMIN', active: true }, orderBy: { createdAt: 'asc' } }))
  let created = 0
  for (const [i, g] of SEED_GROUPS.entries()) {
    if (await db.peerGroup.findUnique({ where: { slug: g.slug }, select: { id: true } })) continue
    const members = await db.municipality.findMany({
      where: { isMember: true, ...(g.states.length ? { state: { in: g.states } } : {}) },
      orderBy: [{ population: 'desc' }, { slug: 'asc' }],
      skip: g.states.length ? 0 : i * 7,
      take: g.members,
      select: { id: true },
    })
    const decidedAt = dayOf(now, -g.startedDaysAgo)
    const group = await db.peerGroup.create({
      data: {
        slug: g.slug,
        kind: g.kind,
        name: g.name,
        summary: g.summary,
        description: g.description,
        topic: g.topic,
        states: [...g.states].sort().join(','),
        facilitatorId: facilitator?.id ?? null,
        startsOn: dayOf(now, -g.startedDaysAgo),
        endsOn: dayOf(now, g.lastsDays - g.startedDaysAgo),
        members: {
          create: members.map((m) => ({
            municipalityId: m.id,
            status: 'APPROVED' as const,
            decidedById: facilitator?.id ?? null,
            decidedAt,
          })),
        },
        meetings: {
          create: g.meetings.map((m) => {
            const startsAt = at(now, m.inDays, m.hour, g.timeZone)
            return {
              title: m.title,
              startsAt,
              endsAt: new Date(startsAt.getTime() + (m.online ? 1.5 : 6) * HOUR),
              timeZone: g.timeZone,
              online: m.online,
              place: m.place,
              notes: m.notes ?? null,
              notesPublishedAt: m.notes ? new Date(startsAt.getTime() + 2 * DAY) : null,
            }
          }),
        },
      },
      select: { id: true },
    })
    if (g.slug === SEED_GROUP_DOCUMENT.group) {
      const bytes = Buffer.from(SEED_GROUP_DOCUMENT.text, 'utf8')
      const upload = await db.upload.create({
        data: {
          filename: SEED_GROUP_DOCUMENT.filename,
          contentType: 'text/csv',
          size: bytes.byteLength,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          data: bytes,
          createdById: facilitator?.id ?? null,
        },
        select: { id: true },
      })
      await db.peerGroupDocument.create({
        data: {
          groupId: group.id,
          uploadId: upload.id,
          title: SEED_GROUP_DOCUMENT.title,
          addedById: facilitator?.id ?? null,
          createdAt: new Date(at(now, -40, 9, g.timeZone)),
        },
      })
    }
    created++
  }
  log(`groups: ${created} created`)
}
