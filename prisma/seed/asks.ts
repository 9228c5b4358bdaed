import type { Db } from '@/server/db'
import type { Log } from './util'

// Demonstration asks (issue 18): residents of four places that have not joined asking them to, one past the
// first threshold. The largest non-member place without a pledge in each state below, so they are found by
// the place search like any other. Written for this project; the residents are fictional (example.org).
const DAY = 24 * 60 * 60 * 1000

type SeedAsk = { state: string; campaign: 'rc4a' | 'compact-of-mayors'; signatures: number }

const ASKS: SeedAsk[] = [
  { state: 'OR', campaign: 'rc4a', signatures: 31 },
  { state: 'NC', campaign: 'compact-of-mayors', signatures: 12 },
  { state: 'WI', campaign: 'rc4a', signatures: 7 },
  { state: 'NM', campaign: 'compact-of-mayors', signatures: 4 },
]

const FIRST = ['Avery', 'Jordan', 'Sam', 'Riley', 'Morgan', 'Casey', 'Jamie', 'Quinn', 'Robin', 'Drew', 'Kai']
const LAST = ['Nguyen', 'Garcia', 'Okafor', 'Larsen', 'Haddad', 'Kim', 'Silva', 'Novak', 'Begay', 'Moreau']

// Comments: the approved ones show on the pages; the last is left for a moderator to read (the demo queue).
const COMMENTS: { text: string; status: 'APPROVED' | 'PENDING' }[] = [
  {
    text: 'The river came over Main Street twice in five years. We need a plan before the next time.',
    status: 'APPROVED',
  },
  {
    text: 'Other towns our size have joined and got help with their first inventory. Why not us?',
    status: 'APPROVED',
  },
  {
    text: 'Our summers get hotter every year; the cooling centers closed at 5 pm last July.',
    status: 'APPROVED',
  },
  { text: 'Please put the council’s vote on the agenda this spring.', status: 'PENDING' },
]

export async function seedAsks({ db, log, now }: { db: Db; log: Log; now: Date }) {
  if ((await db.askSignature.count()) > 0) return log('asks: already seeded')
  const campaigns = new Map(
    (await db.campaign.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  )
  let signatures = 0
  for (const [a, ask] of ASKS.entries()) {
    const campaignId = campaigns.get(ask.campaign)
    const place = await db.municipality.findFirst({
      where: { state: ask.state, isMember: false, pledges: { none: {} } },
      orderBy: [{ population: 'desc' }, { name: 'asc' }],
      select: { id: true },
    })
    if (!campaignId || !place) continue
    await db.askSignature.createMany({
      data: Array.from({ length: ask.signatures }, (_, i) => {
        const name = `${FIRST[(i + a) % FIRST.length]} ${LAST[(i * 3 + a) % LAST.length]}`
        const comment = i < COMMENTS.length && ask.signatures > 10 ? COMMENTS[i] : undefined
        const confirmedAt = new Date(now.getTime() - (ask.signatures - i) * DAY)
        return {
          municipalityId: place.id,
          campaignId,
          name,
          email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${a}.${i}@example.org`,
          status: 'CONFIRMED' as const,
          confirmedAt,
          createdAt: confirmedAt,
          comment: comment?.text ?? null,
          commentStatus: comment?.status ?? null,
          commentReviewedAt: comment?.status === 'APPROVED' ? confirmedAt : null,
        }
      }),
    })
    // The letter for the thresholds already passed was sent (the demo sends none on start).
    for (const threshold of [25, 100].filter((t) => t <= ask.signatures))
      await db.askThresholdLog.create({
        data: { municipalityId: place.id, campaignId, threshold, count: ask.signatures },
      })
    signatures += ask.signatures
  }
  log(`asks: ${ASKS.length} places asked to join, ${signatures} confirmed signatures`)
}
