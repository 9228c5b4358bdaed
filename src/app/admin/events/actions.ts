'use server'

import { redirect } from 'next/navigation'
import { buttonAction, formAction, formRecordId, formText, formTexts } from '@/server/action'
import { eventSchema, type EventFormState, type EventValues } from '@/schemas/events'
import { requirePermission } from '@/server/auth/require-permission'
import { saveEvent } from '@/server/events/save-event'
import { setEventStatus } from '@/server/events/set-event-status'
import { setAttendance } from '@/server/events/set-attendance'

const guard = () => requirePermission('event.edit')
// A malformed or unknown id (a tampered form, an event removed meanwhile) goes back to the list.
const MISSING = '/admin/events?problem=missing'

/** Creates or updates a network event. */
export const saveEventAction = formAction({
  guard,
  read: (form): EventValues => ({
    title: formText(form, 'title', 300),
    summary: formText(form, 'summary', 500),
    description: formText(form, 'description', 12_000),
    type: formText(form, 'type', 40),
    timeZone: formText(form, 'timeZone', 60),
    startsAt: formText(form, 'startsAt', 40),
    endsAt: formText(form, 'endsAt', 40),
    registrationDeadline: formText(form, 'registrationDeadline', 40),
    online: formText(form, 'online', 10),
    place: formText(form, 'place', 400),
    joinUrl: formText(form, 'joinUrl', 600),
    capacity: formText(form, 'capacity', 20),
    audience: formText(form, 'audience', 20),
  }),
  schema: eventSchema,
  run: async ({ user, data, form }): Promise<NonNullable<EventFormState>> => {
    const id = formText(form, 'id', 200) ? formRecordId(form, 'id', MISSING) : undefined
    const { id: savedId } = await saveEvent({ id, input: data, editor: user })
    redirect(`/admin/events/${savedId}?done=${id ? 'saved' : 'created'}`)
  },
  refused: (e) => {
    if (e.code === 'NOT_FOUND') redirect(MISSING)
    return undefined
  },
})

/** Publishes an event on /events or takes it off, by the button pressed. */
export const setEventStatusAction = buttonAction({
  guard,
  read: (form) => ({
    id: formRecordId(form, 'id', MISSING),
    status: formText(form, 'status', 20) === 'PUBLISHED' ? ('PUBLISHED' as const) : ('DRAFT' as const),
  }),
  invalid: () => MISSING,
  run: async ({ user, data: { id, status } }) => {
    await setEventStatus({ id, status, editor: user })
    return `/admin/events/${id}?done=${status === 'PUBLISHED' ? 'published' : 'unpublished'}`
  },
  refused: (e, { values }) =>
    e.code === 'NOT_FOUND' ? MISSING : `/admin/events/${values.id}?done=unchanged`,
})

/** Saves who attended: every registration with a place, ticked or not (works without JavaScript). */
export const setAttendanceAction = buttonAction({
  guard,
  read: (form) => ({
    eventId: formRecordId(form, 'eventId', MISSING),
    attended: formTexts(form, 'attended', 100).slice(0, 20_000),
  }),
  invalid: () => MISSING,
  run: async ({ user, data: { eventId, attended } }) => {
    const { changed } = await setAttendance({ eventId, attended, editor: user })
    return `/admin/events/${eventId}/registrations?done=attendance&changed=${changed}`
  },
  refused: (e) => (e.code === 'NOT_FOUND' ? MISSING : '/admin/events'),
})
