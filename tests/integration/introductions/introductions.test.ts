// Brokered introductions (issue 17, decision 0021): an official of one member asks another's officials; they
// answer by an emailed single-use link (accept shares both contacts by email, decline closes kindly); requests
// unanswered for 14 days close by the scheduled job, once; willing-to-talk implementations; the staff summary.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, truncateAll } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { formOf, runAction } from '../../helpers/server-actions'
import {
  approvedPledge,
  confirmedOfficial,
  memberMunicipality,
  publishedSolution,
  staffUser,
} from '../../fixtures/factories'
import { requestIntroduction } from '@/server/introductions/request-introduction'
import { answerIntroduction } from '@/server/introductions/answer-introduction'
import { getAnswerView } from '@/server/introductions/get-answer-view'
import { expireIntroductions } from '@/server/introductions/expire-introductions'
import { summarizeIntroductions } from '@/server/introductions/summarize-introductions'
import { requestIntroductionAction, answerIntroductionAction } from '@/app/introductions/actions'
import { setWillingToTalkAction } from '@/app/portal/[slug]/solutions/actions'
import { getPublishedSolution } from '@/server/solutions/get-published-solution'
import { createToken, hashToken } from '@/server/tokens/hash-token'
import type { IntroductionState } from '@/schemas/introductions'

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'next-action': 'x', 'x-forwarded-for': '203.0.113.9' }),
}))

const DAY = 24 * 60 * 60 * 1000
const MESSAGE = 'How did you pay for the cool roofs program, and who ran it day to day?'

beforeAll(truncateAll)
afterAll(truncateAll)
beforeEach(() => {
  resetExpiredTags()
  signInAs(null)
})

const emailsTo = (to: string) =>
  db.outboxMessage.findMany({ where: { to }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })

function answerTokenIn(text: string): string {
  const m = /\/introductions\/answer\/([A-Za-z0-9_-]{43})\?choice=accept/.exec(text)
  if (!m?.[1]) throw new Error('no answer link in the email')
  return m[1]
}

/** Two member municipalities, an asking official of A, two confirmed officials of B and an unconfirmed one. */
async function twoMembers() {
  const a = await memberMunicipality(db)
  const b = await memberMunicipality(db)
  const { official: asker } = await confirmedOfficial(db, { municipalityId: a.id, name: 'Ada Asker' })
  const { official: b1 } = await confirmedOfficial(db, { municipalityId: b.id, name: 'Ben Answer' })
  const { official: b2 } = await confirmedOfficial(db, { municipalityId: b.id, name: 'Bea Colleague' })
  const pending = await staffUser(db, 'OFFICIAL')
  await db.municipalityOfficial.create({
    data: { userId: pending.id, municipalityId: b.id, confirmed: false },
  })
  return { a, b, asker, b1, b2, pending }
}

const ask = (
  w: Awaited<ReturnType<typeof twoMembers>>,
  o: { now?: Date; solution?: string; message?: string } = {},
) =>
  requestIntroduction({
    user: { id: w.asker.id, email: w.asker.email, name: w.asker.name, role: 'OFFICIAL' },
    input: { to: w.b.slug, from: w.a.slug, solution: o.solution ?? '', message: o.message ?? MESSAGE },
    now: o.now,
  })

