// Experts on call (issue 16): officials ask for help in the portal, staff assign, answer (by email too) and
// close; every change audited; the 3-working-day flag; the per-official rate limit.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { confirmedOfficial, memberMunicipality, staffUser } from '../../fixtures/factories'
import { AppError } from '@/server/errors'
import { askForHelpAction, replyAsMemberAction } from '@/app/portal/[slug]/help/actions'
import { askForHelp } from '@/server/assistance/ask-for-help'
import { replyAsMember } from '@/server/assistance/reply-as-member'
import { assignRequest } from '@/server/assistance/assign-request'
import { answerRequest } from '@/server/assistance/answer-request'
import { closeRequest } from '@/server/assistance/close-request'
import { listAssistanceQueue } from '@/server/assistance/list-assistance-queue'
import { getAssistanceRequest } from '@/server/assistance/get-assistance-request'
import { getMemberRequest } from '@/server/assistance/get-member-request'
import { listMemberRequests } from '@/server/assistance/list-member-requests'
import { getDashboardSummary } from '@/server/admin/get-dashboard-summary'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}

/** What a call came to: a redirect's address, a form state, or an error's code. */
async function outcome(p: Promise<unknown>): Promise<unknown> {
  try {
    return { state: await p }
  } catch (e) {
    if (e instanceof AppError) return e.code
    const digest = String((e as { digest?: string }).digest)
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return 'NOT_FOUND'
    if (digest.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] }
    throw e
  }
}

async function officialOfNewMember() {
  const place = await memberMunicipality(db)
  const { official } = await confirmedOfficial(db, { municipalityId: place.id })
  return { place, official }
}

async function ask(
  official: { id: string },
  slug: string,
  o: { now?: Date; question?: string } = {},
): Promise<string> {
  signInAs(official)
  const municipality = await findPortalMunicipality({ slug })
  const { id } = await askForHelp({
    municipality,
    input: { topic: 'INVENTORY', question: o.question ?? 'Which sectors must we cover?', contact: 'EMAIL' },
    now: o.now,
  })
  return id
}

describe('asking for help in the portal', () => {
  it('an official of the municipality asks: a NEW request with the question on its thread, audited', async () => {
    const { place, official } = await officialOfNewMember()
    signInAs(official)
    const answer = await outcome(
      askForHelpAction(
        null,
        form({
          slug: place.slug,
          topic: 'FUNDING',
          question: 'Grants for a heat plan?',
          contact: 'VIDEO_CALL',
        }),
      ),
    )
    const request = await db.assistanceRequest.findFirstOrThrow({
      where: { municipalityId: place.id },
      include: { messages: true },
    })
    expect(answer).toEqual({ redirect: `/portal/${place.slug}/help/${request.id}?asked=1` })
    expect(request).toMatchObject({
      status: 'NEW',
      topic: 'FUNDING',
      contact: 'VIDEO_CALL',
      requesterId: official.id,
      assigneeId: null,
    })
    expect(request.messages).toEqual([
      expect.objectContaining({ fromStaff: false, authorId: official.id, body: 'Grants for a heat plan?' }),
    ])
    expect(await db.auditLog.findMany({ where: { entityId: request.id } })).toEqual([
      expect.objectContaining({ action: 'assistance.ask', actorId: official.id }),
    ])
    const { requests } = await listMemberRequests({ slug: place.slug })
    expect(requests.map((r) => [r.id, r.status])).toEqual([[request.id, 'NEW']])
  })

  it('answers bad input next to the fields, with what was typed', async () => {
    const { place, official } = await officialOfNewMember()
    signInAs(official)
    const typed = { topic: 'ASTROLOGY', question: '   ', contact: 'FAX' }
    expect(await outcome(askForHelpAction(null, form({ slug: place.slug, ...typed })))).toEqual({
      state: {
        values: typed,
        fieldErrors: {
          topic: 'Select what you need help with',
          question: 'Enter your question',
          contact: 'Select how you would like us to contact you',
        },
      },
    })
    expect(await db.assistanceRequest.count({ where: { municipalityId: place.id } })).toBe(0)
  })

  it('refuses another municipality’s official, an unconfirmed official, the anonymous and a moderator', async () => {
    const { place } = await officialOfNewMember()
    const elsewhere = await officialOfNewMember()
    const unconfirmed = await staffUser(db, 'OFFICIAL')
    await db.municipalityOfficial.create({
      data: { userId: unconfirmed.id, municipalityId: place.id, confirmed: false },
    })
    const moderator = await staffUser(db, 'MODERATOR')
    const fields = { slug: place.slug, topic: 'TARGET', question: 'Help?', contact: 'EMAIL' }
    const results: Record<string, unknown> = {}
    for (const [who, user] of Object.entries({
      other: elsewhere.official,
      unconfirmed,
      anonymous: null,
      moderator,
    })) {
      signInAs(user)
      results[who] = await outcome(askForHelpAction(null, form(fields)))
    }
    expect(results).toEqual({
      other: 'NOT_FOUND',
      unconfirmed: 'NOT_FOUND',
      anonymous: 'UNAUTHENTICATED',
      moderator: 'FORBIDDEN',
    })
    expect(await db.assistanceRequest.count({ where: { municipalityId: place.id } })).toBe(0)
  })

  it('an official cannot read or reply to another municipality’s request through their own', async () => {
    const a = await officialOfNewMember()
    const b = await officialOfNewMember()
    const id = await ask(a.official, a.place.slug)
    signInAs(b.official)
    expect(await outcome(getMemberRequest({ slug: b.place.slug, requestId: id }))).toBe('NOT_FOUND')
    expect(
      await outcome(replyAsMemberAction(null, form({ slug: b.place.slug, requestId: id, body: 'Sneaky' }))),
    ).toBe('NOT_FOUND')
    expect(await db.assistanceMessage.count({ where: { requestId: id } })).toBe(1)
  })

  it('limits each official to 5 new requests an hour, with a message on the form', async () => {
    const { place, official } = await officialOfNewMember()
    signInAs(official)
    const fields = { slug: place.slug, topic: 'OTHER', question: 'One more question', contact: 'EMAIL' }
    for (let i = 0; i < 5; i++)
      expect(await outcome(askForHelpAction(null, form(fields)))).toMatchObject({
        redirect: expect.any(String),
      })
    expect(await outcome(askForHelpAction(null, form(fields)))).toEqual({
      state: {
        values: { topic: 'OTHER', question: 'One more question', contact: 'EMAIL' },
        fieldErrors: {},
        formError: expect.stringMatching(/asked for help 5 times in the last hour/),
      },
    })
    expect(await db.assistanceRequest.count({ where: { municipalityId: place.id } })).toBe(5)
    // A colleague has their own allowance.
    const colleague = await confirmedOfficial(db, { municipalityId: place.id })
    signInAs(colleague.official)
    expect(await outcome(askForHelpAction(null, form(fields)))).toMatchObject({
      redirect: expect.any(String),
    })
  })
})

