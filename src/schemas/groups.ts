import { z } from 'zod'
import { EVENT_TIME_ZONE_CODES, zonedToUtc } from '@/lib/domain/zoned-time'
import { STATES } from '@/lib/domain/states'
import { hasControlCharacters, slugPattern, stripInvisibleFormatting } from '@/lib/text'
import type { FormState } from '@/lib/form-state'
import { recordIdWith } from './id'

// Peer groups and topic cohorts (issue 17). Mirrors the PeerGroupKind enum of the schema.
export const GROUP_KINDS = {
  REGIONAL: 'Regional peer group',
  TOPIC: 'Topic cohort',
} as const
export type GroupKindCode = keyof typeof GROUP_KINDS
export const GROUP_KIND_CODES = Object.keys(GROUP_KINDS) as [GroupKindCode, ...GroupKindCode[]]

/** The subjects a topic cohort works on. */
export const GROUP_TOPICS = {
  BUILDING_PERFORMANCE: 'Building performance',
  EXTREME_HEAT: 'Extreme heat',
  FLOODING: 'Flooding',
  FLEET_ELECTRIFICATION: 'Fleet electrification',
  WILDFIRE: 'Wildfire and smoke',
  CLIMATE_FINANCE: 'Climate finance',
} as const
export type GroupTopicCode = keyof typeof GROUP_TOPICS
export const GROUP_TOPIC_CODES = Object.keys(GROUP_TOPICS) as [GroupTopicCode, ...GroupTopicCode[]]

export const GROUP_SLUG_PATTERN = slugPattern(80)
export const GROUP_MEMBERS_MAX = 200

export function groupTopicLabel(code: string | null): string | null {
  return code ? ((GROUP_TOPICS as Record<string, string>)[code] ?? code) : null
}

/** A group's stored states ("MI,OH") as a list of codes. */
export function groupStates(stored: string): string[] {
  return stored ? stored.split(',') : []
}

const line = (label: string, max: number, empty: string) =>
  z
    .string({ error: empty })
    .overwrite(stripInvisibleFormatting)
    .trim()
    .min(1, empty)
    .max(max, `${label} must be ${max.toLocaleString('en-US')} characters or fewer`)
    .refine((v) => !hasControlCharacters(v) && !/[\r\n]/.test(v), `${label} must be one line of text`)

const text = (label: string, max: number, empty: string) =>
  z
    .string({ error: empty })
    .transform((v) => stripInvisibleFormatting(v).replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, empty)
        .max(max, `${label} must be ${max.toLocaleString('en-US')} characters or fewer`)
        .refine((v) => !hasControlCharacters(v), `${label} must not contain control characters`),
    )

const day = (empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD, like 2027-03-31')
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && d.getUTCFullYear() >= 2000
    }, 'Enter a real date after 2000, like 2027-03-31')
    .transform((v) => new Date(`${v}T00:00:00Z`))

// Separators people type between codes or slugs: commas, spaces, new lines.
const list = (v: string) =>
  v
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean)

/** The group form's fields as typed. */
export type GroupValues = {
  kind: string
  name: string
  slug: string
  summary: string
  description: string
  topic: string
  states: string
  facilitatorId: string
  startsOn: string
  endsOn: string
  members: string // member municipalities' profile addresses, one a line
}
export type GroupFormState = FormState<GroupValues> | null

