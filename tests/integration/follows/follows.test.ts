// Following a place by email (issue 18, decision 0023): double opt-in by a single-use link, the same answer
// whether or not the address follows already, events recorded with each change, one digest per follower per day
// (idempotent), RFC 8058 one-click unsubscribe, and the manage page's secret link.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { formOf, runAction } from '../../helpers/server-actions'
import {
  approvedPledge,
  memberMunicipality,
  pendingReviewPledge,
  staffUser,
  submittedReport,
} from '../../fixtures/factories'
import {
  followPlaceAction,
  confirmFollowAction,
  unfollowPlaceAction,
  unfollowAllAction,
} from '@/app/follows/actions'
import { POST as oneClick } from '@/app/follows/unsubscribe/[token]/one-click/route'
import { requestFollow } from '@/server/follows/request-follow'
import { getFollowConfirmView } from '@/server/follows/get-follow-confirm-view'
import { getFollowManageView } from '@/server/follows/get-follow-manage-view'
import { sendFollowDigests } from '@/server/follows/send-follow-digests'
import { recordFollowEvent } from '@/server/follows/record-follow-event'
import { recordComplianceEvents } from '@/server/follows/record-compliance-events'
import { unsubscribeHeaders } from '@/server/follows/follow-emails'
import { approvePledge } from '@/server/pledges/approve-pledge'
import { reviewReport } from '@/server/reports/review-report'
import { withdrawPledge } from '@/server/pledges/withdraw-pledge'
import { issuePledgeToken } from '@/server/pledges/issue-pledge-token'
import { signInAs } from '../../helpers/session'
import { confirmedOfficial } from '../../fixtures/factories'
import { createTarget } from '../targets/save-target'

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'next-action': 'x', 'x-forwarded-for': '203.0.113.18' }),
}))

const DAY = 24 * 60 * 60 * 1000

beforeAll(truncateAll)
afterAll(truncateAll)

const emailsTo = (to: string) =>
  db.outboxMessage.findMany({ where: { to }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })

function linkIn(text: string, kind: 'confirm' | 'manage' | 'unsubscribe'): string {
  const m = new RegExp(`/follows/${kind}/([A-Za-z0-9_-]{43})`).exec(text)
  if (!m?.[1]) throw new Error(`no ${kind} link in the email`)
  return m[1]
}

let n = 0
const address = () => `resident-${++n}-${Date.now()}@example.net`

/** An address that follows `slug`, confirmed through its emailed link; returns the address. */
async function confirmedFollower(slug: string, email = address()) {
  await requestFollow({ slug, email })
  const mails = await emailsTo(email)
  const token = linkIn(mails[mails.length - 1]!.text, 'confirm')
  expect(await runAction(confirmFollowAction(formOf({ token })))).toBe(
    `redirect:/follows/confirmed?place=${slug}`,
  )
  return email
}

const follow = (slug: string, email: string, extra: Record<string, string> = {}) =>
  runAction(followPlaceAction(null, formOf({ place: slug, email, ...extra })))

