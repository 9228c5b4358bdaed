import 'server-only'
import { headers } from 'next/headers'
import { isAppError, userMessage } from '@/server/errors'
import { clientIp } from '@/server/rate-limit/client-ip'
import { storeUpload } from '@/server/uploads/store-upload'
import { checkPdf } from '@/server/uploads/check-pdf'
import {
  campaignStepSchema,
  chosenMunicipalitySchema,
  fieldErrorsOf,
  newMunicipalitySchema,
  signatoryStepSchema,
  type FieldErrors,
  type StepState,
} from '@/schemas/pledge'
import { getCurrentPledgeText } from './get-current-pledge-text'
import { getPlace } from './get-place'
import { readPledgeDraft, writePledgeDraft, type PledgeDraft } from './pledge-draft'
import { submitPledge } from './submit-pledge'

export type PledgeStep =
  'campaign' | 'municipality' | 'new-municipality' | 'signatory' | 'commitments' | 'submit'

export type { StepState } from '@/schemas/pledge'

/** Where to go next, or the refused answer with the HTTP status a plain form post is answered with. */
export type StepOutcome = { next: string } | (NonNullable<StepState> & { status: number })

const text = (form: FormData, name: string) => {
  const v = form.get(name)
  return typeof v === 'string' ? v : undefined
}

function valuesOf(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$')) continue // React's own fields for server actions
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string')
    out[key] = key === 'agreed' ? all : (all[0] ?? '').slice(0, 1000)
  }
  return out
}

/** Checks one step's answers and keeps them in the draft; the caller redirects to `next`. */
export async function savePledgeStep({
  step,
  form,
}: {
  step: PledgeStep
  form: FormData
}): Promise<StepOutcome> {
  const draft = await readPledgeDraft()
  try {
    const result = await STEPS[step](form, draft)
    if ('fieldErrors' in result)
      return { fieldErrors: result.fieldErrors, values: valuesOf(form), status: 422 }
    await writePledgeDraft(result.draft)
    return { next: result.next }
  } catch (e) {
    if (!isAppError(e)) throw e
    return { fieldErrors: { form: userMessage(e) }, values: valuesOf(form), status: e.status }
  }
}

type StepResult = { draft: PledgeDraft; next: string } | { fieldErrors: FieldErrors }

const STEPS: Record<PledgeStep, (form: FormData, draft: PledgeDraft) => Promise<StepResult>> = {
  async campaign(form, draft): Promise<StepResult> {
    const parsed = campaignStepSchema.safeParse({ campaign: text(form, 'campaign') })
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) }
    if (!(await getCurrentPledgeText({ campaignSlug: parsed.data.campaign })))
      return { fieldErrors: { campaign: 'Select a campaign' } }
    // Agreement is to one campaign's text; a different campaign needs agreeing afresh.
    const changed = draft.campaign !== parsed.data.campaign
    const { outcome: _o, ...rest } = draft
    const next = {
      ...rest,
      campaign: parsed.data.campaign,
      ...(changed ? { pledgeTextId: undefined, agreed: undefined } : {}),
    }
    return { draft: next, next: '/pledge/municipality' }
  },

  async municipality(form, draft): Promise<StepResult> {
    const parsed = chosenMunicipalitySchema.safeParse({ municipalityId: text(form, 'municipalityId') })
    const place = parsed.success ? await getPlace({ id: parsed.data.municipalityId }) : null
    if (!place) return { fieldErrors: { municipalityId: 'Select your municipality' } }
    const label = `${place.name}, ${place.state}`
    return {
      draft: { ...draft, municipality: { kind: 'existing', id: place.id, label } },
      next: '/pledge/signatory',
    }
  },

  async 'new-municipality'(form, draft): Promise<StepResult> {
    const parsed = newMunicipalitySchema.safeParse({
      name: text(form, 'name'),
      state: text(form, 'state'),
      population: text(form, 'population')?.replace(/[,\s]/g, '') || undefined,
    })
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) }
    return { draft: { ...draft, municipality: { kind: 'new', ...parsed.data } }, next: '/pledge/signatory' }
  },

  async signatory(form, draft): Promise<StepResult> {
    const parsed = signatoryStepSchema.safeParse({
      signatoryName: text(form, 'signatoryName'),
      signatoryTitle: text(form, 'signatoryTitle'),
      email: text(form, 'email'),
      phone: text(form, 'phone'),
      mandateType: text(form, 'mandateType'),
    })
    const file = form.get('mandate')
    const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null
    const fileCheck = bytes ? await checkPdf(bytes) : { ok: true as const }
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error)
    if (!fileCheck.ok) fieldErrors.mandate = fileCheck.message
    if (!parsed.success || !fileCheck.ok) return { fieldErrors }
    const mandate =
      bytes && file instanceof File
        ? await storeUpload({ bytes, filename: file.name, ip: clientIp(await headers()) }).then(
            ({ id, filename, size }) => ({
              id,
              filename,
              size,
            }),
          )
        : text(form, 'removeMandate') === 'yes'
          ? undefined
          : draft.mandate
    return { draft: { ...draft, signatory: parsed.data, mandate }, next: '/pledge/commitments' }
  },

  async commitments(form, draft): Promise<StepResult> {
    const current = draft.campaign ? await getCurrentPledgeText({ campaignSlug: draft.campaign }) : null
    if (!current) return { fieldErrors: { form: 'Choose a campaign first' } }
    const agreed = form.getAll('agreed').filter((v): v is string => typeof v === 'string')
    if (!current.commitments.every((c) => agreed.includes(c.id))) {
      return { fieldErrors: { agreed: 'Agree to every commitment to sign the pledge' } }
    }
    const ids = current.commitments.map((c) => c.id)
    return { draft: { ...draft, pledgeTextId: current.text.id, agreed: ids }, next: '/pledge/check' }
  },

  async submit(form, draft): Promise<StepResult> {
    const input = {
      campaign: draft.campaign,
      municipality: draft.municipality,
      signatory: draft.signatory,
      mandateDocumentId: draft.mandate?.id,
      pledgeTextId: draft.pledgeTextId,
      agreed: draft.agreed ?? [],
    }
    const ip = clientIp(await headers())
    const result = await submitPledge({ input, ip, honeypot: text(form, 'website') })
    if (result.status === 'invalid') return { fieldErrors: result.fieldErrors }
    const outcome: PledgeDraft['outcome'] =
      result.status === 'submitted' ? { status: 'submitted', email: draft.signatory?.email ?? '' } : result
    return { draft: { outcome }, next: '/pledge/sent' }
  },
}
