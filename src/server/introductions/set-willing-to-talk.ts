import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateSolution } from '@/server/cache-tags'
import { AppError } from '@/server/errors'
import type { WillingToTalk } from '@/schemas/introductions'
import type { PortalMunicipalityRef } from '@/server/portal/find-portal-municipality'

/**
 * Marks one of the municipality's Solutions Gateway implementations "willing to talk about it" (or not): only
 * those offer an introduction on the solution's page. The municipality comes from the portal guard (its confirmed
 * official, or an ADMIN); an implementation of another municipality is NOT_FOUND.
 */
export async function setWillingToTalk({
  municipality,
  input,
}: {
  municipality: PortalMunicipalityRef
  input: WillingToTalk
}): Promise<{ solutionSlug: string }> {
  const { user } = municipality
  const done = await db.$transaction(async (tx) => {
    const row = await tx.solutionImplementation.findFirst({
      where: { municipalityId: municipality.id, solution: { slug: input.solution } },
      select: { solutionId: true, willingToTalk: true },
    })
    if (!row) return false
    if (row.willingToTalk === input.willing) return true
    await tx.solutionImplementation.update({
      where: { solutionId_municipalityId: { solutionId: row.solutionId, municipalityId: municipality.id } },
      data: { willingToTalk: input.willing },
    })
    await recordAudit({
      client: tx,
      actor: { id: user.id, label: user.email },
      action: 'solution-implementation.willing-to-talk',
      entityType: 'Municipality',
      entityId: municipality.id,
      before: { solutionId: row.solutionId, willingToTalk: row.willingToTalk },
      after: { solutionId: row.solutionId, willingToTalk: input.willing },
    })
    return true
  })
  if (!done) throw new AppError('NOT_FOUND')
  invalidateSolution(input.solution)
  return { solutionSlug: input.solution }
}