describe('following a place', () => {
  it('answers "check your inbox" alike for a new, a pending and a following address; only the emails differ', async () => {
    const place = await memberMunicipality(db)
    const email = address()
    const first = await follow(place.slug, email)
    expect(first).toEqual({ values: { email }, fieldErrors: {}, sent: true })
    const [confirmMail] = await emailsTo(email)
    expect(confirmMail?.subject).toBe(`Confirm you want to follow ${place.name}`)
    // Pending: asked again, the same answer and a fresh confirm link.
    expect(await follow(place.slug, email)).toEqual(first)
    const token = linkIn((await emailsTo(email))[1]!.text, 'confirm')
    await runAction(confirmFollowAction(formOf({ token })))
    // Following: the same answer, and an email that says so.
    expect(await follow(place.slug, email.toUpperCase())).toEqual({
      values: { email: email.toUpperCase() },
      fieldErrors: {},
      sent: true,
    })
    const mails = await emailsTo(email)
    expect(mails.map((m) => m.subject)).toEqual([
      `Confirm you want to follow ${place.name}`,
      `Confirm you want to follow ${place.name}`,
      `You already follow ${place.name}`,
    ])
    expect(mails[2]!.text).toMatch(/\/follows\/manage\/[A-Za-z0-9_-]{43}/)
    expect(mails[2]!.text).toMatch(/\/follows\/unsubscribe\/[A-Za-z0-9_-]{43}/)
    expect(await db.follower.count({ where: { email } })).toBe(1)
  })

  it('refuses a bad address next to the field, drops a bot’s request, and 404s a place that is not a member', async () => {
    const place = await memberMunicipality(db)
    const bad = await follow(place.slug, 'not-an-address')
    expect(bad).toMatchObject({ fieldErrors: { email: expect.stringContaining('correct format') } })
    const bot = address()
    expect(await follow(place.slug, bot, { website: 'http://spam.example' })).toMatchObject({ sent: true })
    expect(await db.follower.count({ where: { email: bot } })).toBe(0)
    expect(await emailsTo(bot)).toHaveLength(0)
    await expect(follow('no-such-place', address())).rejects.toThrow('NEXT_HTTP_ERROR_FALLBACK;404')
  })

  it('confirms only by the button: opening the link spends nothing, the link works once', async () => {
    const place = await memberMunicipality(db)
    const email = address()
    await requestFollow({ slug: place.slug, email })
    const token = linkIn((await emailsTo(email))[0]!.text, 'confirm')
    expect(await getFollowConfirmView({ token })).toEqual({
      state: 'valid',
      place: { name: place.name, slug: place.slug },
    })
    expect(await getFollowConfirmView({ token })).toMatchObject({ state: 'valid' })
    expect(await db.follow.findFirst({ where: { follower: { email } } })).toMatchObject({ confirmedAt: null })
    expect(await runAction(confirmFollowAction(formOf({ token })))).toBe(
      `redirect:/follows/confirmed?place=${place.slug}`,
    )
    expect(await runAction(confirmFollowAction(formOf({ token })))).toBe(
      'redirect:/follows/confirmed?state=used',
    )
    expect(await getFollowConfirmView({ token })).toEqual({ state: 'used' })
    expect(await runAction(confirmFollowAction(formOf({ token: 'x'.repeat(43) })))).toBe(
      'redirect:/follows/confirmed?state=invalid',
    )
    // Only the hash is stored.
    expect(await db.emailToken.count({ where: { tokenHash: token } })).toBe(0)
  })

  it('keeps the address and what it follows, and nothing else', async () => {
    const columns = (model: string) =>
      Object.keys(
        (db as unknown as Record<string, { fields: Record<string, unknown> }>)[model]!.fields,
      ).sort()
    expect(columns('follower')).toEqual(['createdAt', 'email', 'id'])
    expect(columns('follow')).toEqual(['confirmedAt', 'createdAt', 'followerId', 'id', 'municipalityId'])
  })
})

