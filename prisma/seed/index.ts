import type { Db } from '@/server/db'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { seedCampaigns } from './campaigns'
import { seedContent } from './content'
import { seedDemo } from './demo'
import { seedEvents } from './events'
import { seedGroups } from './groups'
import { seedHeroes } from './heroes'
import { seedPartners } from './partners'
import { seedPlaces } from './places'
import { seedResources } from './resources'
import { seedAdmin } from './users'
import { seedAsks } from './asks'
import type { Log } from './util'

export type SeedOptions = {
  db: Db
  /** Generate demonstration members, pledges, reports and solutions (isDemo = true). */
  demo?: boolean
  log?: Log
  /** "Today" for generated dates; tests pass a fixed one. */
  now?: Date
  /** Recompute compliance stages at the end (needs the compliance engine). */
  compliance?: boolean
}

/** Idempotent: a second run finds everything in place and changes nothing. */
export async function seed({
  db,
  demo = true,
  log = console.log,
  now = new Date(),
  compliance = true,
}: SeedOptions) {
  const started = performance.now()
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now()
    const result = await fn()
    log(`  ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`)
    return result
  }
  await step('places', () => seedPlaces({ db, log }))
  const campaigns = await step('campaigns', () => seedCampaigns({ db, log }))
  await step('content', () => seedContent({ db, log }))
  await step('partners', () => seedPartners({ db, log }))
  await step('heroes', () => seedHeroes({ db, log }))
  await step('admin', () => seedAdmin({ db, log }))
  if (demo) await step('demo', () => seedDemo({ db, log, now, campaigns }))
  if (demo) await step('events', () => seedEvents({ db, log, now }))
  if (demo) await step('asks', () => seedAsks({ db, log, now }))
  if (demo) await step('groups', () => seedGroups({ db, log, now }))
  // After the demo staff, so that the demo editor owns the library (the admin does without demo data).
  await step('resources', () => seedResources({ db, log, now }))
  if (compliance) await step('compliance', () => refreshAll(log, now))
  const seconds = (performance.now() - started) / 1000
  log(`seed finished in ${seconds.toFixed(1)} s`)
  return { seconds }
}

// The engine reads and writes through the app's client (DATABASE_URL), which is the seed's database.
async function refreshAll(log: Log, now: Date) {
  const result = await refreshCompliance({ now })
  log(`compliance: ${JSON.stringify(result)}`)
}