describe('staff answering', () => {
  it('assign, answer (emailed to the official, kept on the thread), member reply, close: each audited', async () => {
    const { place, official } = await officialOfNewMember()
    const id = await ask(official, place.slug)
    const editor = await signInAs('EDITOR')
    const moderator = await staffUser(db, 'MODERATOR')

    await assignRequest({ requestId: id, assigneeId: editor.id, staff: editor })
    expect(await db.assistanceRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'ASSIGNED',
      assigneeId: editor.id,
    })
    await assignRequest({ requestId: id, assigneeId: moderator.id, staff: editor })
    expect((await getAssistanceRequest({ requestId: id })).request).toMatchObject({
      status: 'ASSIGNED',
      assigneeId: moderator.id,
      requester: { email: official.email },
    })

    await answerRequest({
      requestId: id,
      body: 'Stationary energy and transportation, at least.',
      staff: editor,
    })
    const answered = await db.assistanceRequest.findUniqueOrThrow({ where: { id } })
    expect(answered).toMatchObject({ status: 'WAITING_ON_MEMBER', awaitingStaffSince: null })
    expect(answered.firstAnsweredAt).toBeInstanceOf(Date)
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: official.email } })
    expect(mail.subject).toBe('Your request for help: an answer from our staff')
    expect(mail.text).toContain('Stationary energy and transportation, at least.')
    expect(mail.text).toContain(`/portal/${place.slug}/help/${id}`)

    signInAs(official)
    const thread = await getMemberRequest({ slug: place.slug, requestId: id })
    expect(thread.request.status).toBe('WAITING_ON_MEMBER')
    expect(thread.messages.map((m) => [m.fromStaff, m.body])).toEqual([
      [false, 'Which sectors must we cover?'],
      [true, 'Stationary energy and transportation, at least.'],
    ])
    // Staff are named on the thread without their address.
    expect(JSON.stringify(thread)).not.toContain(editor.email)

    const municipality = await findPortalMunicipality({ slug: place.slug })
    await replyAsMember({ municipality, requestId: id, body: 'And waste?' })
    const replied = await db.assistanceRequest.findUniqueOrThrow({ where: { id } })
    expect(replied.status).toBe('ASSIGNED')
    expect(replied.awaitingStaffSince).toBeInstanceOf(Date)

    await closeRequest({ requestId: id, staff: moderator })
    expect(await db.assistanceRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'CLOSED',
      awaitingStaffSince: null,
      closedAt: expect.any(Date),
    })
    await expect(replyAsMember({ municipality, requestId: id, body: 'One more' })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await expect(answerRequest({ requestId: id, body: 'Late', staff: editor })).rejects.toMatchObject({
      code: 'CONFLICT',
    })

    const audit = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' } })
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['assistance.ask', official.id],
      ['assistance.assign', editor.id],
      ['assistance.assign', editor.id],
      ['assistance.answer', editor.id],
      ['assistance.member-reply', official.id],
      ['assistance.close', moderator.id],
    ])
    expect(JSON.parse(audit[3]!.after!)).toMatchObject({ status: 'WAITING_ON_MEMBER', emailed: true })
  })

  it('answering an unassigned request assigns it to whoever answered', async () => {
    const { place, official } = await officialOfNewMember()
    const id = await ask(official, place.slug)
    const moderator = await signInAs('MODERATOR')
    await answerRequest({ requestId: id, body: 'Happy to help.', staff: moderator })
    expect(await db.assistanceRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'WAITING_ON_MEMBER',
      assigneeId: moderator.id,
    })
  })

  it('refuses to assign to someone who does not answer requests, and refuses officials and deactivated staff', async () => {
    const { place, official } = await officialOfNewMember()
    const id = await ask(official, place.slug)
    const editor = await signInAs('EDITOR')
    await expect(
      assignRequest({ requestId: id, assigneeId: official.id, staff: editor }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      detail: { field: 'assigneeId' },
    })
    await expect(
      assignRequest({ requestId: id, assigneeId: official.id, staff: official }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const gone = await staffUser(db, 'EDITOR', { active: false })
    await expect(answerRequest({ requestId: id, body: 'Hi', staff: gone })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    expect(await db.assistanceRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'NEW' })
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(1)
  })
})