/** A peer group or topic cohort as staff create or edit it. */
export const groupSchema = z
  .object({
    kind: z.enum(GROUP_KIND_CODES, { error: 'Choose a regional peer group or a topic cohort' }),
    name: line('The name', 200, 'Enter the group’s name'),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, 'Enter the group’s address, like great-lakes-peer-group')
      .max(80, 'The address must be 80 characters or fewer')
      .regex(
        GROUP_SLUG_PATTERN,
        'Use lower-case letters, digits and hyphens only, like great-lakes-peer-group',
      ),
    summary: line('The summary', 300, 'Enter a one-sentence summary'),
    description: text('The description', 10_000, 'Enter a description'),
    topic: z.string().trim(),
    states: z
      .string()
      .max(400, 'List at most 51 states')
      .transform((v) => [...new Set(list(v.toUpperCase()))].sort())
      .refine(
        (codes) => codes.every((c) => c in STATES),
        'Enter states as two-letter codes separated by commas, like MI, OH, WI',
      ),
    facilitatorId: recordIdWith('Select the facilitator'),
    startsOn: day('Enter the day the group starts'),
    endsOn: day('Enter the day the group ends'),
    members: z
      .string()
      .max(20_000, 'The list of members is too long')
      .transform((v) => [...new Set(list(v.toLowerCase()))])
      .refine(
        (slugs) => slugs.length <= GROUP_MEMBERS_MAX,
        `A group can have at most ${GROUP_MEMBERS_MAX} members`,
      )
      .refine(
        (slugs) => slugs.every((s) => GROUP_SLUG_PATTERN.test(s)),
        'Enter the members’ profile addresses, one a line, like duluth-mn',
      ),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'TOPIC' && !(GROUP_TOPIC_CODES as string[]).includes(v.topic))
      ctx.addIssue({ code: 'custom', path: ['topic'], message: 'Select the cohort’s topic' })
    if (v.kind === 'REGIONAL' && v.states.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['states'],
        message: 'Enter the states of a regional group, like MI, OH',
      })
    if (v.endsOn < v.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end must be on or after the start' })
  })
  .transform(({ topic, ...v }) => ({
    ...v,
    topic: v.kind === 'TOPIC' ? (topic as GroupTopicCode) : null,
  }))
export type GroupInput = z.infer<typeof groupSchema>

const localTime = (empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time, like 2027-03-16 14:00')

/** The meeting form's fields as typed. */
export type MeetingValues = {
  title: string
  timeZone: string
  startsAt: string
  endsAt: string
  online: string
  place: string
}
export type MeetingFormState = FormState<MeetingValues, { saved?: boolean }> | null

/** A group's meeting as staff plan it; times typed in its zone come out in UTC. */
export const meetingSchema = z
  .object({
    title: line('The title', 200, 'Enter the meeting’s title'),
    timeZone: z.enum(EVENT_TIME_ZONE_CODES, { error: 'Select the time zone the times are in' }),
    startsAt: localTime('Enter when the meeting starts'),
    endsAt: localTime('Enter when the meeting ends'),
    online: z.preprocess((v) => v === 'yes' || v === true, z.boolean()),
    place: z.preprocess(
      (v) => (typeof v === 'string' ? stripInvisibleFormatting(v).trim() : v),
      z
        .string()
        .max(300, 'The place must be 300 characters or fewer')
        .refine((v) => !hasControlCharacters(v) && !/[\r\n]/.test(v), 'The place must be one line of text')
        .optional()
        .transform((v) => (v ? v : null)),
    ),
  })
  .transform((v, ctx) => {
    const at = (field: 'startsAt' | 'endsAt') => {
      const d = zonedToUtc(v[field], v.timeZone)
      if (!d)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'That time does not exist in this time zone (a daylight-saving change): choose another',
        })
      return d
    }
    const startsAt = at('startsAt')
    const endsAt = at('endsAt')
    if (startsAt && endsAt && endsAt <= startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must be after the start' })
    if (!v.online && !v.place)
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'Enter where the meeting takes place, or tick “Online”',
      })
    if (!startsAt || !endsAt) return z.NEVER
    return { ...v, startsAt, endsAt }
  })
export type MeetingInput = z.infer<typeof meetingSchema>

/** The notes form: what staff publish after a meeting. */
export type MeetingNotesValues = { notes: string }
export type MeetingNotesState = FormState<MeetingNotesValues, { saved?: boolean }> | null
export const meetingNotesSchema = z.object({
  notes: text('The notes', 20_000, 'Enter the notes of the meeting'),
})

/** The shared-document form's title (the file is read apart). */
export type GroupDocumentValues = { title: string }
export type GroupDocumentState = FormState<GroupDocumentValues, { saved?: boolean }> | null
export const groupDocumentSchema = z.object({
  title: line('The title', 200, 'Enter a title for the document'),
})

/** Staff's answer to a request to join. */
export const membershipDecisionSchema = z.object({
  memberId: recordIdWith('We could not find that request'),
  decision: z.enum(['approve', 'decline'], { error: 'Choose to approve or decline' }),
})

/** Deleting a group: staff type its name to confirm. */
export type GroupDeleteValues = { confirm: string }
export type GroupDeleteState = FormState<GroupDeleteValues> | null
export const groupDeleteSchema = z.object({
  confirm: line('The group’s name', 300, 'Type the group’s name to confirm'),
})

/** A meeting or shared document staff delete, by its button. */
export const groupItemSchema = z.object({ id: recordIdWith('We could not find that item') })