describe('the daily digest', () => {
  it('batches every event of every followed place into one email a day; a rerun sends nothing twice', async () => {
    const [a, b] = [await memberMunicipality(db), await memberMunicipality(db)]
    const moderator = await staffUser(db, 'MODERATOR')
    const email = await confirmedFollower(a.slug)
    await confirmedFollower(b.slug, email)
    const other = await confirmedFollower(b.slug)
    // Real changes record their events: a pledge approved at A, a report verified at B.
    const pledge = await pendingReviewPledge(db, { municipalityId: a.id })
    await approvePledge({ pledgeId: pledge.id, reviewer: moderator })
    const report = await submittedReport(db, { municipalityId: b.id })
    await reviewReport({ reportId: report.id, reviewer: moderator, decision: { verdict: 'verify' } })

    const now = new Date()
    const first = await sendFollowDigests({ now })
    expect(first.sent).toBe(2)
    const digests = (await emailsTo(email)).filter((m) => m.subject.startsWith('News from'))
    expect(digests).toHaveLength(1)
    expect(digests[0]!.subject).toMatch(/^News from 2 places you follow/)
    expect(digests[0]!.text).toContain(`${a.name} signed the Compact of Mayors pledge.`)
    expect(digests[0]!.text).toContain(`${b.name} had its ${report.accountingYear} progress report verified.`)
    const otherDigest = (await emailsTo(other)).filter((m) => m.subject.startsWith('News from'))
    expect(otherDigest).toHaveLength(1)
    expect(otherDigest[0]!.text).not.toContain(a.name)

    // The same day again: nothing new is sent, and a new event waits for tomorrow.
    expect(await sendFollowDigests({ now })).toMatchObject({ sent: 0 })
    await db.$transaction((tx) =>
      recordFollowEvent(tx, {
        municipalityId: a.id,
        kind: 'TARGET_SET',
        summary: 'set a target',
        happenedAt: new Date(),
      }),
    )
    expect(await sendFollowDigests({ now: new Date(now.getTime() + 60_000) })).toMatchObject({
      sent: 0,
      skippedAlreadySent: 1,
    })
    const tomorrow = new Date(now.getTime() + DAY)
    expect(await sendFollowDigests({ now: tomorrow })).toMatchObject({ sent: 1 })
    expect(await sendFollowDigests({ now: tomorrow })).toMatchObject({ sent: 0, skippedAlreadySent: 0 })
    const all = (await emailsTo(email)).filter((m) => m.subject.startsWith('News from'))
    expect(all).toHaveLength(2)
    expect(all[1]!.subject).toMatch(new RegExp(`^News from ${a.name}`))
    expect(all[1]!.text).toContain(`${a.name} set a target.`)
    expect(all[1]!.text).not.toContain('pledge')
  })

  it('hears of a target set by an official and of a signed pledge withdrawn, each recorded with its change', async () => {
    const pledge = await approvedPledge(db)
    const place = await db.municipality.findUniqueOrThrow({ where: { id: pledge.municipalityId } })
    const email = await confirmedFollower(place.slug)
    const { official } = await confirmedOfficial(db, { municipalityId: place.id })
    signInAs(official)
    const saved = await createTarget({
      slug: place.slug,
      values: {
        type: 'FIXED_LEVEL',
        sectorsCovered: ['STATIONARY_ENERGY'],
        gasesCovered: ['CO2'],
        targetYear: '2050',
        netZero: 'on',
      },
    })
    expect(saved).toMatchObject({ ok: true })
    signInAs(null)
    const token = await issuePledgeToken(db, { pledgeId: pledge.id, purpose: 'WITHDRAW_PLEDGE' })
    expect(await withdrawPledge({ token })).toMatchObject({ state: 'withdrawn' })
    expect(
      (
        await db.followEvent.findMany({
          // The place's overdue stages are recorded too (after the target's compliance refresh), but they
          // happened before this address followed: its digest leaves them out (asserted below).
          where: { municipalityId: place.id, kind: { in: ['TARGET_SET', 'PLEDGE_WITHDRAWN'] } },
          orderBy: { happenedAt: 'asc' },
        })
      ).map((e) => [e.kind, e.summary]),
    ).toEqual([
      ['TARGET_SET', 'set a target: net zero by 2050'],
      ['PLEDGE_WITHDRAWN', 'withdrew its Compact of Mayors pledge'],
    ])
    await sendFollowDigests({ now: new Date(Date.now() + 3 * DAY) })
    const digest = (await emailsTo(email)).find((m) => m.subject.startsWith('News from'))
    expect(digest?.text).toContain(`${place.name} set a target: net zero by 2050.`)
    expect(digest?.text).toContain(`${place.name} withdrew its Compact of Mayors pledge.`)
    expect(digest?.text).not.toContain('overdue')
  })

  it('tells a follower only of what happened after they followed, and nothing to a pending address', async () => {
    const place = await memberMunicipality(db)
    await db.$transaction((tx) =>
      recordFollowEvent(tx, {
        municipalityId: place.id,
        kind: 'TARGET_SET',
        summary: 'set a target',
        happenedAt: new Date(),
      }),
    )
    const late = await confirmedFollower(place.slug)
    const pending = address()
    await requestFollow({ slug: place.slug, email: pending })
    await db.$transaction((tx) =>
      recordFollowEvent(tx, {
        municipalityId: place.id,
        kind: 'PLEDGE_WITHDRAWN',
        summary: 'withdrew its RC4A pledge',
        happenedAt: new Date(),
      }),
    )
    await sendFollowDigests({ now: new Date(Date.now() + 2 * DAY) })
    const mails = (await emailsTo(late)).filter((m) => m.subject.startsWith('News from'))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain('withdrew its RC4A pledge')
    expect(mails[0]!.text).not.toContain('set a target')
    expect((await emailsTo(pending)).filter((m) => m.subject.startsWith('News from'))).toHaveLength(0)
  })

  it('records an overdue stage once, however often the compliance engine runs', async () => {
    const place = await memberMunicipality(db)
    await approvedPledge(db, { municipalityId: place.id, decidedAt: new Date(Date.now() - 400 * DAY) })
    await db.follower.create({
      data: {
        email: address(),
        follows: { create: { municipalityId: place.id, confirmedAt: new Date(Date.now() - 399 * DAY) } },
      },
    })
    expect(await recordComplianceEvents({ municipalityIds: [place.id] })).toBeGreaterThan(0)
    expect(await recordComplianceEvents({ municipalityIds: [place.id] })).toBe(0)
    const events = await db.followEvent.findMany({ where: { municipalityId: place.id } })
    expect(events.map((e) => e.kind)).toContain('STAGE_OVERDUE')
    expect(events.find((e) => e.kind === 'STAGE_OVERDUE')?.summary).toMatch(/is overdue on the .+ stage/)
    expect(await db.followNotice.count({ where: { event: { municipalityId: place.id } } })).toBe(
      events.length,
    )
  })
})

