import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { normalizeEmail } from '@/lib/text'

/**
 * On sign-in by email link: the signatory of approved pledges gets an OFFICIAL account (if none) and is
 * a confirmed official of each of those municipalities, as approvePledge does. Approval already does
 * this; pledges approved before accounts existed (or imported) are linked here. Idempotent.
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
    const existing = await tx.user.findUnique({ where: { email: address }, select: { id: true } })
    const user =
      existing ??
      (await tx.user.create({
        data: { email: address, name: pledges[0]!.signatoryName, role: 'OFFICIAL' },
        select: { id: true },
      }))
    let linked = 0
    for (const p of pledges) {
      const key = { userId_municipalityId: { userId: user.id, municipalityId: p.municipalityId } }
      const link = await tx.municipalityOfficial.findUnique({ where: key, select: { confirmed: true } })
      if (link?.confirmed) continue
      await tx.municipalityOfficial.upsert({
        where: key,
        create: { userId: user.id, municipalityId: p.municipalityId, title: p.signatoryTitle },
        update: { confirmed: true },
      })
      await recordAudit({
        client: tx,
        actor: { id: user.id, label: address },
        action: 'official.link-signatory',
        entityType: 'Municipality',
        entityId: p.municipalityId,
        before: link ? { confirmed: false } : undefined,
        after: { userId: user.id, confirmed: true, accountCreated: !existing },
      })
      linked += 1
    }
    return { linked }
  })
}
