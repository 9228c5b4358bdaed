import type { Prisma } from '@/server/generated/sqlite/client'
import type { Random } from '@/lib/random'
import type { SeededCampaign } from '../campaigns'
import { addDays, chunk, demoId, BULK } from '../util'
import type { DemoContext, Place, Signatory } from './context'
import { FIRST_NAMES, LAST_NAMES, REJECTION_NOTES, SIGNATORY_TITLES } from './names'
import { buildPledge, type PledgeInput, type RejectionReason } from './rows'

// More signatories in the campaigns' early years, then a steady stream.
const YEAR_WEIGHTS: [number, number][] = [
  [2015, 14],
  [2016, 12],
  [2017, 11],
  [2018, 9],
  [2019, 9],
  [2020, 7],
  [2021, 8],
  [2022, 8],
  [2023, 7],
  [2024, 7],
  [2025, 6],
  [2026, 5],
]
const MANDATES = [
  ['LETTER', 5],
  ['COUNCIL_RESOLUTION', 4],
  ['EXECUTIVE_ORDER', 2],
] as const

function commitmentDate(rng: Random, now: Date): Date {
  const year = rng.weighted(YEAR_WEIGHTS)
  const date = new Date(Date.UTC(year, 0, 1) + rng.int(0, 364) * 86_400_000)
  const latest = addDays(now, -10)
  return date > latest ? addDays(latest, -rng.int(0, 200)) : date
}

export function person(rng: Random, place: Pick<Place, 'slug'>) {
  const first = rng.pick(FIRST_NAMES)
  const last = rng.pick(LAST_NAMES)
  const email = `${first}.${last}.${place.slug}@example.gov`.toLowerCase()
  return { name: `${first} ${last}`, title: rng.weighted(SIGNATORY_TITLES), email }
}

/** The pledge text a signatory saw: the newest version published by the day they signed. */
function textFor(campaign: SeededCampaign, signedAt: Date): string {
  const live = campaign.texts.filter((t) => t.publishedAt <= signedAt)
  return (live[live.length - 1] ?? campaign.texts[0]!).id
}

type Draft = Omit<PledgeInput, 'id' | 'pledgeTextId' | 'isDemo'> & { campaign: SeededCampaign }
type Who = { name: string; title: string; email: string }

const sign = (who: Who) => ({ signatoryName: who.name, signatoryTitle: who.title, email: who.email })
const on = (campaign: SeededCampaign, place: Place) => ({
  campaign,
  campaignId: campaign.id,
  municipalityId: place.id,
})

/** Every member joins RC4A, the Compact or both, with an approved pledge each. */
function approvedMembers(ctx: DemoContext, members: Place[], drafts: Draft[]): Signatory[] {
  const { rng } = ctx
  const approve = (place: Place, campaign: SeededCampaign, who: Who) => {
    const decidedAt = commitmentDate(rng, ctx.now)
    const signedAt = addDays(decidedAt, -rng.int(3, 60))
    const mandateType = rng.weighted(MANDATES)
    const reviewedById = rng.pick(ctx.reviewerIds)
    drafts.push({
      ...on(campaign, place),
      ...sign(who),
      status: 'APPROVED',
      signedAt,
      decidedAt,
      reviewedById,
      mandateType,
    })
    return decidedAt
  }
  return members.map((place) => {
    const who = person(rng, place)
    const joins = rng.weighted([
      ['both', 40],
      ['rc4a', 28],
      ['compact', 32],
    ] as const)
    const s: Signatory = { place, ...who }
    if (joins !== 'compact') s.rc4aSince = approve(place, ctx.rc4a, who)
    if (joins !== 'rc4a') s.compactSince = approve(place, ctx.compact, who)
    return s
  })
}

