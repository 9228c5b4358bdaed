import { normalizeForSearch } from '@/lib/text'
import { HAZARD_CODES, SOLUTION_SECTOR_CODES, hazardLabel, sectorLabel } from '@/lib/domain/hazards'

/** What a library entry is (the Resource.kind enum), as the site names it. */
export const RESOURCE_KINDS = {
  GUIDE: 'Guide',
  FILE: 'Download',
  LINK: 'External tool',
} as const
export type ResourceKindCode = keyof typeof RESOURCE_KINDS

/** Who an entry is written for (the Resource.audience enum). */
export const RESOURCE_AUDIENCES = {
  LOCAL_STAFF: 'Local government staff',
  ELECTED_OFFICIALS: 'Mayors and elected officials',
  COMMUNITY_PARTNERS: 'Community partners and residents',
} as const
export type ResourceAudienceCode = keyof typeof RESOURCE_AUDIENCES

/** The compliance stages an entry can help with, in the order of the path (DOMAIN.md). */
export const RESOURCE_STAGES = {
  COMMITMENT: 'Commitment',
  INVENTORY: 'Greenhouse gas inventory',
  TARGET: 'Target',
  ACTION_PLANS: 'Action plans',
} as const
export type ResourceStageCode = keyof typeof RESOURCE_STAGES
export const RESOURCE_STAGE_CODES = Object.keys(RESOURCE_STAGES) as ResourceStageCode[]

/** Topics: the Solutions Gateway's hazards and sectors (their keys do not overlap). */
export const RESOURCE_TOPIC_CODES: string[] = [...HAZARD_CODES, ...SOLUTION_SECTOR_CODES]
const HAZARD_SET = new Set<string>(HAZARD_CODES)

export function isResourceTopic(code: string): boolean {
  return RESOURCE_TOPIC_CODES.includes(code)
}

export function resourceTopicLabel(code: string): string {
  return HAZARD_SET.has(code) ? hazardLabel(code) : sectorLabel(code)
}

/** A guide is due for review a year after it was last reviewed. */
export const REVIEW_INTERVAL_MONTHS = 12

export function reviewDueOn(reviewedOn: Date): Date {
  const due = new Date(reviewedOn)
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS)
  return due
}

export function isReviewDue(reviewedOn: Date, now: Date): boolean {
  return reviewDueOn(reviewedOn).getTime() <= now.getTime()
}

type ResourceWords = {
  title: string
  summary: string
  body: string
  topics: string[]
  membersOnly: boolean
}

/**
 * The words a library search matches: title, summary, body and the labels of its topics, normalised. Stored
 * as Resource.searchText, which the full-text index reads (as the Solutions Gateway's, decision 0016).
 * A members-only entry's body is left out: the public search would otherwise tell anyone which words it holds.
 */
export function resourceSearchText(r: ResourceWords): string {
  const body = r.membersOnly ? '' : r.body
  return normalizeForSearch([r.title, r.summary, body, ...r.topics.map(resourceTopicLabel)].join(' '))
}
