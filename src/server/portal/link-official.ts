import 'server-only'
import type { Db } from '@/server/db'

type Tx = Pick<Db, 'user' | 'municipalityOfficial'>

/**
 * Makes the holder of an address a confirmed official of a municipality: an OFFICIAL account is created if
 * none exists (an existing account keeps its role). Used by pledge approval and, for pledges approved before
 * accounts existed, at sign-in. Returns the account and whether the link was already confirmed.
 */
export async function linkOfficial(
  tx: Tx,
  o: {
    email: string
    name: string
    title: string | null
    municipalityId: string
    emailVerified?: Date | null
  },
): Promise<{
  userId: string
  created: boolean
  alreadyConfirmed: boolean
  before: { confirmed: boolean } | null
}> {
  const existing = await tx.user.findUnique({ where: { email: o.email }, select: { id: true } })
  const user =
    existing ??
    (await tx.user.create({
      data: { email: o.email, name: o.name, role: 'OFFICIAL', emailVerified: o.emailVerified ?? null },
      select: { id: true },
    }))
  const key = { userId_municipalityId: { userId: user.id, municipalityId: o.municipalityId } }
  const link = await tx.municipalityOfficial.findUnique({ where: key, select: { confirmed: true } })
  if (!link?.confirmed)
    await tx.municipalityOfficial.upsert({
      where: key,
      create: { userId: user.id, municipalityId: o.municipalityId, title: o.title },
      update: { confirmed: true },
    })
  return { userId: user.id, created: !existing, alreadyConfirmed: Boolean(link?.confirmed), before: link }
}