/** Some members withdrew from a campaign and re-joined later; others were rejected once at first. */
function earlierAttempts(ctx: DemoContext, signatories: Signatory[], drafts: Draft[]) {
  const { rng } = ctx
  for (const s of rng.sample(signatories, 25)) {
    const campaign = s.rc4aSince ? ctx.rc4a : ctx.compact
    const signedAt = addDays((s.rc4aSince ?? s.compactSince)!, -rng.int(400, 900))
    if (signedAt.getUTCFullYear() < 2015) continue
    const base = {
      ...on(campaign, s.place),
      ...sign(person(rng, s.place)),
      signedAt,
      reviewedById: rng.pick(ctx.reviewerIds),
    }
    const decidedAt = addDays(signedAt, rng.int(5, 30))
    if (rng.chance(0.5))
      drafts.push({
        ...base,
        decidedAt,
        status: 'WITHDRAWN',
        withdrawnAt: addDays(signedAt, rng.int(120, 360)),
      })
    else
      drafts.push({
        ...base,
        decidedAt,
        status: 'REJECTED',
        rejectionReason: 'INCOMPLETE_MANDATE',
        reviewNotes: REJECTION_NOTES.INCOMPLETE_MANDATE,
      })
  }
}

/** Places that are not members: pledges awaiting email or review, rejected ones and withdrawn ones. */
function nonMembers(ctx: DemoContext, others: Place[], drafts: Draft[]) {
  const { rng, now } = ctx
  rng.sample(others, 80).forEach((place, i) => {
    const base = { ...on(i % 2 ? ctx.rc4a : ctx.compact, place), ...sign(person(rng, place)) }
    const reviewedById = rng.pick(ctx.reviewerIds)
    if (i < 30) drafts.push({ ...base, status: 'PENDING_REVIEW', signedAt: addDays(now, -rng.int(1, 40)) })
    else if (i < 45) drafts.push({ ...base, status: 'PENDING_EMAIL', signedAt: addDays(now, -rng.int(0, 6)) })
    else if (i < 70) {
      const reason = rng.pick(Object.keys(REJECTION_NOTES)) as RejectionReason
      const signedAt = addDays(now, -rng.int(20, 2500))
      const decidedAt = addDays(signedAt, rng.int(2, 20))
      drafts.push({
        ...base,
        status: 'REJECTED',
        signedAt,
        decidedAt,
        reviewedById,
        rejectionReason: reason,
        reviewNotes: REJECTION_NOTES[reason],
      })
    } else {
      const signedAt = addDays(now, -rng.int(900, 3000))
      const withdrawnAt = addDays(signedAt, rng.int(200, 800))
      drafts.push({
        ...base,
        status: 'WITHDRAWN',
        signedAt,
        decidedAt: addDays(signedAt, 10),
        reviewedById,
        withdrawnAt,
      })
    }
  })
}

/** Approved pledges for every member plus every other state a pledge can be in. */
export function generatePledges(ctx: DemoContext, members: Place[], others: Place[]) {
  const drafts: Draft[] = []
  const signatories = approvedMembers(ctx, members, drafts)
  earlierAttempts(ctx, signatories, drafts)
  nonMembers(ctx, others, drafts)
  // Members applying to the campaign they have not joined yet, awaiting review.
  for (const s of ctx.rng.sample(
    signatories.filter((x) => !x.rc4aSince || !x.compactSince),
    15,
  )) {
    const signedAt = addDays(ctx.now, -ctx.rng.int(1, 30))
    drafts.push({
      ...on(s.rc4aSince ? ctx.compact : ctx.rc4a, s.place),
      ...sign(s),
      status: 'PENDING_REVIEW',
      signedAt,
    })
  }
  const rows = drafts.map(({ campaign, ...d }, n) =>
    buildPledge({ ...d, id: demoId('p', n), pledgeTextId: textFor(campaign, d.signedAt), isDemo: true }),
  )
  return { rows, signatories }
}

export async function insertPledges(ctx: DemoContext, rows: Prisma.PledgeCreateManyInput[]) {
  await ctx.db.$transaction(
    chunk(rows, 400).map((data) => ctx.db.pledge.createMany({ data })),
    BULK,
  )
  ctx.log(`demo: ${rows.length} pledges`)
}

/** Marks the members: memberSince is the earliest approved commitment date. */
export async function markMembers(ctx: DemoContext, signatories: Signatory[]) {
  const updates = signatories.map((s) => {
    const dates = [s.rc4aSince, s.compactSince].filter((d): d is Date => !!d)
    const memberSince = new Date(Math.min(...dates.map((d) => d.getTime())))
    return ctx.db.municipality.update({
      where: { id: s.place.id },
      data: { isMember: true, isDemo: true, memberSince, website: `https://example.gov/${s.place.slug}` },
    })
  })
  await ctx.db.$transaction(updates, BULK)
  ctx.log(`demo: ${signatories.length} members`)
}
