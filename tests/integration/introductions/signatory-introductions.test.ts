// Introductions to a member with no confirmed official (decision 0021): the request goes to the signatory of each
// approved pledge, whose own link answers without signing in while the pledge stands and no official exists; a
// member with neither is refused, said before the form is filled. The contact emails after an accept are each
// sent once and retried by the reminders job when sending fails.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, truncateAll } from '../../helpers/db'
import { formOf } from '../../helpers/server-actions'
import {
  approvedPledge,
  confirmedOfficial,
  memberMunicipality,
  publishedSolution,
  withdrawnPledge,
} from '../../fixtures/factories'
import { requestIntroduction } from '@/server/introductions/request-introduction'
import { answerIntroduction } from '@/server/introductions/answer-introduction'
import { getAnswerView } from '@/server/introductions/get-answer-view'
import { sendPendingIntroductionContacts } from '@/server/introductions/send-introduction-contacts'
import { passIntroductionsToNewOfficials } from '@/server/introductions/pass-to-new-officials'
import { requestIntroductionAction } from '@/app/introductions/actions'
import { sendMail } from '@/server/mail/send-mail'
import type { IntroductionState } from '@/schemas/introductions'

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'next-action': 'x', 'x-forwarded-for': '203.0.113.10' }),
}))
// The real mailer (the outbox, no SMTP here), which one test makes fail once.
vi.mock('@/server/mail/send-mail', async (original) => {
  const real = await original<typeof import('@/server/mail/send-mail')>()
  return { ...real, sendMail: vi.fn(real.sendMail) }
})

const MESSAGE = 'How did you set up your cooling centers, and who ran them day to day?'

beforeAll(truncateAll)
afterAll(truncateAll)
beforeEach(() => signInAs(null))

const emailsTo = (to: string) =>
  db.outboxMessage.findMany({ where: { to }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })

function answerTokenIn(text: string): string {
  const m = /\/introductions\/answer\/([A-Za-z0-9_-]{43})\?choice=accept/.exec(text)
  if (!m?.[1]) throw new Error('no answer link in the email')
  return m[1]
}

/** A, with an asking official; B, a member through an approved pledge whose signatory never signed in. */
async function signatoryPlace() {
  const a = await memberMunicipality(db)
  const { official: asker } = await confirmedOfficial(db, { municipalityId: a.id, name: 'Ada Asker' })
  const pledge = await approvedPledge(db)
  const b = await db.municipality.findUniqueOrThrow({ where: { id: pledge.municipalityId } })
  const user = { id: asker.id, email: asker.email, name: asker.name, role: 'OFFICIAL' as const }
  const ask = (solution = '') =>
    requestIntroduction({ user, input: { to: b.slug, from: a.slug, solution, message: MESSAGE } })
  return { a, b, asker, pledge, user, ask }
}

