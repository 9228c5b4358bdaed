import 'server-only'
import { isUniqueViolation } from '@/server/errors'
import { db, type Db } from '@/server/db'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { recordAudit } from '@/server/audit/record-audit'
import { normalizeEmail, normalizeForSearch, slugify } from '@/lib/text'
import {
  fieldErrorsOf,
  pledgeSubmissionSchema,
  type FieldErrors,
  type PledgeSubmission,
} from '@/schemas/pledge'
import { getCurrentPledgeText, type CurrentPledgeText } from './get-current-pledge-text'
import { issuePledgeToken } from './issue-pledge-token'
import { hashIp } from './pledge-secret'
import { sendConfirmEmail, sendDuplicateNotice } from './pledge-emails'
import { logger } from '@/server/log'

const log = logger('pledges')

export const MAX_DUPLICATE_NOTICES = 3

export type SubmitPledgeResult =
  { status: 'invalid'; fieldErrors: FieldErrors } | { status: 'submitted' } | DuplicateAnswer

/**
 * A repeat for a place and campaign with a live pledge. Whether it is public (approved: `signed`, with the
 * profile's path) or still being processed; who signed a pending pledge is never told (issue 14, L7).
 */
export type DuplicateAnswer = {
  status: 'duplicate'
  municipalityName: string
  campaignName: string
  signed: boolean
  profilePath: string | null
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

// Nested submission paths, named as the form fields that show their errors.
const FIELD_NAMES = { 'municipality.id': 'municipalityId', 'municipality.kind': 'municipalityId' }

/**
 * Saves a signed pledge awaiting email confirmation and sends the confirmation email. Everything is
 * checked again here, whatever the form's steps said; one live pledge per municipality and campaign
 * is enforced by the database, and a repeat is answered as a duplicate, never as an error.
 */
export async function submitPledge({
  input,
  ip,
  honeypot,
}: {
  input: unknown
  ip: string
  honeypot?: string
}): Promise<SubmitPledgeResult> {
  await consumeRateLimit('pledge-submit:ip', ip)
  const parsed = pledgeSubmissionSchema.safeParse(input)
  if (!parsed.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error, FIELD_NAMES) }
  const submission = parsed.data
  const emailNormalized = normalizeEmail(submission.signatory.email)
  await consumeRateLimit('pledge-submit:email', emailNormalized)
  // A bot filled the hidden field: it sees the usual answer, nothing is saved or sent.
  if (honeypot) return { status: 'submitted' }

  const current = await getCurrentPledgeText({ campaignSlug: submission.campaign })
  const errors = await checkAgainstDatabase(submission, current)
  if (Object.keys(errors).length > 0 || !current) return { status: 'invalid', fieldErrors: errors }

  for (let attempt = 0; ; attempt++) {
    const municipality = await findMunicipality(db, submission)
    if (municipality) {
      const live = await db.pledge.findUnique({
        where: { liveKey: liveKeyOf(municipality.id, current.campaign.id) },
      })
      if (live) return answerDuplicate(live, municipality, current)
    }
    try {
      const saved = await db.$transaction((tx) =>
        savePledge(tx, { submission, current, emailNormalized, ip }),
      )
      await sendConfirmEmail({
        to: submission.signatory.email,
        ...saved,
        campaignName: current.campaign.name,
      }).catch((e) => log.error({ err: e }, 'pledge confirmation email failed'))
      return { status: 'submitted' }
    } catch (e) {
      // Another submission won the race (pledge liveKey or a new municipality's slug): look again.
      if (!isUniqueViolation(e) || attempt >= 3) throw e
    }
  }
}

export function liveKeyOf(municipalityId: string, campaignId: string) {
  return `${municipalityId}:${campaignId}`
}

async function checkAgainstDatabase(
  s: PledgeSubmission,
  current: CurrentPledgeText | null,
): Promise<FieldErrors> {
  if (!current) return { campaign: 'Select a campaign' }
  const errors: FieldErrors = {}
  const all = current.commitments.map((c) => c.id)
  if (s.pledgeTextId !== current.text.id) {
    errors.agreed = 'The pledge text has been updated: read the commitments again and agree to each one'
  } else if (!all.every((id) => s.agreed.includes(id)) || s.agreed.some((id) => !all.includes(id))) {
    errors.agreed = 'Agree to every commitment to sign the pledge'
  }
  if (s.municipality.kind === 'existing') {
    const found = await db.municipality.count({ where: { id: s.municipality.id } })
    if (!found) errors.municipalityId = 'Select your municipality'
  }
  if (s.mandateDocumentId) {
    const upload = await db.upload.count({ where: { id: s.mandateDocumentId, pledges: { none: {} } } })
    if (!upload) errors.mandate = 'Upload the document again'
  }
  return errors
}