describe('unsubscribing and managing follows', () => {
  const post = (token: string, body: Record<string, string> | null) =>
    oneClick(
      new Request(`http://localhost/follows/unsubscribe/${token}/one-click`, {
        method: 'POST',
        ...(body ? { body: new URLSearchParams(body) } : {}),
      }),
      { params: Promise.resolve({ token }) },
    )

  it('puts RFC 8058 headers on every follow email', async () => {
    expect(
      unsubscribeHeaders({ unsubscribeUrl: 'https://x.example/follows/unsubscribe/t', manageUrl: 'm' }),
    ).toEqual({
      'List-Unsubscribe': '<https://x.example/follows/unsubscribe/t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
  })

  it('unsubscribes with one POST, no confirmation, and forgets the address; a second POST answers the same', async () => {
    const place = await memberMunicipality(db)
    const email = await confirmedFollower(place.slug)
    const token = linkIn((await emailsTo(email))[0]!.text, 'unsubscribe')
    expect((await post(token, null)).status).toBe(400)
    expect(await db.follower.count({ where: { email } })).toBe(1)
    const res = await post(token, { 'List-Unsubscribe': 'One-Click' })
    expect(res.status).toBe(200)
    expect(await db.follower.count({ where: { email } })).toBe(0)
    expect(await db.follow.count({ where: { municipalityId: place.id } })).toBe(0)
    expect((await post(token, { 'List-Unsubscribe': 'One-Click' })).status).toBe(200)
    // The page's button goes on to a page.
    const viaPage = await post(token, { 'List-Unsubscribe': 'One-Click', via: 'page' })
    expect(viaPage.status).toBe(303)
    expect(viaPage.headers.get('location')).toBe('/follows/unsubscribed')
  })

  it('lists every place of the link’s address alone, unfollows one at a time, and forgets the address after the last', async () => {
    const [a, b] = [await memberMunicipality(db), await memberMunicipality(db)]
    const email = await confirmedFollower(a.slug)
    await requestFollow({ slug: b.slug, email })
    const stranger = await confirmedFollower(b.slug)
    const token = linkIn((await emailsTo(email))[0]!.text, 'manage')
    const view = await getFollowManageView({ token })
    if (view.state !== 'valid') throw new Error('manage link not valid')
    expect(view.email).toBe(email)
    expect(view.follows.map((f) => [f.slug, f.confirmed]).sort()).toEqual(
      [
        [a.slug, true],
        [b.slug, false],
      ].sort(),
    )
    // Another address's follow cannot be removed with this link.
    const strangers = await db.follow.findFirstOrThrow({ where: { follower: { email: stranger } } })
    expect(await runAction(unfollowPlaceAction(formOf({ token, follow: strangers.id })))).toBe(
      'redirect:/follows/unsubscribed',
    )
    expect(await db.follow.count({ where: { id: strangers.id } })).toBe(1)
    const [first, second] = view.follows
    expect(await runAction(unfollowPlaceAction(formOf({ token, follow: first!.id })))).toBe(
      `redirect:/follows/manage/${token}?unfollowed=1`,
    )
    expect(await runAction(unfollowPlaceAction(formOf({ token, follow: second!.id })))).toBe(
      'redirect:/follows/unsubscribed',
    )
    expect(await db.follower.count({ where: { email } })).toBe(0)
    expect(await getFollowManageView({ token })).toEqual({ state: 'invalid' })
    // "Unfollow every place" from the stranger's own link.
    const theirs = linkIn((await emailsTo(stranger))[0]!.text, 'manage')
    expect(await runAction(unfollowAllAction(formOf({ token: theirs })))).toBe(
      'redirect:/follows/unsubscribed',
    )
    expect(await db.follower.count({ where: { email: stranger } })).toBe(0)
  })

  it('forgets follows never confirmed and their addresses after the link’s week', async () => {
    const place = await memberMunicipality(db)
    const email = address()
    await requestFollow({ slug: place.slug, email })
    const summary = await sendFollowDigests({ now: new Date(Date.now() + 9 * DAY) })
    expect(summary.removed.pendingFollows).toBeGreaterThanOrEqual(1)
    expect(await db.follower.count({ where: { email } })).toBe(0)
  })
})
