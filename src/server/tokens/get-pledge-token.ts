import 'server-only'
import { findEmailToken, tokenState } from './find-email-token'

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
  const row = await findEmailToken({
    token,
    purpose,
    select: {
      pledge: {
        select: {
          status: true,
          municipality: { select: { name: true } },
          campaign: { select: { name: true } },
        },
      },
    },
  })
  if (!row?.pledge) return { state: 'invalid' }
  const pledge = {
    municipalityName: row.pledge.municipality.name,
    campaignName: row.pledge.campaign.name,
    status: row.pledge.status,
  }
  return { state: tokenState(row, now), pledge }
}
