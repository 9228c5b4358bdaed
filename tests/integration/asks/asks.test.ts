// Residents ask their council to join (issue 18, decision 0024): signing by the emailed single-use link, one
// signature per address (a unique constraint; a repeat answers the same), comment moderation, the threshold
// letters to staff once each even when confirmations race, and the signers told once when the place signs.
// Run on SQLite and on PostgreSQL (TEST_DB=postgres).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, truncateAll } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { formOf, runAction } from '../../helpers/server-actions'
import {
  approvedPledge,
  campaign,
  confirmedOfficial,
  pendingReviewPledge,
  referencePlace,
  staffUser,
} from '../../fixtures/factories'
import { signAsk } from '@/server/asks/sign-ask'
import { confirmAsk } from '@/server/asks/confirm-ask'
import { getAskConfirmView } from '@/server/asks/get-ask-confirm-view'
import { getPlaceAsk } from '@/server/asks/get-place-ask'
import { listTopAsks } from '@/server/asks/list-top-asks'
import { checkAskThresholds } from '@/server/asks/check-ask-thresholds'
import { listAskCommentsToModerate } from '@/server/asks/list-ask-comments-to-moderate'
import { notifyAskSigners } from '@/server/asks/notify-ask-signers'
import { listPortalAsks } from '@/server/asks/list-portal-asks'
import { findAskPlaces } from '@/server/asks/find-ask-places'
import { approvePledge } from '@/server/pledges/approve-pledge'
import { isUniqueViolation } from '@/server/errors'
import { signAskAction, confirmAskAction } from '@/app/asks/actions'
import { moderateAskCommentAction } from '@/app/admin/asks/actions'

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'next-action': 'x', 'x-forwarded-for': '203.0.113.9' }),
}))

beforeAll(truncateAll)
afterAll(truncateAll)
beforeEach(() => {
  resetExpiredTags()
  signInAs(null)
})

const emailsTo = (to: string) =>
  db.outboxMessage.findMany({ where: { to }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })

function confirmTokenIn(text: string): string {
  const m = /\/asks\/confirm\/([A-Za-z0-9_-]{43})/.exec(text)
  if (!m?.[1]) throw new Error('no confirmation link in the email')
  return m[1]
}

const resident = (n: string, comment = '') => ({
  name: `Resident ${n}`,
  email: `resident-${n}@example.org`,
  comment,
})

async function askTarget() {
  const place = await referencePlace(db, { name: `Askville ${Math.random().toString(36).slice(2, 8)}` })
  const c = await campaign(db, 'rc4a')
  return { place, campaignId: c.id, placeSlug: place.slug, campaignSlug: c.slug }
}

/** Signatures already confirmed, written directly (to reach a threshold without 25 emails). */
async function confirmedSignatures(t: { place: { id: string }; campaignId: string }, n: number, tag: string) {
  await db.askSignature.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      municipalityId: t.place.id,
      campaignId: t.campaignId,
      name: `Earlier ${tag} ${i}`,
      email: `earlier-${tag}-${i}@example.org`,
      status: 'CONFIRMED' as const,
      confirmedAt: new Date(),
    })),
  })
}

async function signAndGetToken(
  t: { placeSlug: string; campaignSlug: string },
  who: ReturnType<typeof resident>,
) {
  await signAsk({ placeSlug: t.placeSlug, campaignSlug: t.campaignSlug, input: who })
  const mails = await emailsTo(who.email)
  return confirmTokenIn(mails[mails.length - 1]!.text)
}

