import 'server-only'
import { db } from '@/server/db'
import { normalizeEmail } from '@/lib/text'

/**
 * Whether an address may sign in by emailed link: the signatory of an approved pledge, or an active
 * official with a confirmed municipality. Staff accounts sign in with their password only (a link
 * would bypass its lock-out), and deactivated accounts not at all.
 */
export async function isEligibleForEmailSignIn({ email }: { email: string }): Promise<boolean> {
  const address = normalizeEmail(email)
  if (!address) return false
  const user = await db.user.findUnique({
    where: { email: address },
    select: {
      role: true,
      active: true,
      officialOf: { where: { confirmed: true }, select: { municipalityId: true }, take: 1 },
    },
  })
  if (user && (user.role !== 'OFFICIAL' || !user.active)) return false
  if (user && user.officialOf.length > 0) return true
  const pledge = await db.pledge.findFirst({
    where: { emailNormalized: address, status: 'APPROVED' },
    select: { id: true },
  })
  return pledge !== null
}
