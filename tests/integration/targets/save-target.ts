// The target form's steps without the form: find the caller's municipality (the action's guard), parse the
// values (its schema), then save. Tests of the domain's rules call these with form values, as the form would.
import { parseTargetForm, type TargetFormValues } from '@/schemas/targets'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'
import { createTarget as create } from '@/server/targets/create-target'
import { editTarget as edit } from '@/server/targets/edit-target'

export async function createTarget({ slug, values }: { slug: string; values: TargetFormValues }) {
  const municipality = await findPortalMunicipality({ slug })
  const parsed = parseTargetForm(values)
  if (!parsed.success) return { ok: false as const, fieldErrors: parsed.fieldErrors }
  return create({ municipality, data: parsed.data })
}

export async function editTarget({
  slug,
  targetId,
  values,
}: {
  slug: string
  targetId: string
  values: TargetFormValues
}) {
  const municipality = await findPortalMunicipality({ slug })
  const parsed = parseTargetForm(values)
  if (!parsed.success) return { ok: false as const, fieldErrors: parsed.fieldErrors }
  return edit({ municipality, targetId, data: parsed.data })
}