describe('signing an ask', () => {
  it('counts a signature only once its emailed link is confirmed with the button; opening the link changes nothing', async () => {
    const t = await askTarget()
    const state = await runAction(
      signAskAction(null, formOf({ place: t.placeSlug, campaign: t.campaignSlug, ...resident('a1') })),
    )
    expect(state).toMatchObject({ sent: true, fieldErrors: {} })
    const [mail] = await emailsTo('resident-a1@example.org')
    expect(mail?.subject).toBe(`Confirm your signature: Ask ${t.place.name}, CO to join RC4A`)
    const token = confirmTokenIn(mail!.text)
    expect((await getPlaceAsk(t.placeSlug, t.campaignSlug))?.count).toBe(0)
    // A mail scanner opening the link: the view reads it, nothing is spent or counted.
    expect(await getAskConfirmView({ token })).toMatchObject({ state: 'valid' })
    expect(await getAskConfirmView({ token })).toMatchObject({ state: 'valid' })
    expect((await getPlaceAsk(t.placeSlug, t.campaignSlug))?.count).toBe(0)

    expect(await runAction(confirmAskAction(formOf({ token })))).toBe(
      `redirect:/asks/confirmed?place=${t.placeSlug}&campaign=rc4a`,
    )
    expect(expiredTags).toEqual([`ask:${t.placeSlug}`, 'asks'])
    expect((await getPlaceAsk(t.placeSlug, t.campaignSlug))?.count).toBe(1)
    // The link works once.
    expect(await runAction(confirmAskAction(formOf({ token })))).toBe('redirect:/asks/confirmed?state=used')
    expect(await getAskConfirmView({ token })).toEqual({ state: 'used' })
    expect((await getPlaceAsk(t.placeSlug, t.campaignSlug))?.count).toBe(1)
    const top = await listTopAsks()
    expect(top.top).toContainEqual(expect.objectContaining({ placeSlug: t.placeSlug, count: 1 }))
    expect(top.byState).toContainEqual(expect.objectContaining({ state: 'CO' }))
  })

  it('one signature per address: a repeat (any case) answers the same, changes nothing, and only emails the owner', async () => {
    const t = await askTarget()
    const form = (email: string, name: string) =>
      formOf({ place: t.placeSlug, campaign: t.campaignSlug, name, email, comment: 'Mine' })
    const first = await runAction(signAskAction(null, form('same@example.org', 'First Person')))
    const repeat = await runAction(signAskAction(null, form(' SAME@Example.org ', 'Someone Else')))
    expect((repeat as { sent?: boolean }).sent).toBe((first as { sent?: boolean }).sent)
    const rows = await db.askSignature.findMany({ where: { municipalityId: t.place.id } })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ name: 'First Person', email: 'same@example.org' })
    // Still waiting: a fresh link, addressed with the name given first.
    const mails = await emailsTo('same@example.org')
    expect(mails).toHaveLength(2)
    expect(mails[1]!.text).toContain('Dear First Person,')
    await confirmAsk({ token: confirmTokenIn(mails[1]!.text) })
    await runAction(signAskAction(null, form('same@example.org', 'Third Try')))
    const after = await emailsTo('same@example.org')
    expect(after[2]?.subject).toMatch(/^You have already signed: /)
    expect(after[2]?.text).not.toMatch(/\/asks\/confirm\//)
    // The database holds the rule whatever the code does.
    const dup = await db.askSignature
      .create({
        data: { municipalityId: t.place.id, campaignId: t.campaignId, name: 'X', email: 'same@example.org' },
      })
      .catch((e: unknown) => e)
    expect(isUniqueViolation(dup)).toBe(true)
  })

  it('two first attempts with one address at once leave one signature', async () => {
    const t = await askTarget()
    await Promise.all(
      [1, 2, 3].map(() =>
        signAsk({ placeSlug: t.placeSlug, campaignSlug: t.campaignSlug, input: resident('race') }),
      ),
    )
    expect(await db.askSignature.count({ where: { municipalityId: t.place.id } })).toBe(1)
  })

  it('a bot filling the hidden field gets the same answer and nothing is saved; bad input is answered by field', async () => {
    const t = await askTarget()
    const bot = await runAction(
      signAskAction(
        null,
        formOf({ place: t.placeSlug, campaign: t.campaignSlug, ...resident('bot'), website: 'http://spam' }),
      ),
    )
    expect(bot).toMatchObject({ sent: true })
    expect(await db.askSignature.count({ where: { municipalityId: t.place.id } })).toBe(0)
    expect(await emailsTo('resident-bot@example.org')).toHaveLength(0)
    const bad = await runAction(
      signAskAction(
        null,
        formOf({
          place: t.placeSlug,
          campaign: t.campaignSlug,
          name: '',
          email: 'nope',
          comment: 'x'.repeat(1001),
        }),
      ),
    )
    expect(bad).toMatchObject({
      fieldErrors: {
        name: 'Enter your name',
        email: 'Enter an email address in the correct format, like name@example.com',
        comment: 'Your comment must be 1,000 characters or fewer',
      },
    })
  })

  it('a place that has signed the campaign takes no signature; the search offers only the campaigns it has not', async () => {
    const t = await askTarget()
    await approvedPledge(db, { municipalityId: t.place.id, campaign: 'rc4a' })
    const state = await runAction(
      signAskAction(null, formOf({ place: t.placeSlug, campaign: t.campaignSlug, ...resident('late') })),
    )
    expect(state).toMatchObject({ formError: `${t.place.name} has already signed RC4A.` })
    expect((await getPlaceAsk(t.placeSlug, t.campaignSlug))?.signedAt).not.toBeNull()
    const [found] = await findAskPlaces({ q: t.place.name })
    expect(found).toMatchObject({ slug: t.placeSlug, signedCampaigns: ['rc4a'] })
  })
})

