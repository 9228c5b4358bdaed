'use server'

import { redirect } from 'next/navigation'
import { buttonAction, formAction, formRecordId, formText } from '@/server/action'
import { type EditorState, type EditorValues } from '@/schemas/content'
import { partnerSchema } from '@/schemas/partners'
import { requirePermission } from '@/server/auth/require-permission'
import { savePartner } from '@/server/partners/save-partner'
import { setPartnerStatus } from '@/server/partners/set-partner-status'

const guard = () => requirePermission('partner.edit')
// A malformed or unknown id (a tampered form, an entry removed meanwhile) goes back to the list.
const MISSING = '/admin/partners?problem=missing'

/** Creates or updates an entry of the experts and partners directory. */
export const savePartnerAction = formAction({
  guard,
  read: (form): EditorValues => ({
    name: formText(form, 'name'),
    kind: formText(form, 'kind'),
    summary: formText(form, 'summary'),
    helpsWith: formText(form, 'helpsWith', 5_000),
    statesServed: formText(form, 'statesServed', 1_000),
    website: formText(form, 'website', 1_000),
  }),
  schema: partnerSchema,
  run: async ({ user, data, form }): Promise<NonNullable<EditorState>> => {
    const id = formText(form, 'id', 200) ? formRecordId(form, 'id', MISSING) : undefined
    const { id: savedId } = await savePartner({ id, input: data, editor: user })
    redirect(`/admin/partners/${savedId}?done=${id ? 'saved' : 'created'}`)
  },
  refused: (e, { values }) => {
    if (e.code === 'NOT_FOUND') redirect(MISSING)
    // Two entries with one name: said on the name, with everything typed kept.
    return e.code === 'CONFLICT' ? { values, fieldErrors: { name: e.message } } : undefined
  },
})

/** Publishes an entry in the directory or takes it out, by the button pressed. */
export const setPartnerStatusAction = buttonAction({
  guard,
  read: (form) => ({
    id: formRecordId(form, 'id', MISSING),
    status: formText(form, 'status', 20) === 'PUBLISHED' ? ('PUBLISHED' as const) : ('DRAFT' as const),
  }),
  invalid: () => MISSING,
  run: async ({ user, data: { id, status } }) => {
    await setPartnerStatus({ id, status, editor: user })
    return `/admin/partners/${id}?done=${status === 'PUBLISHED' ? 'published' : 'unpublished'}`
  },
  refused: (e, { values }) =>
    e.code === 'NOT_FOUND' ? MISSING : `/admin/partners/${values.id}?done=unchanged`,
})