describe('asking for an introduction', () => {
  it('emails each confirmed official of the other municipality their own answer link, and nobody’s address', async () => {
    const w = await twoMembers()
    const { id, toName } = await ask(w)
    expect(toName).toBe(`${w.b.name}, ${w.b.state}`)
    const [toB1] = await emailsTo(w.b1.email)
    const [toB2] = await emailsTo(w.b2.email)
    expect(toB1?.subject).toBe(`Introduction request from ${w.a.name}, ${w.a.state}`)
    expect(toB1?.text).toContain(MESSAGE)
    expect(toB1?.text).toContain('Ada Asker')
    // The asker's address is never in the request: contacts are shared only on accept.
    expect(toB1?.text).not.toContain(w.asker.email)
    expect(answerTokenIn(toB1!.text)).not.toBe(answerTokenIn(toB2!.text))
    expect(await emailsTo(w.pending.email)).toHaveLength(0)
    // Only hashes are stored.
    const tokens = await db.emailToken.findMany({ where: { introductionId: id } })
    expect(tokens).toHaveLength(2)
    expect(tokens.map((t) => t.tokenHash)).toContain(hashToken(answerTokenIn(toB1!.text)))
    const audit = await db.auditLog.findMany({ where: { entityId: id } })
    expect(audit.map((e) => e.action)).toEqual(['introduction.request'])
  })

  it('refuses a second open request for the same pair, with the date the first closes', async () => {
    const w = await twoMembers()
    await ask(w, { now: new Date('2031-03-01T12:00:00Z') })
    await expect(ask(w)).rejects.toMatchObject({ code: 'CONFLICT', message: /still open.*March 15, 2031/ })
    expect(await db.introduction.count({ where: { fromMunicipalityId: w.a.id } })).toBe(1)
  })

  it('allows five requests a day per official, then says to wait', async () => {
    const a = await memberMunicipality(db)
    const { official } = await confirmedOfficial(db, { municipalityId: a.id })
    const user = { id: official.id, email: official.email, name: official.name, role: 'OFFICIAL' as const }
    // Members through an approved pledge: each request goes to its signatory.
    const member = async () =>
      db.municipality.findUniqueOrThrow({ where: { id: (await approvedPledge(db)).municipalityId } })
    for (let n = 0; n < 5; n += 1) {
      const b = await member()
      await requestIntroduction({ user, input: { to: b.slug, from: a.slug, solution: '', message: MESSAGE } })
    }
    const sixth = await member()
    await expect(
      requestIntroduction({ user, input: { to: sixth.slug, from: a.slug, solution: '', message: MESSAGE } }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED', message: /5 introductions in the last day/ })
  })

  it('asks only for a municipality the caller is a confirmed official of, and not of their own', async () => {
    const w = await twoMembers()
    const user = { id: w.asker.id, email: w.asker.email, name: w.asker.name, role: 'OFFICIAL' as const }
    // From B (not theirs): refused next to the field.
    await expect(
      requestIntroduction({ user, input: { to: w.a.slug, from: w.b.slug, solution: '', message: MESSAGE } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', detail: { field: 'from' } })
    await expect(
      requestIntroduction({ user, input: { to: w.a.slug, from: w.a.slug, solution: '', message: MESSAGE } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: /your own municipality/ })
    expect(await db.introduction.count({ where: { requesterId: w.asker.id } })).toBe(0)
  })

  it('from an implementation only when its municipality is willing to talk about it', async () => {
    const w = await twoMembers()
    const solution = await publishedSolution(db)
    await db.solutionImplementation.create({ data: { solutionId: solution.id, municipalityId: w.b.id } })
    await expect(ask(w, { solution: solution.slug })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await db.solutionImplementation.updateMany({
      where: { solutionId: solution.id },
      data: { willingToTalk: true },
    })
    const { id } = await ask(w, { solution: solution.slug })
    expect((await db.introduction.findUniqueOrThrow({ where: { id } })).solutionId).toBe(solution.id)
    const [mail] = await emailsTo(w.b1.email)
    expect(mail?.text).toContain(solution.title)
  })

  it('through the action: a visitor is refused, staff are forbidden, the form gives errors next to fields', async () => {
    const w = await twoMembers()
    const form = (fields: Record<string, string>) =>
      formOf({ to: w.b.slug, from: w.a.slug, solution: '', message: MESSAGE, ...fields })
    expect(await runAction(requestIntroductionAction(null, form({})))).toBe('UNAUTHENTICATED')
    signInAs(await staffUser(db, 'ADMIN'))
    expect(await runAction(requestIntroductionAction(null, form({})))).toBe('FORBIDDEN')
    signInAs(w.asker)
    const short = (await requestIntroductionAction(null, form({ message: 'Tell me' }))) as IntroductionState
    expect(short.fieldErrors.message).toMatch(/at least 20 characters/)
    expect(short.values.message).toBe('Tell me')
    const sent = (await requestIntroductionAction(null, form({}))) as IntroductionState
    expect(sent.sentTo).toBe(`${w.b.name}, ${w.b.state}`)
    const again = (await requestIntroductionAction(null, form({}))) as IntroductionState
    expect(again.formError).toMatch(/already asked/)
  })
})

describe('answering by the emailed link', () => {
  it('accept: both sides get each other’s name, email address and municipality; the link works once', async () => {
    const w = await twoMembers()
    const { id } = await ask(w)
    const token = answerTokenIn((await emailsTo(w.b1.email))[0]!.text)
    // Opening the page changes nothing.
    const view = await getAnswerView({ token })
    expect(view).toMatchObject({ state: 'valid', requesterName: 'Ada Asker', message: MESSAGE })
    expect(JSON.stringify(view)).not.toContain(w.asker.email)
    expect((await db.introduction.findUniqueOrThrow({ where: { id } })).status).toBe('REQUESTED')

    expect(await answerIntroduction({ token, choice: 'accept' })).toMatchObject({ state: 'accepted' })
    const toAsker = (await emailsTo(w.asker.email)).at(-1)!
    expect(toAsker.subject).toBe(`Introduction: ${w.b.name}, ${w.b.state}`)
    expect(toAsker.text).toContain(`Email: ${w.b1.email}`)
    expect(toAsker.text).toContain(`Municipality: ${w.b.name}, ${w.b.state}`)
    const toB1 = (await emailsTo(w.b1.email)).at(-1)!
    expect(toB1.text).toContain(`Email: ${w.asker.email}`)
    expect(toB1.text).toContain(`Municipality: ${w.a.name}, ${w.a.state}`)
    // The colleague got no contact.
    expect((await emailsTo(w.b2.email)).every((m) => !m.text.includes(w.asker.email))).toBe(true)

    const row = await db.introduction.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ status: 'ACCEPTED', answeredById: w.b1.id, openKey: null })
    // Once: the same link, and the colleague's, are spent.
    expect(await answerIntroduction({ token, choice: 'decline' })).toEqual({ state: 'answered' })
    const colleague = answerTokenIn((await emailsTo(w.b2.email))[0]!.text)
    expect(await answerIntroduction({ token: colleague, choice: 'accept' })).toEqual({ state: 'answered' })
    expect(await getAnswerView({ token })).toEqual({ state: 'answered' })
    const actions = (
      await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' } })
    ).map((e) => e.action)
    expect(actions).toEqual(['introduction.request', 'introduction.accept'])
    // Accepted, the pair may ask again.
    await expect(ask(w)).resolves.toMatchObject({ toName: expect.any(String) })
  })

  it('decline: the asker gets a kind email without reasons or names', async () => {
    const w = await twoMembers()
    const { id } = await ask(w)
    const token = answerTokenIn((await emailsTo(w.b2.email))[0]!.text)
    expect(await answerIntroduction({ token, choice: 'decline' })).toMatchObject({ state: 'declined' })
    const mail = (await emailsTo(w.asker.email)).at(-1)!
    expect(mail.text).toContain('not able to take it up')
    expect(mail.text).not.toContain(w.b2.email)
    expect(mail.text).not.toContain('Bea Colleague')
    expect((await db.introduction.findUniqueOrThrow({ where: { id } })).status).toBe('DECLINED')
  })

  it('an official of place A cannot answer for place B: a link held by someone not B’s official answers nothing', async () => {
    const w = await twoMembers()
    const { id } = await ask(w)
    // A token for this introduction issued to the asker (official of A), as a leaked or forged row would be.
    const forged = createToken()
    await db.emailToken.create({
      data: {
        tokenHash: hashToken(forged),
        purpose: 'ANSWER_INTRODUCTION',
        introductionId: id,
        userId: w.asker.id,
        expiresAt: new Date(Date.now() + DAY),
      },
    })
    expect(await getAnswerView({ token: forged })).toEqual({ state: 'invalid' })
    expect(await answerIntroduction({ token: forged, choice: 'accept' })).toEqual({ state: 'invalid' })
    // B's official who has since left B cannot answer either.
    const token = answerTokenIn((await emailsTo(w.b1.email))[0]!.text)
    await db.municipalityOfficial.delete({
      where: { userId_municipalityId: { userId: w.b1.id, municipalityId: w.b.id } },
    })
    expect(await answerIntroduction({ token, choice: 'accept' })).toEqual({ state: 'invalid' })
    expect((await db.introduction.findUniqueOrThrow({ where: { id } })).status).toBe('REQUESTED')
    // A malformed or unknown token is not valid.
    expect(await answerIntroduction({ token: 'x'.repeat(43), choice: 'accept' })).toEqual({
      state: 'invalid',
    })
  })

  it('through the button (no session needed): goes to the page that says what it came to', async () => {
    const w = await twoMembers()
    await ask(w)
    const token = answerTokenIn((await emailsTo(w.b1.email))[0]!.text)
    expect(await runAction(answerIntroductionAction(formOf({ token, choice: 'accept' })))).toBe(
      'redirect:/introductions/answered?state=accepted',
    )
    expect(await runAction(answerIntroductionAction(formOf({ token, choice: 'accept' })))).toBe(
      'redirect:/introductions/answered?state=answered',
    )
    expect(await runAction(answerIntroductionAction(formOf({ token, choice: 'maybe' })))).toBe(
      'redirect:/introductions/answered?state=invalid',
    )
  })
})

describe('requests unanswered for 14 days', () => {
  it('close kindly, once: a rerun closes and emails nothing more; the links stop working', async () => {
    await truncateAll()
    const w = await twoMembers()
    const asked = new Date('2031-05-01T09:00:00Z')
    const { id } = await ask(w, { now: asked })
    const token = answerTokenIn((await emailsTo(w.b1.email))[0]!.text)
    const before = (await emailsTo(w.asker.email)).length
    // Thirteen days later nothing closes.
    expect((await expireIntroductions({ now: new Date(asked.getTime() + 13 * DAY) })).expired).toBe(0)
    const later = new Date(asked.getTime() + 14 * DAY)
    const first = await expireIntroductions({ now: later })
    expect(first).toEqual({ expired: 1, failed: 0 })
    expect((await db.introduction.findUniqueOrThrow({ where: { id } })).status).toBe('EXPIRED')
    const second = await expireIntroductions({ now: later })
    expect(second).toEqual({ expired: 0, failed: 0 })
    const mails = await emailsTo(w.asker.email)
    expect(mails).toHaveLength(before + 1)
    expect(mails.at(-1)?.text).toContain('not answered within 14 days')
    expect(await answerIntroduction({ token, choice: 'accept', now: later })).toEqual({ state: 'expired' })
    expect(await getAnswerView({ token, now: later })).toEqual({ state: 'expired' })
    const actions = (await db.auditLog.findMany({ where: { entityId: id } })).map((e) => e.action)
    expect(actions).toContain('introduction.expire')
    expect(actions.filter((a) => a === 'introduction.expire')).toHaveLength(1)
  })

  it('two runs at once close each request once', async () => {
    await truncateAll()
    const w = await twoMembers()
    const asked = new Date('2031-06-01T09:00:00Z')
    const { id } = await ask(w, { now: asked })
    const later = new Date(asked.getTime() + 15 * DAY)
    const [x, y] = await Promise.all([
      expireIntroductions({ now: later }),
      expireIntroductions({ now: later }),
    ])
    expect((await db.introduction.findUniqueOrThrow({ where: { id } })).status).toBe('EXPIRED')
    const closings = await db.auditLog.count({ where: { entityId: id, action: 'introduction.expire' } })
    expect(closings).toBe(1)
    expect(x.expired + y.expired).toBe(1)
  })
})

describe('willing to talk', () => {
  it('an official marks their own implementation; another municipality’s official cannot; the page changes', async () => {
    const w = await twoMembers()
    const solution = await publishedSolution(db)
    await db.solutionImplementation.create({ data: { solutionId: solution.id, municipalityId: w.b.id } })
    const form = (slug: string) => formOf({ slug, solution: solution.slug, willing: 'yes' })
    // An official of A, naming B: B is not theirs (not found), nothing changes.
    signInAs(w.asker)
    await expect(setWillingToTalkAction(form(w.b.slug))).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    })
    expect(
      await db.solutionImplementation.count({ where: { solutionId: solution.id, willingToTalk: true } }),
    ).toBe(0)
    // Naming their own A, which did not implement it: not found either.
    await expect(setWillingToTalkAction(form(w.a.slug))).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    })
    signInAs(w.b1)
    expect(await runAction(setWillingToTalkAction(form(w.b.slug)))).toBe(
      `redirect:/portal/${w.b.slug}/solutions?saved=willing`,
    )
    expect(expiredTags).toContain(`solution:${solution.slug}`)
    const page = await getPublishedSolution({ slug: solution.slug })
    expect(page?.implementations.find((i) => i.slug === w.b.slug)?.willingToTalk).toBe(true)
    const audit = await db.auditLog.findFirst({
      where: { action: 'solution-implementation.willing-to-talk' },
    })
    expect(audit?.actorId).toBe(w.b1.id)
  })
})

describe('the staff summary', () => {
  it('counts introductions by status and lists the latest without contacts', async () => {
    await truncateAll()
    const w = await twoMembers()
    await ask(w)
    await expect(summarizeIntroductions()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    signInAs(w.asker)
    await expect(summarizeIntroductions()).rejects.toMatchObject({ code: 'FORBIDDEN' })
    signInAs(await staffUser(db, 'MODERATOR'))
    const s = await summarizeIntroductions()
    expect(s.counts).toEqual({ requested: 1, accepted: 0, declined: 0, expired: 0 })
    expect(s.recent[0]).toMatchObject({ from: `${w.a.name}, ${w.a.state}`, to: `${w.b.name}, ${w.b.state}` })
    expect(JSON.stringify(s)).not.toContain('@')
  })
})
