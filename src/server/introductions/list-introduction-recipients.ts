import 'server-only'
import { db } from '@/server/db'

/** Who an introduction request is emailed to: each gets their own answer link. */
export type IntroductionRecipient =
  | { kind: 'official'; userId: string; pledgeId: null; name: string | null; email: string; campaign: null }
  | { kind: 'signatory'; userId: null; pledgeId: string; name: string; email: string; campaign: string }

/** What the asker reads when a member has nobody the network can email (decision 0021). */
export const noContactMessage = (to: { name: string; state: string }) =>
  `${to.name}, ${to.state} has no official we can email yet, so we cannot pass on a request. Ask the network’s staff for help from your portal: they can reach ${to.name} another way.`

/**
 * The people an introduction to a member municipality is sent to: its confirmed, active officials (but not the
 * asker, who may be an official of both places); when it has none, the signatory of each approved (so not
 * withdrawn) pledge, one email per address, as the signatory is who the network knows there (decision 0021).
 * Empty when it has neither.
 */
export async function listIntroductionRecipients({
  municipalityId,
  exceptUserId,
}: {
  municipalityId: string
  exceptUserId: string
}): Promise<IntroductionRecipient[]> {
  const officials = await db.municipalityOfficial.findMany({
    where: { municipalityId, confirmed: true, user: { active: true } },
    select: { user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: 'asc' },
  })
  if (officials.length > 0)
    return officials
      .filter((o) => o.user.id !== exceptUserId)
      .map((o) => ({
        kind: 'official' as const,
        userId: o.user.id,
        pledgeId: null,
        name: o.user.name,
        email: o.user.email,
        campaign: null,
      }))
  const pledges = await db.pledge.findMany({
    where: { municipalityId, status: 'APPROVED' },
    select: {
      id: true,
      signatoryName: true,
      email: true,
      emailNormalized: true,
      campaign: { select: { name: true } },
    },
    orderBy: [{ commitmentDate: 'asc' }, { id: 'asc' }],
  })
  const seen = new Set<string>()
  return pledges.flatMap((p) => {
    if (seen.has(p.emailNormalized)) return []
    seen.add(p.emailNormalized)
    return [
      {
        kind: 'signatory' as const,
        userId: null,
        pledgeId: p.id,
        name: p.signatoryName,
        email: p.email,
        campaign: p.campaign.name,
      },
    ]
  })
}
