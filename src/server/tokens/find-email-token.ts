import 'server-only'
import { db } from '@/server/db'
import type { Prisma, TokenPurpose } from '@/server/generated/sqlite/client'
import { hashToken, isWellFormedToken } from './hash-token'

const always = { purpose: true, usedAt: true, expiresAt: true } as const
type Stamp = { purpose: TokenPurpose; usedAt: Date | null; expiresAt: Date }

/**
 * The stored row of an emailed link's token, with the fields `select` asks for, or null when the token is
 * malformed, unknown or for another purpose. It spends nothing: mail scanners open links too.
 */
export async function findEmailToken<S extends Prisma.EmailTokenSelect>({
  token,
  purpose,
  select,
}: {
  token: string
  purpose: TokenPurpose
  select: S
}) {
  if (!isWellFormedToken(token)) return null
  // Prisma cannot resolve a generic select's payload, so the always-selected fields are named here.
  const row = (await db.emailToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { ...select, ...always },
  })) as (Prisma.EmailTokenGetPayload<{ select: S }> & Stamp) | null
  return row && row.purpose === purpose ? row : null
}

/** What a found token is worth at `now`: used, expired or still valid. */
export function tokenState(row: { usedAt: Date | null; expiresAt: Date }, now: Date) {
  if (row.usedAt) return 'used' as const
  return row.expiresAt > now ? ('valid' as const) : ('expired' as const)
}