describe('a member without a confirmed official', () => {
  it('is asked through its pledge’s signatory, whose link answers without signing in and shares their contact', async () => {
    const w = await signatoryPlace()
    const { id } = await w.ask()
    const [request] = await emailsTo(w.pledge.email)
    expect(request?.subject).toBe(`Introduction request from ${w.a.name}, ${w.a.state}`)
    expect(request?.text).toContain(MESSAGE)
    expect(request?.text).toContain('as the signatory of')
    expect(request?.text).not.toContain(w.asker.email)
    const token = answerTokenIn(request!.text)
    const stored = await db.emailToken.findMany({ where: { introductionId: id } })
    expect(stored).toMatchObject([{ pledgeId: w.pledge.id, userId: null }])

    expect(await getAnswerView({ token })).toMatchObject({ state: 'valid', message: MESSAGE })
    expect(await answerIntroduction({ token, choice: 'accept' })).toMatchObject({ state: 'accepted' })
    const row = await db.introduction.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ status: 'ACCEPTED', answeredById: null, answeredByPledgeId: w.pledge.id })
    // The asker gets the signatory's name and address; the signatory gets the asker's.
    const toAsker = (await emailsTo(w.asker.email)).at(-1)!
    expect(toAsker.subject).toBe(`Introduction: ${w.b.name}, ${w.b.state}`)
    expect(toAsker.text).toContain(`Name: ${w.pledge.signatoryName}`)
    expect(toAsker.text).toContain(`Email: ${w.pledge.email}`)
    const toSignatory = (await emailsTo(w.pledge.email)).at(-1)!
    expect(toSignatory.text).toContain(`Email: ${w.asker.email}`)
    expect(await answerIntroduction({ token, choice: 'accept' })).toEqual({ state: 'answered' })
    const audit = await db.auditLog.findFirst({ where: { entityId: id, action: 'introduction.accept' } })
    expect(audit?.actorLabel).toContain(w.pledge.email)
  })

  it('emails each approved pledge’s signatory, once per address, never a withdrawn one’s', async () => {
    const w = await signatoryPlace()
    const second = await approvedPledge(db, { municipalityId: w.b.id, campaign: 'rc4a' })
    const withdrawn = await withdrawnPledge(db, { municipalityId: w.b.id, campaign: 'rc4a' })
    const { id } = await w.ask()
    expect(await emailsTo(w.pledge.email)).toHaveLength(1)
    expect(await emailsTo(second.email)).toHaveLength(1)
    expect(await emailsTo(withdrawn.email)).toHaveLength(0)
    expect(await db.emailToken.count({ where: { introductionId: id } })).toBe(2)
    // The same signatory for two campaigns: one email.
    const v = await signatoryPlace()
    await approvedPledge(db, {
      municipalityId: v.b.id,
      campaign: 'rc4a',
      email: v.pledge.email,
    })
    const { id: other } = await v.ask()
    expect(await emailsTo(v.pledge.email)).toHaveLength(1)
    expect(await db.emailToken.count({ where: { introductionId: other } })).toBe(1)
  })

  it('the signatory’s link stops working when the pledge is withdrawn, or once the place has a confirmed official', async () => {
    const w = await signatoryPlace()
    const { id } = await w.ask()
    const token = answerTokenIn((await emailsTo(w.pledge.email))[0]!.text)
    await db.pledge.update({ where: { id: w.pledge.id }, data: { status: 'WITHDRAWN' } })
    expect(await getAnswerView({ token })).toEqual({ state: 'invalid' })
    expect(await answerIntroduction({ token, choice: 'accept' })).toEqual({ state: 'invalid' })
    await db.pledge.update({ where: { id: w.pledge.id }, data: { status: 'APPROVED' } })
    expect(await getAnswerView({ token })).toMatchObject({ state: 'valid' })
    const { official } = await confirmedOfficial(db, { municipalityId: w.b.id, name: 'Olga Official' })
    expect(await answerIntroduction({ token, choice: 'accept' })).toEqual({ state: 'invalid' })
    expect((await db.introduction.findUniqueOrThrow({ where: { id } })).status).toBe('REQUESTED')
    // The reminders job passes the request on to the new official, once; their own link answers.
    expect(await passIntroductionsToNewOfficials()).toEqual({ passedOn: 1, emails: 1, failed: 0 })
    expect(await passIntroductionsToNewOfficials()).toEqual({ passedOn: 0, emails: 0, failed: 0 })
    const [passed] = await emailsTo(official.email)
    expect(passed?.subject).toBe(`Introduction request from ${w.a.name}, ${w.a.state}`)
    expect(passed?.text).toContain('as a confirmed official of')
    const officialToken = answerTokenIn(passed!.text)
    expect(await answerIntroduction({ token: officialToken, choice: 'accept' })).toMatchObject({
      state: 'accepted',
    })
    expect(await db.introduction.findUniqueOrThrow({ where: { id } })).toMatchObject({
      answeredById: official.id,
      answeredByPledgeId: null,
    })
    expect((await emailsTo(w.asker.email)).at(-1)?.text).toContain(`Email: ${official.email}`)
  })

  it('a signatory’s decline closes it kindly', async () => {
    const w = await signatoryPlace()
    const { id } = await w.ask()
    const token = answerTokenIn((await emailsTo(w.pledge.email))[0]!.text)
    expect(await answerIntroduction({ token, choice: 'decline' })).toMatchObject({ state: 'declined' })
    expect((await emailsTo(w.asker.email)).at(-1)?.text).toContain('not able to take it up')
    expect((await emailsTo(w.asker.email)).at(-1)?.text).not.toContain(w.pledge.email)
    expect((await db.introduction.findUniqueOrThrow({ where: { id } })).status).toBe('DECLINED')
  })

  it('from a willing-to-talk implementation, too', async () => {
    const w = await signatoryPlace()
    const solution = await publishedSolution(db)
    await db.solutionImplementation.create({
      data: { solutionId: solution.id, municipalityId: w.b.id, willingToTalk: true },
    })
    const { id } = await w.ask(solution.slug)
    expect((await db.introduction.findUniqueOrThrow({ where: { id } })).solutionId).toBe(solution.id)
    expect((await emailsTo(w.pledge.email))[0]?.text).toContain(solution.title)
  })
})

