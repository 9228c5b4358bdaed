import 'server-only'
import { headers } from 'next/headers'
import { isAppError, userMessage } from '@/server/errors'
import { clientIp } from '@/server/rate-limit/client-ip'
import type { LinkActionState, ResendState, StepState } from '@/schemas/pledge'
import { savePledgeStep, type PledgeStep } from './save-pledge-step'
import { resendConfirmation } from './resend-confirmation'
import { confirmPledge } from './confirm-pledge'
import { withdrawPledge } from './withdraw-pledge'

type States = { [S in PledgeStep]: StepState } & {
  resend: ResendState
  confirm: LinkActionState
  withdraw: LinkActionState
}

export type PledgeFormName = keyof States
export type PledgeFormState<F extends PledgeFormName> = NonNullable<States[F]>

/**
 * What a form post comes to: a redirect to the next page, or the state the form shows with the page it is
 * on and the HTTP status a plain (JavaScript-free) post is answered with.
 */
export type PledgeFormOutcome<F extends PledgeFormName> =
  { next: string } | { state: PledgeFormState<F>; status: number; page: string }

const STEP_PAGES: Record<PledgeStep, string> = {
  campaign: '/pledge',
  municipality: '/pledge/municipality',
  'new-municipality': '/pledge/municipality',
  signatory: '/pledge/signatory',
  commitments: '/pledge/commitments',
  submit: '/pledge/check',
}

export const PLEDGE_FORMS = [
  ...(Object.keys(STEP_PAGES) as PledgeStep[]),
  'resend',
  'confirm',
  'withdraw',
] as const

export function isPledgeFormName(name: string): name is PledgeFormName {
  return (PLEDGE_FORMS as readonly string[]).includes(name)
}

/** The page a form is on, where a stray GET of its post address is sent (tokens are not known here). */
export function pageOfPledgeForm(form: string): string {
  if (form === 'resend') return '/pledge/resend'
  return form in STEP_PAGES ? STEP_PAGES[form as PledgeStep] : '/pledge'
}

const tokenOf = (data: FormData) => String(data.get('token') ?? '').slice(0, 100)

// Gone for a link that existed (expired, already used), not found for one that never did.
const TOKEN_STATUS: Record<string, number> = { expired: 410, used: 410, invalid: 404 }

type Runner<F extends PledgeFormName> = (data: FormData) => Promise<PledgeFormOutcome<F>>

function stepRunner<S extends PledgeStep>(step: S): Runner<S> {
  return async (data) => {
    const outcome = await savePledgeStep({ step, form: data })
    if ('next' in outcome) return { next: outcome.next }
    const { status, ...state } = outcome
    return { state, status, page: STEP_PAGES[step] }
  }
}

function tokenRunner<K extends 'confirm' | 'withdraw'>(kind: K): Runner<K> {
  return async (data) => {
    const token = tokenOf(data)
    const state = kind === 'confirm' ? await confirmPledge({ token }) : await withdrawPledge({ token })
    const page = `/pledge/${kind}/${encodeURIComponent(token || 'invalid')}`
    return { state, status: TOKEN_STATUS[state.state] ?? 200, page }
  }
}

async function resend(data: FormData): Promise<PledgeFormOutcome<'resend'>> {
  const email = String(data.get('email') ?? '').slice(0, 300)
  const page = '/pledge/resend'
  try {
    const ip = clientIp(await headers())
    const result = await resendConfirmation({ input: { email }, ip })
    return { state: { ...result, email }, status: result.status === 'sent' ? 200 : 422, page }
  } catch (e) {
    if (!isAppError(e)) throw e
    return {
      state: { status: 'invalid', fieldErrors: { email: userMessage(e) }, email },
      status: e.status,
      page,
    }
  }
}

const RUNNERS: { [F in PledgeFormName]: Runner<F> } = {
  campaign: stepRunner('campaign'),
  municipality: stepRunner('municipality'),
  'new-municipality': stepRunner('new-municipality'),
  signatory: stepRunner('signatory'),
  commitments: stepRunner('commitments'),
  submit: stepRunner('submit'),
  resend,
  confirm: tokenRunner('confirm'),
  withdraw: tokenRunner('withdraw'),
}

/**
 * Runs one of the pledge forms, whether it came as a server action (JavaScript on) or as a plain form
 * post to /pledge/submit/<form> (JavaScript off): the same checks, limits and results either way.
 */
export async function runPledgeForm<F extends PledgeFormName>({
  form,
  data,
}: {
  form: F
  data: FormData
}): Promise<PledgeFormOutcome<F>> {
  return (RUNNERS[form] as Runner<F>)(data)
}
