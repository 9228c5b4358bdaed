import { z } from 'zod'
import { EVENT_TIME_ZONE_CODES, zonedToUtc } from '@/lib/domain/zoned-time'
import { hasControlCharacters, stripInvisibleFormatting } from '@/lib/text'
import type { FormState } from '@/lib/form-state'

// Mirrors the EventType enum of the schema, in the order the filters show them.
export const EVENT_TYPES = {
  WEBINAR: 'Webinar',
  STUDY_VISIT: 'Study visit',
  SUMMIT: 'Summit',
} as const
export type EventTypeCode = keyof typeof EVENT_TYPES
export const EVENT_TYPE_CODES = Object.keys(EVENT_TYPES) as [EventTypeCode, ...EventTypeCode[]]

export const EVENT_AUDIENCES = {
  PUBLIC: 'Anyone',
  MEMBERS: 'Members only: officials of member municipalities and network staff, signed in',
} as const
export type EventAudienceCode = keyof typeof EVENT_AUDIENCES
export const EVENT_AUDIENCE_CODES = Object.keys(EVENT_AUDIENCES) as [
  EventAudienceCode,
  ...EventAudienceCode[],
]

export const EVENT_CAPACITY_MAX = 10_000

/** The event type from a query string (`?type=webinar`), or null for every type. */
export function eventTypeFromQuery(value: unknown): EventTypeCode | null {
  if (typeof value !== 'string') return null
  const code = value.toUpperCase().replace(/-/g, '_')
  return (EVENT_TYPE_CODES as string[]).includes(code) ? (code as EventTypeCode) : null
}

const line = (label: string, max: number, empty: string) =>
  z
    .string({ error: empty })
    .overwrite(stripInvisibleFormatting)
    .trim()
    .min(1, empty)
    .max(max, `${label} must be ${max.toLocaleString('en-US')} characters or fewer`)
    .refine((v) => !hasControlCharacters(v) && !/[\r\n]/.test(v), `${label} must be one line of text`)

/** The event form's fields as typed. */
export type EventValues = {
  title: string
  summary: string
  description: string
  type: string
  timeZone: string
  startsAt: string // datetime-local, in timeZone
  endsAt: string
  registrationDeadline: string
  online: string // 'yes' when ticked
  place: string
  joinUrl: string
  capacity: string
  audience: string
}
export type EventFormState = FormState<EventValues> | null

const localTime = (empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time, like 2027-03-16 14:00')

/** A network event as staff publish it; times typed in the event's zone come out in UTC. */
export const eventSchema = z
  .object({
    title: line('The title', 200, 'Enter the title'),
    summary: line('The summary', 300, 'Enter a one-sentence summary'),
    description: z
      .string({ error: 'Enter a description' })
      .transform((v) => stripInvisibleFormatting(v).replace(/\r\n?/g, '\n').trim())
      .pipe(
        z
          .string()
          .min(1, 'Enter a description')
          .max(10_000, 'The description must be 10,000 characters or fewer')
          .refine((v) => !hasControlCharacters(v), 'The description must not contain control characters'),
      ),
    type: z.enum(EVENT_TYPE_CODES, { error: 'Select the kind of event' }),
    timeZone: z.enum(EVENT_TIME_ZONE_CODES, { error: 'Select the time zone the times are in' }),
    startsAt: localTime('Enter when the event starts'),
    endsAt: localTime('Enter when the event ends'),
    registrationDeadline: localTime('Enter the last time people can register'),
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
    joinUrl: z.preprocess(
      (v) => (typeof v === 'string' ? stripInvisibleFormatting(v).trim() : v),
      z
        .union([
          z.literal(''),
          z
            .url({
              protocol: /^https$/,
              hostname: z.regexes.domain,
              error: 'Enter the joining link starting with https://, like https://meet.example.org/abc-defg',
            })
            .max(500, 'The joining link must be 500 characters or fewer'),
        ])
        .optional()
        .transform((v) => (v ? v : null)),
    ),
    capacity: z
      .string({ error: 'Enter how many people can attend' })
      .trim()
      .min(1, 'Enter how many people can attend')
      .regex(/^\d{1,6}$/, 'Enter the number of places as a whole number, like 40')
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1, 'An event needs at least 1 place')
          .max(
            EVENT_CAPACITY_MAX,
            `An event can have at most ${EVENT_CAPACITY_MAX.toLocaleString('en-US')} places`,
          ),
      ),
    audience: z.enum(EVENT_AUDIENCE_CODES, { error: 'Select who can register' }),
  })
  .transform((v, ctx) => {
    const at = (field: 'startsAt' | 'endsAt' | 'registrationDeadline') => {
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
    const registrationDeadline = at('registrationDeadline')
    if (startsAt && endsAt && endsAt <= startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must be after the start' })
    if (startsAt && registrationDeadline && registrationDeadline > startsAt)
      ctx.addIssue({
        code: 'custom',
        path: ['registrationDeadline'],
        message: 'The registration deadline must be no later than the start',
      })
    if (!v.online && !v.place)
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'Enter where the event takes place, or tick “Online”',
      })
    if (v.joinUrl && !v.online)
      ctx.addIssue({
        code: 'custom',
        path: ['joinUrl'],
        message: 'A joining link is for an event people can take part in online: tick “Online” or remove it',
      })
    if (!startsAt || !endsAt || !registrationDeadline) return z.NEVER
    return { ...v, startsAt, endsAt, registrationDeadline }
  })
export type EventInput = z.infer<typeof eventSchema>

/** The registration form's fields as typed (the honeypot is read apart). */
export type RegistrationValues = { name: string; email: string; organisation: string }
export type RegistrationState = FormState<RegistrationValues, { sent?: boolean }>

/** Someone registering for an event: who they are and where they work. */
export const eventRegistrationSchema = z.object({
  name: line('Your name', 200, 'Enter your name'),
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'The email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@city.gov')),
  organisation: line('The organisation', 200, 'Enter your organisation, like City of Duluth'),
})
export type RegistrationInput = z.infer<typeof eventRegistrationSchema>
