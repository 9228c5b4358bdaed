'use server'

import { notFound, redirect } from 'next/navigation'
import { runPledgeForm, type PledgeFormName, type PledgeFormState } from '@/server/pledges/run-pledge-form'
import type { LinkActionState, ResendState, StepState } from '@/schemas/pledge'

// With JavaScript on, the pledge forms call these; without it they post to /pledge/submit/<form>,
// which runs the same runPledgeForm and answers with a status code. That shared runner is this flow's
// wrapper (src/server/action.ts's steps for a public, multi-page form): it parses, rate-limits and answers.
async function run<F extends PledgeFormName>(form: F, data: FormData): Promise<PledgeFormState<F>> {
  // A hand-made call without a form names no pledge form.
  if (!(data instanceof FormData)) notFound()
  const outcome = await runPledgeForm({ form, data })
  if ('next' in outcome) redirect(outcome.next)
  return outcome.state
}

export type { LinkActionState, ResendState, StepState }

export const saveCampaign = async (_: StepState, form: FormData) => run('campaign', form)
export const saveMunicipality = async (_: StepState, form: FormData) => run('municipality', form)
export const saveNewMunicipality = async (_: StepState, form: FormData) => run('new-municipality', form)
export const saveSignatory = async (_: StepState, form: FormData) => run('signatory', form)
export const saveCommitments = async (_: StepState, form: FormData) => run('commitments', form)
export const submitDraft = async (_: StepState, form: FormData) => run('submit', form)
export const confirmAction = async (_: LinkActionState, form: FormData) => run('confirm', form)
export const withdrawAction = async (_: LinkActionState, form: FormData) => run('withdraw', form)
export const resendAction = async (_: ResendState, form: FormData) => run('resend', form)
