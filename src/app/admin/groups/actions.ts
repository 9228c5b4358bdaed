'use server'

import { redirect } from 'next/navigation'
import { buttonAction, formAction, formFile, formRecordId, formText, type FormState } from '@/server/action'
import {
  groupDeleteSchema,
  groupDocumentSchema,
  groupItemSchema,
  groupSchema,
  meetingNotesSchema,
  meetingSchema,
  membershipDecisionSchema,
  type GroupDeleteState,
  type GroupDeleteValues,
  type GroupDocumentState,
  type GroupFormState,
  type GroupValues,
  type MeetingFormState,
  type MeetingNotesState,
  type MeetingValues,
} from '@/schemas/groups'
import type { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { saveGroup } from '@/server/groups/save-group'
import { decideMembership } from '@/server/groups/decide-membership'
import { saveMeeting } from '@/server/groups/save-meeting'
import { publishMeetingNotes } from '@/server/groups/publish-meeting-notes'
import { addGroupDocument } from '@/server/groups/add-group-document'
import { deleteGroup } from '@/server/groups/delete-group'
import { deleteMeeting } from '@/server/groups/delete-meeting'
import { deleteGroupDocument } from '@/server/groups/delete-group-document'

const guard = () => requirePermission('group.edit')
// A malformed or unknown id (a tampered form, a group removed meanwhile) goes back to the list.
const MISSING = '/admin/groups?problem=missing'

// A refusal about one field (a taken address, an unknown member, a refused file) is said on that field.
function onField<V>(e: AppError, values: V): FormState<V> | undefined {
  if (e.code === 'NOT_FOUND') redirect(MISSING)
  const field = e.detail.field
  return field && (e.code === 'CONFLICT' || e.code === 'INVALID_INPUT')
    ? { values, fieldErrors: { [field]: e.message } }
    : undefined
}

/** Creates or updates a peer group or topic cohort, its facts and its member municipalities. */
export const saveGroupAction = formAction({
  guard,
  read: (form): GroupValues => ({
    kind: formText(form, 'kind', 20),
    name: formText(form, 'name', 300),
    slug: formText(form, 'slug', 100),
    summary: formText(form, 'summary', 500),
    description: formText(form, 'description', 12_000),
    topic: formText(form, 'topic', 40),
    states: formText(form, 'states', 400),
    facilitatorId: formText(form, 'facilitatorId', 200),
    startsOn: formText(form, 'startsOn', 20),
    endsOn: formText(form, 'endsOn', 20),
    members: formText(form, 'members', 20_000),
  }),
  schema: groupSchema,
  run: async ({ user, data, form }): Promise<NonNullable<GroupFormState>> => {
    const id = formText(form, 'id', 200) ? formRecordId(form, 'id', MISSING) : undefined
    const saved = await saveGroup({ id, input: data, editor: user })
    redirect(`/admin/groups/${saved.id}?done=${id ? 'saved' : 'created'}`)
  },
  refused: (e, { values }) => onField(e, values),
})

/** Adds a meeting to a group, or (with `meetingId`) changes one. */
export const saveMeetingAction = formAction({
  guard,
  read: (form): MeetingValues => ({
    title: formText(form, 'title', 300),
    timeZone: formText(form, 'timeZone', 60),
    startsAt: formText(form, 'startsAt', 40),
    endsAt: formText(form, 'endsAt', 40),
    online: formText(form, 'online', 10),
    place: formText(form, 'place', 400),
  }),
  schema: meetingSchema,
  run: async ({ user, data, form }): Promise<NonNullable<MeetingFormState>> => {
    const groupId = formRecordId(form, 'groupId', MISSING)
    const meetingId = formText(form, 'meetingId', 200) ? formRecordId(form, 'meetingId', MISSING) : undefined
    await saveMeeting({ groupId, meetingId, input: data, editor: user })
    redirect(`/admin/groups/${groupId}/meetings?done=${meetingId ? 'meeting-saved' : 'meeting'}`)
  },
  refused: (e, { values }) => onField(e, values),
})

/** Publishes the notes of a meeting that has taken place. */
export const publishNotesAction = formAction({
  guard,
  read: (form) => ({ notes: formText(form, 'notes', 25_000) }),
  schema: meetingNotesSchema,
  run: async ({ user, data, form }): Promise<NonNullable<MeetingNotesState>> => {
    const meetingId = formRecordId(form, 'meetingId', MISSING)
    const { groupId } = await publishMeetingNotes({ meetingId, notes: data.notes, editor: user })
    redirect(`/admin/groups/${groupId}/meetings?done=notes`)
  },
  refused: (e, { values }) => onField(e, values),
})

/** Shares a document (PDF, workbook or CSV) with the group's members. */
export const addDocumentAction = formAction({
  guard,
  read: (form) => ({ title: formText(form, 'title', 300) }),
  schema: groupDocumentSchema,
  run: async ({ user, data, form }): Promise<NonNullable<GroupDocumentState>> => {
    const groupId = formRecordId(form, 'groupId', MISSING)
    await addGroupDocument({ groupId, title: data.title, file: await formFile(form, 'file'), editor: user })
    redirect(`/admin/groups/${groupId}/documents?done=document`)
  },
  refused: (e, { values }) => onField(e, values),
})

/** Approves or declines a request to join, by the button pressed. */
export const decideMembershipAction = buttonAction({
  guard,
  read: (form) => ({ memberId: formText(form, 'memberId', 200), decision: formText(form, 'decision', 20) }),
  schema: membershipDecisionSchema,
  invalid: () => MISSING,
  run: async ({ user, data }) => {
    const { status } = await decideMembership({ ...data, editor: user })
    return `/admin/groups?done=${status === 'APPROVED' ? 'approved' : 'declined'}#requests`
  },
  refused: (e) => (e.code === 'NOT_FOUND' ? MISSING : '/admin/groups?done=answered#requests'),
})

/** Deletes a group, its meetings, notes, members and documents, once its name is typed to confirm. */
export const deleteGroupAction = formAction({
  guard,
  read: (form): GroupDeleteValues => ({ confirm: formText(form, 'confirm', 300) }),
  schema: groupDeleteSchema,
  run: async ({ user, data, form }): Promise<NonNullable<GroupDeleteState>> => {
    const id = formRecordId(form, 'id', MISSING)
    await deleteGroup({ id, confirm: data.confirm, editor: user })
    redirect('/admin/groups?done=deleted')
  },
  refused: (e, { values }) => onField(e, values),
})

/** Deletes a meeting (and its notes), from its page. */
export const deleteMeetingAction = buttonAction({
  guard,
  read: (form) => ({ id: formText(form, 'meetingId', 200) }),
  schema: groupItemSchema,
  invalid: () => MISSING,
  run: async ({ user, data }) => {
    const { groupId } = await deleteMeeting({ meetingId: data.id, editor: user })
    return `/admin/groups/${groupId}/meetings?done=meeting-deleted`
  },
  refused: () => MISSING,
})

/** Stops sharing a document (its file is deleted), from the group's documents page. */
export const deleteDocumentAction = buttonAction({
  guard,
  read: (form) => ({ id: formText(form, 'documentId', 200) }),
  schema: groupItemSchema,
  invalid: () => MISSING,
  run: async ({ user, data }) => {
    const { groupId } = await deleteGroupDocument({ documentId: data.id, editor: user })
    return `/admin/groups/${groupId}/documents?done=document-deleted`
  },
  refused: () => MISSING,
})