describe('a member with neither a confirmed official nor an approved pledge', () => {
  it('is refused with a plain message, nothing recorded or counted', async () => {
    const a = await memberMunicipality(db)
    const { official: asker } = await confirmedOfficial(db, { municipalityId: a.id })
    const b = await memberMunicipality(db) // marked a member by staff, no pledge
    await withdrawnPledge(db, { municipalityId: b.id })
    signInAs(asker)
    const state = (await requestIntroductionAction(
      null,
      formOf({ to: b.slug, from: a.slug, solution: '', message: MESSAGE }),
    )) as IntroductionState
    expect(state.sentTo).toBeUndefined()
    expect(state.formError).toBe(
      `${b.name}, ${b.state} has no official we can email yet, so we cannot pass on a request. Ask the network’s staff for help from your portal: they can reach ${b.name} another way.`,
    )
    expect(state.values.message).toBe(MESSAGE)
    expect(await db.introduction.count({ where: { toMunicipalityId: b.id } })).toBe(0)
  })
})

describe('the contact emails after an accept', () => {
  it('are retried by the reminders job when sending fails, and never sent twice', async () => {
    const w = await signatoryPlace()
    const { id } = await w.ask()
    const token = answerTokenIn((await emailsTo(w.pledge.email))[0]!.text)
    // The first contact email (to the asker) fails; the second goes.
    vi.mocked(sendMail).mockRejectedValueOnce(new Error('connect ECONNREFUSED 127.0.0.1:25'))
    expect(await answerIntroduction({ token, choice: 'accept' })).toMatchObject({ state: 'accepted' })
    const contactTo = async (to: string) =>
      (await emailsTo(to)).filter((m) => m.subject.startsWith('Introduction: '))
    expect(await contactTo(w.asker.email)).toHaveLength(0)
    expect(await contactTo(w.pledge.email)).toHaveLength(1)
    let row = await db.introduction.findUniqueOrThrow({ where: { id } })
    expect(row.askerContactSentAt).toBeNull()
    expect(row.answererContactSentAt).not.toBeNull()

    // The job sends the one that failed, once; a rerun sends nothing.
    expect(await sendPendingIntroductionContacts()).toEqual({ sent: 1, failed: 0 })
    expect(await sendPendingIntroductionContacts()).toEqual({ sent: 0, failed: 0 })
    const [toAsker] = await contactTo(w.asker.email)
    expect(toAsker?.text).toContain(`Email: ${w.pledge.email}`)
    expect(await contactTo(w.pledge.email)).toHaveLength(1)
    row = await db.introduction.findUniqueOrThrow({ where: { id } })
    expect(row.askerContactSentAt).not.toBeNull()
  })
})
