// Experts on call (issue 16): what an official may ask staff about, how they want to be contacted, where a
// request stands, and when staff owe an answer (3 working days, Monday to Friday, counted in UTC).

export const ASSISTANCE_TOPICS = {
  INVENTORY: 'Greenhouse gas inventory',
  HAZARDS_VULNERABILITY: 'Climate hazards and vulnerability',
  TARGET: 'Emissions target',
  PLANS: 'Mitigation and adaptation plans',
  FUNDING: 'Funding and finance',
  REPORTING: 'Reporting in the portal',
  OTHER: 'Something else',
} as const

export type AssistanceTopic = keyof typeof ASSISTANCE_TOPICS
export const ASSISTANCE_TOPIC_CODES = Object.keys(ASSISTANCE_TOPICS) as [
  AssistanceTopic,
  ...AssistanceTopic[],
]

export const CONTACT_PREFERENCES = { EMAIL: 'By email', VIDEO_CALL: 'On a video call' } as const
export type ContactPreference = keyof typeof CONTACT_PREFERENCES
export const CONTACT_PREFERENCE_CODES = Object.keys(CONTACT_PREFERENCES) as [
  ContactPreference,
  ...ContactPreference[],
]

export const ASSISTANCE_STATUSES = {
  NEW: 'New',
  ASSIGNED: 'With our staff',
  WAITING_ON_MEMBER: 'Answered: waiting for you',
  CLOSED: 'Closed',
} as const
export type AssistanceStatus = keyof typeof ASSISTANCE_STATUSES
export const ASSISTANCE_STATUS_CODES = Object.keys(ASSISTANCE_STATUSES) as [
  AssistanceStatus,
  ...AssistanceStatus[],
]

/** How staff name a status in their queue (the member's words above speak to the member). */
export const ASSISTANCE_STATUS_FOR_STAFF: Record<AssistanceStatus, string> = {
  NEW: 'New',
  ASSIGNED: 'Assigned',
  WAITING_ON_MEMBER: 'Waiting on the member',
  CLOSED: 'Closed',
}

/** Working days staff have to answer a member's message. */
export const ANSWER_WITHIN_WORKING_DAYS = 3

const DAY_MS = 24 * 60 * 60 * 1000
const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6

/**
 * `since` plus `days` working days (Monday to Friday, UTC). A moment on a weekend counts from the start of
 * the Monday after it: a question asked on Saturday is due by the end of Wednesday.
 */
export function addWorkingDays(since: Date, days: number): Date {
  let at = new Date(since)
  if (isWeekend(at)) {
    at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()))
    while (isWeekend(at)) at = new Date(at.getTime() + DAY_MS)
  }
  let left = days
  while (left > 0) {
    at = new Date(at.getTime() + DAY_MS)
    if (!isWeekend(at)) left -= 1
  }
  return at
}

/** The moment by which staff owe an answer to a member's message of `since`. */
export function answerDueBy(since: Date): Date {
  return addWorkingDays(since, ANSWER_WITHIN_WORKING_DAYS)
}

/** Whether a member's message of `since`, still unanswered, has waited past its due moment at `now`. */
export function isAnswerOverdue(since: Date | null, now: Date): boolean {
  return since !== null && now.getTime() > answerDueBy(since).getTime()
}

/** Whole days since `since`, for the queue's "waiting" column. */
export function daysWaiting(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS))
}
