import 'server-only'
import { db } from '@/server/db'
import { hashToken, isWellFormedToken } from './hash-token'

export type PledgeTokenState = 'valid' | 'expired' | 'used' | 'invalid'

export type PledgeTokenView = {
  state: PledgeTokenState
  pledge?: { municipalityName: string; campaignName: string; status: string }
}

/** What a link's token allows, for the page the link opens; it changes nothing (GET must not confirm). */
export async function getPledgeToken({
  token,
  purpose,
  now = new Date(),
}: {
  token: string
  purpose: 'CONFIRM_PLEDGE' | 'WITHDRAW_PLEDGE'
  now?: Date
}): Promise<PledgeTokenView> {
  if (!isWellFormedToken(token)) return { state: 'invalid' }
  const row = await db.emailToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      purpose: true,
      usedAt: true,
      expiresAt: true,
      pledge: {
        select: {
          status: true,
          municipality: { select: { name: true } },
          campaign: { select: { name: true } },
        },
      },
    },
  })
  if (!row || row.purpose !== purpose || !row.pledge) return { state: 'invalid' }
  const pledge = {
    municipalityName: row.pledge.municipality.name,
    campaignName: row.pledge.campaign.name,
    status: row.pledge.status,
  }
  if (row.usedAt) return { state: 'used', pledge }
  if (row.expiresAt <= now) return { state: 'expired', pledge }
  return { state: 'valid', pledge }
}
