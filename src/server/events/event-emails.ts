import 'server-only'
import { formatEventDeadline, formatEventSpan } from '@/lib/domain/zoned-time'
import { siteSettings } from '@/lib/site'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { eventsIcs, type IcsEvent } from './event-ics'

export type EmailEvent = IcsEvent & { timeZone: string; joinUrl: string | null }

type Kind =
  'registered' | 'waitlisted' | 'already-registered' | 'already-waitlisted' | 'promoted' | 'reminder'

const link = (path: string) => `${siteSettings().siteUrl}${path}`

/** Where, for this person: the joining link goes only to people with a place, once staff have set it. */
function where(e: EmailEvent, joinUrl: string | null) {
  const online = joinUrl
    ? 'online (the joining link is below)'
    : 'online (we email the joining link before the event)'
  if (e.place && e.online) return `${e.place}, or ${online}`
  if (e.place) return e.place
  return online.charAt(0).toUpperCase() + online.slice(1)
}

const SUBJECTS: Record<Kind, (title: string) => string> = {
  registered: (t) => `You are registered: ${t}`,
  waitlisted: (t) => `You are on the waiting list: ${t}`,
  'already-registered': (t) => `You are already registered: ${t}`,
  'already-waitlisted': (t) => `You are already on the waiting list: ${t}`,
  promoted: (t) => `A place is yours: ${t}`,
  reminder: (t) => `Coming up: ${t}`,
}

function opening(kind: Kind, e: EmailEvent): string[] {
  switch (kind) {
    case 'registered':
      return [`Thank you for registering for ${e.title}. Your place is booked.`]
    case 'waitlisted':
      return [
        `${e.title} is full, so you are on its waiting list. If someone cancels, the first person waiting gets the place and an email; you do not need to do anything.`,
      ]
    case 'already-registered':
      return [
        `Someone (probably you) tried to register this address for ${e.title} again. You already have a place: nothing has changed.`,
      ]
    case 'already-waitlisted':
      return [
        `Someone (probably you) tried to register this address for ${e.title} again. You are already on its waiting list: nothing has changed.`,
      ]
    case 'promoted':
      return [
        `Good news: a place at ${e.title} has come free, and it is yours. You were first on the waiting list.`,
      ]
    case 'reminder':
      return [`A reminder: ${e.title} is coming up, and you have a place.`]
  }
}

/**
 * One email about a registration: what happened, when and where (the event's local time with its zone), a
 * fresh single-use cancel link, and, when the person has a place, the event as an .ics file for their calendar.
 */
export function sendRegistrationEmail({
  kind,
  to,
  name,
  event,
  cancelToken,
}: {
  kind: Kind
  to: string
  name: string
  event: EmailEvent
  cancelToken: string
}) {
  const hasPlace =
    kind === 'registered' || kind === 'already-registered' || kind === 'promoted' || kind === 'reminder'
  const joinUrl = hasPlace && event.online ? event.joinUrl : null
  const { text, html } = renderEmail({
    greeting: `Dear ${name},`,
    paragraphs: [
      ...opening(kind, event),
      `When: ${formatEventSpan(event.startsAt, event.endsAt, event.timeZone)}.`,
      `Where: ${where(event, joinUrl)}.`,
      ...(joinUrl ? [`Join online: ${joinUrl} (this link is for you: please do not share it).`] : []),
      ...(hasPlace
        ? ['The event is attached as a calendar file (.ics): open it to add the event to your calendar.']
        : []),
      `If you cannot come, please cancel with the link below so that someone on the waiting list can have your place. The link works once, until ${formatEventDeadline(event.endsAt, event.timeZone)}.`,
    ],
    actions: [
      ...(joinUrl ? [{ label: 'Join online', url: joinUrl }] : []),
      { label: 'See the event', url: link(`/events/${event.slug}`) },
      {
        label: hasPlace ? 'Cancel your place' : 'Leave the waiting list',
        url: link(`/events/cancel/${cancelToken}`),
      },
    ],
    footnote: 'You receive this email because this address was registered for a network event on our site.',
  })
  return sendMail({
    to,
    subject: SUBJECTS[kind](event.title),
    text,
    html,
    attachments: hasPlace
      ? [
          {
            filename: 'event.ics',
            content: eventsIcs([{ ...event, joinUrl }], { name: event.title }),
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ]
      : undefined,
  })
}
