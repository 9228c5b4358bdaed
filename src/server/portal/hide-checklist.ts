import 'server-only'
import { db } from '@/server/db'
import type { PortalMunicipalityRef } from './find-portal-municipality'

/**
 * Hides the portal's getting-started checklist for this official of this municipality (their colleagues still
 * see theirs). Hiding it twice changes nothing.
 */
export async function hideChecklist({ municipality }: { municipality: PortalMunicipalityRef }) {
  await db.municipalityOfficial.updateMany({
    where: { userId: municipality.user.id, municipalityId: municipality.id, checklistHiddenAt: null },
    data: { checklistHiddenAt: new Date() },
  })
}
