'use server'

import { redirect } from 'next/navigation'
import { headers } from 'next/headers'
import { savePledgeStep, type PledgeStep } from '@/server/pledges/save-pledge-step'
import type { StepState } from '@/schemas/pledge'
import { confirmPledge } from '@/server/pledges/confirm-pledge'
import { withdrawPledge } from '@/server/pledges/withdraw-pledge'
import { resendConfirmation } from '@/server/pledges/resend-confirmation'
import { clientIp } from '@/server/rate-limit/client-ip'
import { isAppError, userMessage } from '@/server/errors'

async function step(name: PledgeStep, form: FormData): Promise<StepState> {
  const result = await savePledgeStep({ step: name, form })
  if ('next' in result) redirect(result.next)
  return result
}

export type { StepState }

export const saveCampaign = async (_: StepState, form: FormData) => step('campaign', form)
export const saveMunicipality = async (_: StepState, form: FormData) => step('municipality', form)
export const saveNewMunicipality = async (_: StepState, form: FormData) => step('new-municipality', form)
export const saveSignatory = async (_: StepState, form: FormData) => step('signatory', form)
export const saveCommitments = async (_: StepState, form: FormData) => step('commitments', form)
export const submitDraft = async (_: StepState, form: FormData) => step('submit', form)

export type LinkActionState = { state: string; municipalityName?: string; campaignName?: string } | null

const tokenOf = (form: FormData) => String(form.get('token') ?? '').slice(0, 100)

export async function confirmAction(_: LinkActionState, form: FormData): Promise<LinkActionState> {
  return confirmPledge({ token: tokenOf(form) })
}

export async function withdrawAction(_: LinkActionState, form: FormData): Promise<LinkActionState> {
  return withdrawPledge({ token: tokenOf(form) })
}

export type ResendState = {
  status: 'sent' | 'invalid'
  fieldErrors?: Record<string, string>
  email?: string
} | null

export async function resendAction(_: ResendState, form: FormData): Promise<ResendState> {
  const email = String(form.get('email') ?? '').slice(0, 300)
  try {
    const ip = clientIp(await headers())
    return { ...(await resendConfirmation({ input: { email }, ip })), email }
  } catch (e) {
    if (!isAppError(e)) throw e
    return { status: 'invalid', fieldErrors: { email: userMessage(e) }, email }
  }
}