describe('threshold letters to staff', () => {
  it('at 25 confirmed, each moderator and admin is emailed the letter once, though four confirmations race', async () => {
    const moderator = await staffUser(db, 'MODERATOR')
    const editor = await staffUser(db, 'EDITOR')
    const t = await askTarget()
    await confirmedSignatures(t, 23, 't25')
    await db.askSignature.updateMany({
      where: { email: 'earlier-t25-0@example.org' },
      data: { comment: 'We flood every spring.', commentStatus: 'APPROVED' },
    })
    const tokens = []
    for (const n of ['r1', 'r2', 'r3', 'r4']) tokens.push(await signAndGetToken(t, resident(n)))
    const results = await Promise.all(tokens.map((token) => confirmAsk({ token })))
    expect(results.every((r) => r.state === 'confirmed')).toBe(true)
    expect((await getPlaceAsk(t.placeSlug, t.campaignSlug))?.count).toBe(27)

    const letters = await emailsTo(moderator.email)
    expect(letters.map((m) => m.subject)).toEqual([`25 residents ask ${t.place.name}, CO to join RC4A`])
    expect(letters[0]!.text).toContain(`To the Mayor and Council of ${t.place.name}, CO,`)
    expect(letters[0]!.text).toContain('"We flood every spring." (Earlier t25 0)')
    expect(await emailsTo(editor.email)).toHaveLength(0)
    expect(await db.askThresholdLog.count({ where: { municipalityId: t.place.id } })).toBe(1)
    // Checking again, many times at once, sends nothing more.
    await Promise.all(
      Array.from({ length: 8 }, () =>
        checkAskThresholds({ municipalityId: t.place.id, campaignId: t.campaignId }),
      ),
    )
    expect(await emailsTo(moderator.email)).toHaveLength(1)
  })

  it('at 100, one more letter: concurrent checks at the threshold claim it once', async () => {
    const moderator = await staffUser(db, 'MODERATOR')
    const t = await askTarget()
    await confirmedSignatures(t, 100, 't100')
    const sent = await Promise.all(
      Array.from({ length: 10 }, () =>
        checkAskThresholds({ municipalityId: t.place.id, campaignId: t.campaignId }),
      ),
    )
    expect(sent.flat().sort((a, b) => a - b)).toEqual([25, 100])
    const subjects = (await emailsTo(moderator.email)).map((m) => m.subject).sort()
    expect(subjects).toEqual([
      `100 residents ask ${t.place.name}, CO to join RC4A`,
      `25 residents ask ${t.place.name}, CO to join RC4A`,
    ])
  })
})

