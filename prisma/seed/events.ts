import type { Db } from '@/server/db'
import { eventSearchText } from '@/lib/domain/site-search-text'
import type { Log } from './util'

// Demonstration network events, dated relative to the seed's "today": two past, three upcoming (one nearly
// full, one for members only). Written for this project; the people registered are fictional (example.org).
const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000

type SeedEvent = {
  slug: string
  title: string
  summary: string
  description: string
  type: 'WEBINAR' | 'STUDY_VISIT' | 'SUMMIT'
  /** Days from today, and the local hour (in timeZone) it starts. */
  inDays: number
  hour: number
  hours: number
  timeZone: string
  online: boolean
  place: string | null
  capacity: number
  audience: 'PUBLIC' | 'MEMBERS'
  registered: number
  waitlisted?: number
}

const EVENTS: SeedEvent[] = [
  {
    slug: 'cooling-centers-that-work',
    title: 'Cooling centers that work: lessons from three summers',
    summary: 'Three member cities on siting, staffing and getting people to the cooling centers they opened.',
    description:
      'Extreme heat is now the hazard most members list first. Officials from three member cities tell what ' +
      'they changed after their first summers of cooling centers: where they put them, opening hours, ' +
      'transport for residents without a car, and how they measured who came.\n\n' +
      'An hour of short talks and forty minutes of questions. The recording and slides go to everyone registered.',
    type: 'WEBINAR',
    inDays: 10,
    hour: 13,
    hours: 1.5,
    timeZone: 'America/Chicago',
    online: true,
    place: null,
    capacity: 300,
    audience: 'PUBLIC',
    registered: 6,
  },
  {
    slug: 'duluth-district-energy-study-visit',
    title: 'Study visit: district energy and building retrofits in Duluth',
    summary:
      'A day in Duluth, Minnesota: the steam-to-hot-water conversion and two public building retrofits.',
    description:
      'A walking visit with the city’s energy team: the district energy plant’s conversion from steam to hot ' +
      'water, a library and a fire station retrofitted to all-electric, and lunch with the council members who ' +
      'voted the funding.\n\nWear shoes for a plant floor. Lunch is provided; travel is at your own cost.',
    type: 'STUDY_VISIT',
    inDays: 21,
    hour: 9,
    hours: 7,
    timeZone: 'America/Chicago',
    online: false,
    place: 'Duluth City Hall, 411 W 1st St, Duluth, MN',
    capacity: 12,
    audience: 'PUBLIC',
    registered: 11,
  },
  {
    slug: 'members-summit-2027',
    title: 'Members’ summit: from plans to funded projects',
    summary: 'Two days for officials of member municipalities: funding, finance and peer sessions by topic.',
    description:
      'The network’s yearly gathering of member officials. Sessions with state and federal funders, peer ' +
      'groups by hazard, and clinics with the network’s technical team on inventories, targets and plans.\n\n' +
      'For officials of member municipalities and network staff. Sign in to register.',
    type: 'SUMMIT',
    inDays: 45,
    hour: 9,
    hours: 32,
    timeZone: 'America/Denver',
    online: true,
    place: 'Colorado Convention Center, Denver, CO',
    capacity: 60,
    audience: 'MEMBERS',
    registered: 4,
  },
  {
    slug: 'first-inventory-in-90-days',
    title: 'A first greenhouse gas inventory in 90 days',
    summary: 'The inventory desk walks through a small city’s first community-wide inventory, step by step.',
    description:
      'Which data to ask utilities for, what to do when fuel sales are missing, and how to file the result ' +
      'in the annual report. With a member town that did it in one quarter.',
    type: 'WEBINAR',
    inDays: -30,
    hour: 11,
    hours: 1,
    timeZone: 'America/New_York',
    online: true,
    place: null,
    capacity: 200,
    audience: 'PUBLIC',
    registered: 8,
  },
  {
    slug: 'tucson-heat-and-shade-study-visit',
    title: 'Study visit: shade and heat action in Tucson',
    summary: 'Tree planting, shade structures and the heat action plan of a desert city.',
    description:
      'A morning on the street with the city’s urban forestry team and an afternoon on its heat action plan.',
    type: 'STUDY_VISIT',
    inDays: -90,
    hour: 8,
    hours: 8,
    timeZone: 'America/Phoenix',
    online: false,
    place: 'Tucson, AZ (meeting point sent by email)',
    capacity: 20,
    audience: 'PUBLIC',
    registered: 14,
  },
]

const PEOPLE = [
  ['Avery Chen', 'City of Madison'],
  ['Jordan Ruiz', 'City of Tempe'],
  ['Sam Okafor', 'Town of Brattleboro'],
  ['Riley Nguyen', 'City of Duluth'],
  ['Morgan Price', 'Dane County'],
  ['Casey Hall', 'City of Ithaca'],
  ['Taylor Brooks', 'City of Flagstaff'],
  ['Jamie Ortiz', 'City of Eugene'],
  ['Quinn Patel', 'City of Asheville'],
  ['Drew Kim', 'City of Burlington'],
  ['Rowan Ali', 'City of Boulder'],
  ['Harper Diaz', 'City of Tucson'],
  ['Emerson Lee', 'City of Bellingham'],
  ['Skyler Ward', 'City of Ann Arbor'],
] as const

/** Midnight UTC of `now`'s day plus `days`, at `hour` o'clock in `timeZone` (close enough for demo data). */
function at(now: Date, days: number, hour: number, timeZone: string): Date {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY
  const noonUtc = new Date(day + 12 * HOUR)
  const local = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(
    noonUtc,
  )
  const offsetHours = Number(local) - 12
  return new Date(day + (hour - offsetHours) * HOUR)
}

/** Creates the demonstration events that are missing (by address), published, with their registrations. */
export async function seedEvents({ db, log, now }: { db: Db; log: Log; now: Date }) {
  let created = 0
  for (const e of EVENTS) {
    if (await db.event.findUnique({ where: { slug: e.slug }, select: { id: true } })) continue
    const startsAt = at(now, e.inDays, e.hour, e.timeZone)
    const past = e.inDays < 0
    await db.event.create({
      data: {
        slug: e.slug,
        title: e.title,
        summary: e.summary,
        description: e.description,
        searchText: eventSearchText(e),
        type: e.type,
        startsAt,
        endsAt: new Date(startsAt.getTime() + e.hours * HOUR),
        timeZone: e.timeZone,
        online: e.online,
        place: e.place,
        // The video call's address (example.org: a demo), emailed to people with a place only.
        joinUrl: e.online ? `https://meet.example.org/${e.slug}` : null,
        capacity: e.capacity,
        audience: e.audience,
        registrationDeadline: new Date(startsAt.getTime() - DAY),
        status: 'PUBLISHED',
        publishedAt: new Date(now.getTime() - 60 * DAY),
        registrations: {
          create: PEOPLE.slice(0, e.registered).map(([name, organisation], i) => ({
            name,
            organisation,
            email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
            status: 'REGISTERED' as const,
            seq: i + 1,
            // The past events' attendance is taken: most came.
            attended: past && i % 4 !== 3,
            createdAt: new Date(startsAt.getTime() - (20 - i) * DAY),
          })),
        },
      },
    })
    created++
  }
  log(`events: ${EVENTS.length} demonstration events, ${created} created`)
}
