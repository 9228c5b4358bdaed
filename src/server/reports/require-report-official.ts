import 'server-only'
import { requireOfficialOf } from '@/server/auth/require-official-of'
import type { SessionUser } from '@/server/auth/find-session-user'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'

export type ReportMunicipality = { id: string; slug: string; name: string; state: string }

/**
 * The signed-in official of the municipality with this slug (or an ADMIN), and the municipality, as
 * every portal page finds them: anonymous visitors get UNAUTHENTICATED, staff FORBIDDEN, officials of
 * other municipalities NOT_FOUND. requireOfficialOf confirms the link once more.
 */
export async function requireReportOfficial(
  slug: string,
): Promise<{ user: SessionUser; municipality: ReportMunicipality }> {
  const { user: _user, ...municipality } = await findPortalMunicipality({ slug })
  const user = await requireOfficialOf(municipality.id)
  return { user, municipality }
}