describe('comment moderation', () => {
  it('a confirmed signature’s comment waits for a moderator, shows once approved (audited); a rejected one never does', async () => {
    const t = await askTarget()
    await confirmAsk({ token: await signAndGetToken(t, resident('c1', 'Our summers get hotter.')) })
    await confirmAsk({ token: await signAndGetToken(t, resident('c2', 'Buy cheap watches!')) })
    // Unconfirmed: not in the queue.
    await signAsk({
      placeSlug: t.placeSlug,
      campaignSlug: t.campaignSlug,
      input: resident('c3', 'Unconfirmed'),
    })
    expect((await getPlaceAsk(t.placeSlug, t.campaignSlug))?.comments).toEqual([])

    signInAs(await staffUser(db, 'EDITOR'))
    await expect(listAskCommentsToModerate()).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const moderator = signInAs(await staffUser(db, 'MODERATOR'))
    const queue = (await listAskCommentsToModerate()).rows.filter((r) => r.municipality.slug === t.placeSlug)
    expect(queue.map((r) => r.comment)).toEqual(['Our summers get hotter.', 'Buy cheap watches!'])

    resetExpiredTags()
    expect(
      await runAction(moderateAskCommentAction(formOf({ signatureId: queue[0]!.id, decision: 'approve' }))),
    ).toBe('redirect:/admin/asks?done=approve')
    expect(expiredTags).toEqual([`ask:${t.placeSlug}`, 'asks'])
    expect(
      await runAction(moderateAskCommentAction(formOf({ signatureId: queue[1]!.id, decision: 'reject' }))),
    ).toBe('redirect:/admin/asks?done=reject')
    // A second decision on the same comment changes nothing.
    expect(
      await runAction(moderateAskCommentAction(formOf({ signatureId: queue[0]!.id, decision: 'reject' }))),
    ).toBe('redirect:/admin/asks?problem=handled')

    const ask = await getPlaceAsk(t.placeSlug, t.campaignSlug)
    expect(ask?.comments.map((c) => [c.name, c.comment])).toEqual([
      ['Resident c1', 'Our summers get hotter.'],
    ])
    expect(ask?.count).toBe(2)
    const audit = await db.auditLog.findMany({ where: { entityId: { in: [queue[0]!.id, queue[1]!.id] } } })
    expect(audit.map((a) => [a.action, a.actorId]).sort()).toEqual([
      ['ask-comment.approve', moderator.id],
      ['ask-comment.reject', moderator.id],
    ])
  })
})

describe('when the place signs', () => {
  it('every confirmed signer is told once (approval, then a re-run and two runs at once send nothing more); the portal shows the asks', async () => {
    const t = await askTarget()
    await confirmAsk({ token: await signAndGetToken(t, resident('s1', 'Join, please.')) })
    await confirmAsk({ token: await signAndGetToken(t, resident('s2')) })
    await signAsk({ placeSlug: t.placeSlug, campaignSlug: t.campaignSlug, input: resident('s3') })
    await db.askSignature.updateMany({
      where: { municipalityId: t.place.id, commentStatus: 'PENDING' },
      data: { commentStatus: 'APPROVED' },
    })
    const pledge = await pendingReviewPledge(db, { municipalityId: t.place.id, campaign: 'rc4a' })
    const reviewer = await staffUser(db, 'MODERATOR')
    resetExpiredTags()
    await approvePledge({ pledgeId: pledge.id, reviewer })
    expect(expiredTags).toContain(`ask:${t.placeSlug}`)

    const told = async (n: string) =>
      (await emailsTo(`resident-${n}@example.org`)).filter((m) => m.subject.endsWith('has signed RC4A'))
    expect(await told('s1')).toHaveLength(1)
    expect((await told('s1'))[0]!.subject).toBe(`${t.place.name} has signed RC4A`)
    expect(await told('s2')).toHaveLength(1)
    expect(await told('s3')).toHaveLength(0)
    const again = await Promise.all([
      notifyAskSigners({ municipalityId: t.place.id, campaignId: t.campaignId }),
      notifyAskSigners({ municipalityId: t.place.id, campaignId: t.campaignId }),
    ])
    expect(again).toEqual([0, 0])
    expect(await told('s1')).toHaveLength(1)
    expect((await getPlaceAsk(t.placeSlug, t.campaignSlug))?.signedAt).not.toBeNull()

    // The place's officials (the signatory, linked on approval, and colleagues) see the asks in the portal.
    const { official } = await confirmedOfficial(db, { municipalityId: t.place.id })
    signInAs(official)
    expect(await listPortalAsks({ slug: t.placeSlug })).toEqual([
      {
        campaignSlug: 'rc4a',
        campaignShortName: 'RC4A',
        count: 2,
        comments: [expect.objectContaining({ name: 'Resident s1', comment: 'Join, please.' })],
      },
    ])
  })
})
