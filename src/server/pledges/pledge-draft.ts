import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { cookies } from 'next/headers'
import { env } from '@/lib/env'
import type { MandateTypeCode } from '@/schemas/pledge'
import { derivedKey } from './pledge-secret'

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
    | { status: 'duplicate'; municipalityName: string; campaignName: string }
}

const COOKIE = 'pledge-draft'
const MAX_AGE = 24 * 60 * 60

function sign(payload: string) {
  return createHmac('sha256', derivedKey('pledge-draft')).update(payload).digest('base64url')
}

export function encodeDraft(draft: PledgeDraft): string {
  const payload = Buffer.from(JSON.stringify({ ...draft, iat: Date.now() })).toString('base64url')
  return `${payload}.${sign(payload)}`
}

export function decodeDraft(value: string | undefined): PledgeDraft {
  const [payload, mac] = value?.split('.') ?? []
  if (!payload || !mac) return {}
  const expected = Buffer.from(sign(payload))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return {}
  try {
    const { iat, ...draft } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return typeof iat === 'number' && Date.now() - iat < MAX_AGE * 1000 ? (draft as PledgeDraft) : {}
  } catch {
    return {}
  }
}

export async function readPledgeDraft(): Promise<PledgeDraft> {
  return decodeDraft((await cookies()).get(COOKIE)?.value)
}

export async function writePledgeDraft(draft: PledgeDraft) {
  ;(await cookies()).set(COOKIE, encodeDraft(draft), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().SITE_URL.startsWith('https:'),
    path: '/pledge',
    maxAge: MAX_AGE,
  })
}
