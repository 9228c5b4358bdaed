import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { normalizeEmail } from '@/lib/text'
import { linkOfficial } from './link-official'

/**
 * On sign-in by email link: the signatory of approved pledges gets an OFFICIAL account (if none) and is
 * a confirmed official of each of those municipalities (linkOfficial, as approvePledge does). Approval already
 * does this; pledges approved before accounts existed (or imported) are linked here. Idempotent.
 */
export async function grantSignatoryAccess({ email }: { email: string }): Promise<{ linked: number }> {
  const address = normalizeEmail(email)
  return db.$transaction(async (tx) => {
    const pledges = await tx.pledge.findMany({
      where: { emailNormalized: address, status: 'APPROVED' },
      orderBy: { commitmentDate: 'asc' },
      select: { municipalityId: true, signatoryName: true, signatoryTitle: true },
    })
    if (pledges.length === 0) return { linked: 0 }
    let linked = 0
    for (const p of pledges) {
      const link = await linkOfficial(tx, {
        email: address,
        name: pledges[0]!.signatoryName,
        title: p.signatoryTitle,
        municipalityId: p.municipalityId,
      })
      if (link.alreadyConfirmed) continue
      await recordAudit({
        client: tx,
        actor: { id: link.userId, label: address },
        action: 'official.link-signatory',
        entityType: 'Municipality',
        entityId: p.municipalityId,
        before: link.before ?? undefined,
        after: { userId: link.userId, confirmed: true, accountCreated: link.created },
      })
      linked += 1
    }
    return { linked }
  })
}