async function findMunicipality(client: Pick<Db, 'municipality'>, s: PledgeSubmission) {
  const m = s.municipality
  const select = { id: true, name: true, slug: true, isMember: true } as const
  if (m.kind === 'existing') return client.municipality.findUnique({ where: { id: m.id }, select })
  // A place typed in by hand that is in fact listed is the listed place, not a second row.
  return client.municipality.findFirst({
    where: { state: m.state, searchName: normalizeForSearch(m.name) },
    select,
  })
}

async function createMunicipality(tx: Tx, m: Extract<PledgeSubmission['municipality'], { kind: 'new' }>) {
  const base = slugify(`${m.name} ${m.state}`) || 'municipality'
  // The slug is chosen deterministically (the first free of base, base-2, base-3...): two submissions that
  // create the same new place pick the same slug, so the unique index refuses one and its retry finds the other.
  const taken = new Set(
    (await tx.municipality.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (r) => r.slug,
    ),
  )
  if (taken.has(base)) {
    // Committed by a concurrent submission after our first look (read committed): that row is this place.
    const same = await tx.municipality.findFirst({
      where: { state: m.state, searchName: normalizeForSearch(m.name) },
      select: { id: true, name: true, slug: true, isMember: true },
    })
    if (same) return same
  }
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  return tx.municipality.create({
    data: {
      name: m.name,
      searchName: normalizeForSearch(m.name),
      state: m.state,
      population: m.population,
      slug,
    },
    select: { id: true, name: true, slug: true, isMember: true },
  })
}

async function savePledge(
  tx: Tx,
  {
    submission: s,
    current,
    emailNormalized,
    ip,
  }: { submission: PledgeSubmission; current: CurrentPledgeText; emailNormalized: string; ip: string },
) {
  const municipality =
    (await findMunicipality(tx, s)) ??
    (s.municipality.kind === 'new' ? await createMunicipality(tx, s.municipality) : null)
  if (!municipality) throw new Error('municipality vanished during submission')
  const pledge = await tx.pledge.create({
    data: {
      campaignId: current.campaign.id,
      pledgeTextId: current.text.id,
      municipalityId: municipality.id,
      liveKey: liveKeyOf(municipality.id, current.campaign.id),
      signatoryName: s.signatory.signatoryName,
      signatoryTitle: s.signatory.signatoryTitle,
      email: s.signatory.email,
      emailNormalized,
      phone: s.signatory.phone ?? null,
      mandateType: s.signatory.mandateType,
      mandateDocumentId: s.mandateDocumentId ?? null,
      submitterIpHash: hashIp(ip),
    },
    select: { id: true, status: true, signatoryName: true },
  })
  const confirmToken = await issuePledgeToken(tx, { pledgeId: pledge.id, purpose: 'CONFIRM_PLEDGE' })
  const withdrawToken = await issuePledgeToken(tx, { pledgeId: pledge.id, purpose: 'WITHDRAW_PLEDGE' })
  await recordAudit({
    client: tx,
    actor: { label: `signatory ${emailNormalized}` },
    action: 'pledge.submit',
    entityType: 'Pledge',
    entityId: pledge.id,
    after: { status: pledge.status, municipalityId: municipality.id, campaignId: current.campaign.id },
  })
  return {
    signatoryName: pledge.signatoryName,
    municipalityName: municipality.name,
    confirmToken,
    withdrawToken,
  }
}

async function answerDuplicate(
  live: { id: string; status: string },
  municipality: { name: string; slug: string; isMember: boolean },
  current: CurrentPledgeText,
): Promise<DuplicateAnswer> {
  const livePledgeId = live.id
  const municipalityName = municipality.name
  // The cap is applied in the update itself, so concurrent repeats cannot exceed it.
  const { count } = await db.pledge.updateMany({
    where: { id: livePledgeId, duplicateNotices: { lt: MAX_DUPLICATE_NOTICES } },
    data: { duplicateNotices: { increment: 1 } },
  })
  if (count === 1) {
    const live = await db.pledge.findUniqueOrThrow({ where: { id: livePledgeId } })
    await sendDuplicateNotice({
      to: live.email,
      signatoryName: live.signatoryName,
      municipalityName,
      campaignName: current.campaign.name,
    }).catch((e) => log.error({ err: e }, 'duplicate notice email failed'))
  }
  const signed = live.status === 'APPROVED'
  return {
    status: 'duplicate',
    municipalityName,
    campaignName: current.campaign.name,
    signed,
    profilePath: signed && municipality.isMember ? `/members/${municipality.slug}` : null,
  }
}
