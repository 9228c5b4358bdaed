import type { Db } from '@/server/db'
import type { Random } from '@/lib/random'
import type { SeededCampaign } from '../campaigns'
import type { Log } from '../util'

export type Place = {
  id: string
  slug: string
  name: string
  state: string
  population: number
  latitude: number | null
  longitude: number | null
}

export type DemoContext = {
  db: Db
  rng: Random
  now: Date
  log: Log
  rc4a: SeededCampaign
  compact: SeededCampaign
  reviewerIds: string[]
}

/** An approved membership of one campaign, as the later generators need it. */
export type Signatory = {
  place: Place
  name: string
  title: string
  email: string
  rc4aSince?: Date
  compactSince?: Date
}