describe('the 3-working-day flag', () => {
  it('flags a request unanswered past 3 working days, weekends not counted; the dashboard counts it', async () => {
    const { place, official } = await officialOfNewMember()
    // Friday 2026-12-04, 15:00 UTC: due Wednesday 2026-12-09, 15:00.
    const friday = new Date('2026-12-04T15:00:00Z')
    const id = await ask(official, place.slug, { now: friday })
    const moderator = await signInAs('MODERATOR')
    const row = async (now: string) =>
      (await listAssistanceQueue({ now: new Date(now) })).find((r) => r.id === id)
    expect(await row('2026-12-07T15:00:00Z')).toMatchObject({ overdue: false, ageDays: 3 }) // Monday
    expect(await row('2026-12-09T14:59:00Z')).toMatchObject({
      overdue: false,
      dueBy: '2026-12-09T15:00:00.000Z',
    })
    expect(await row('2026-12-09T15:01:00Z')).toMatchObject({ overdue: true })

    const before = await getDashboardSummary({ now: new Date('2026-12-09T14:59:00Z') })
    const after = await getDashboardSummary({ now: new Date('2026-12-09T15:01:00Z') })
    expect(after.assistance.flagged - before.assistance.flagged).toBe(1)
    expect(after.assistance.byAge.reduce((n, b) => n + b.count, 0)).toBe(after.assistance.open)

    // Answered on Thursday: no longer flagged. The member replies on Saturday: due the next Wednesday's end.
    await answerRequest({
      requestId: id,
      body: 'Here you go.',
      staff: moderator,
      now: new Date('2026-12-10T09:00:00Z'),
    })
    expect(await row('2026-12-10T10:00:00Z')).toMatchObject({ overdue: false, dueBy: null })
    signInAs(official)
    const municipality = await findPortalMunicipality({ slug: place.slug })
    await replyAsMember({
      municipality,
      requestId: id,
      body: 'Thanks, one more thing',
      now: new Date('2026-12-12T11:00:00Z'),
    })
    signInAs(moderator)
    expect(await row('2026-12-16T23:59:00Z')).toMatchObject({
      overdue: false,
      dueBy: '2026-12-17T00:00:00.000Z',
    })
    expect(await row('2026-12-17T00:00:01Z')).toMatchObject({ overdue: true })
  })

  it('the queue lists the oldest first, open ones by default, and filters by status', async () => {
    const { place, official } = await officialOfNewMember()
    const older = await ask(official, place.slug, { now: new Date('2020-01-06T09:00:00Z') })
    const newer = await ask(official, place.slug, { now: new Date('2020-01-07T09:00:00Z') })
    const editor = await signInAs('EDITOR')
    await closeRequest({ requestId: newer, staff: editor })
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).filter((i) => i === older || i === newer)
    expect(ids(await listAssistanceQueue())).toEqual([older])
    expect(ids(await listAssistanceQueue({ filter: 'CLOSED' }))).toEqual([newer])
    expect(ids(await listAssistanceQueue({ filter: 'all' }))).toEqual([older, newer])
  })
})
