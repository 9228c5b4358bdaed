import 'server-only'
import { cookies, headers } from 'next/headers'
import { isHttpsRequest } from '@/lib/request-origin'
import type { MandateTypeCode } from '@/schemas/pledge'
import { openValue, sealValue } from './signed-value'

// The answers so far, carried between the steps in a signed cookie so the form needs no JavaScript
// and no half-saved rows. The signature stops casual tampering; the final submit re-checks everything.
export type PledgeDraft = {
  campaign?: string
  municipality?:
    | { kind: 'existing'; id: string; label: string }
    | { kind: 'new'; name: string; state: string; population: number }
  signatory?: {
    signatoryName: string
    signatoryTitle: string
    email: string
    phone?: string
    mandateType: MandateTypeCode
  }
  mandate?: { id: string; filename: string; size: number }
  pledgeTextId?: string
  agreed?: string[]
  outcome?:
    | { status: 'submitted'; email: string }
    | {
        status: 'duplicate'
        municipalityName: string
        campaignName: string
        signed: boolean
        profilePath: string | null
      }
}

const COOKIE = 'pledge-draft'
const MAX_AGE = 24 * 60 * 60

export function encodeDraft(draft: PledgeDraft): string {
  return sealValue('pledge-draft', draft)
}

export function decodeDraft(value: string | undefined): PledgeDraft {
  return (openValue('pledge-draft', value, MAX_AGE * 1000) as PledgeDraft | null) ?? {}
}

export async function readPledgeDraft(): Promise<PledgeDraft> {
  return decodeDraft((await cookies()).get(COOKIE)?.value)
}

export async function writePledgeDraft(draft: PledgeDraft) {
  ;(await cookies()).set(COOKIE, encodeDraft(draft), {
    httpOnly: true,
    sameSite: 'lax',
    // The visitor's own scheme, as the trusted layer saw it (decision 0015): SITE_URL may say http behind TLS.
    secure: isHttpsRequest(await headers()),
    path: '/pledge',
    maxAge: MAX_AGE,
  })
}
