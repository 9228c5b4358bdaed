import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateMunicipality } from '@/server/cache-tags'
import { normalizeForSearch } from '@/lib/text'
import { FACT_FIELDS, type MunicipalityFacts } from '@/schemas/admin-municipality'

const factSelect = Object.fromEntries(FACT_FIELDS.map((f) => [f, true])) as Record<
  (typeof FACT_FIELDS)[number],
  true
>

/** The fields whose values differ, as { before, after } for the audit log. */
export function changedFacts(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((k) => before[k] !== after[k])
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])),
  }
}

/**
 * Saves a municipality's facts (already checked by municipalityFactsSchema). The slug stays, so public
 * addresses keep working; the search name follows the name. MODERATOR and ADMIN; audited with the
 * fields that changed; the profile, directory and campaign pages show the change on the next request.
 */
export async function updateMunicipalityFacts({ slug, facts }: { slug: string; facts: MunicipalityFacts }) {
  const actor = await requirePermission('municipality.edit')
  const result = await db.$transaction(async (tx) => {
    const current = await tx.municipality.findUnique({
      where: { slug },
      select: { id: true, ...factSelect, pledges: { select: { campaign: { select: { slug: true } } } } },
    })
    if (!current) throw new AppError('NOT_FOUND')
    const { before, after } = changedFacts(current, facts)
    if (Object.keys(after).length === 0) return { changed: false, current }
    await tx.municipality.update({
      where: { id: current.id },
      data: { ...facts, searchName: normalizeForSearch(facts.name) },
    })
    await recordAudit({
      client: tx,
      actor: { id: actor.id, label: actor.email },
      action: 'municipality.edit',
      entityType: 'Municipality',
      entityId: current.id,
      before: { slug, ...before },
      after: { slug, ...after },
    })
    return { changed: true, current }
  })
  if (result.changed)
    invalidateMunicipality(slug, [...new Set(result.current.pledges.map((p) => p.campaign.slug))])
  return { changed: result.changed }
}
