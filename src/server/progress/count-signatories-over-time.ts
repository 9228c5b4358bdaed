import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type GrowthSeries = {
  key: string // 'members' or a campaign's slug
  label: string
  /** For table headers: "Members", or the campaign's short name. */
  shortLabel: string
  /** Current members (or signatories) without a date: counted in the total, in no year. */
  undated: number
  total: number
}

export type GrowthPeriod = {
  period: string // YYYY or YYYY-MM
  /** Per series key: joined in this period, and the running total at its end. */
  added: Record<string, number>
  cumulative: Record<string, number>
}

export type SignatoriesOverTime = {
  series: GrowthSeries[]
  years: GrowthPeriod[]
  /** The last twelve months, ending with the current one. */
  months: GrowthPeriod[]
}

type Dated = { key: string; date: Date | null }

function periods(keys: string[], dated: Dated[], labels: string[], periodOf: (d: Date) => string) {
  const added = new Map(labels.map((p) => [p, Object.fromEntries(keys.map((k) => [k, 0]))]))
  const before = Object.fromEntries(keys.map((k) => [k, 0]))
  const first = labels[0] ?? ''
  for (const { key, date } of dated) {
    if (!date) continue
    const p = periodOf(date)
    const row = added.get(p)
    if (row) row[key] = (row[key] ?? 0) + 1
    else if (p < first) before[key] = (before[key] ?? 0) + 1
  }
  const running = { ...before }
  return labels.map((period) => {
    const row = added.get(period) ?? {}
    for (const k of keys) running[k] = (running[k] ?? 0) + (row[k] ?? 0)
    return { period, added: row, cumulative: { ...running } }
  })
}

const yearOf = (d: Date) => String(d.getUTCFullYear())
const monthOf = (d: Date) => d.toISOString().slice(0, 7)

async function load(nowIso: string): Promise<SignatoriesOverTime> {
  const now = new Date(nowIso)
  const [campaigns, members, pledges] = await Promise.all([
    db.campaign.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { id: true, slug: true, name: true, shortName: true },
    }),
    db.municipality.findMany({ where: { isMember: true }, select: { memberSince: true } }),
    db.pledge.findMany({ where: { status: 'APPROVED' }, select: { campaignId: true, commitmentDate: true } }),
  ])
  const slugOf = new Map(campaigns.map((c) => [c.id, c.slug]))
  const dated: Dated[] = [
    ...members.map((m) => ({ key: 'members', date: m.memberSince })),
    ...pledges.map((p) => ({ key: slugOf.get(p.campaignId) ?? '', date: p.commitmentDate })),
  ]
  const series: GrowthSeries[] = [
    { key: 'members', label: 'Member municipalities', shortLabel: 'Members' },
    ...campaigns.map((c) => ({ key: c.slug, label: `${c.name} signatories`, shortLabel: c.shortName })),
  ].map((s) => {
    const own = dated.filter((d) => d.key === s.key)
    return { ...s, total: own.length, undated: own.filter((d) => !d.date).length }
  })
  const keys = series.map((s) => s.key)
  // A loop, not Math.min(...years): a spread of 100,000 arguments overflows the call stack.
  let firstYear = now.getUTCFullYear()
  for (const d of dated)
    if (d.date && d.date.getUTCFullYear() < firstYear) firstYear = d.date.getUTCFullYear()
  const yearLabels: string[] = []
  for (let y = firstYear; y <= now.getUTCFullYear(); y++) yearLabels.push(String(y))
  const monthLabels: string[] = []
  for (let i = 11; i >= 0; i--)
    monthLabels.push(monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1))))
  return {
    series,
    years: periods(keys, dated, yearLabels, yearOf),
    months: periods(keys, dated, monthLabels, monthOf),
  }
}

/**
 * Current members (by the date they became members) and current signatories of each campaign (by their
 * approved commitment date), per year and for the last twelve months, with running totals. Withdrawn pledges
 * and former members are not counted: the series are today's network, by when each joined.
 */
export function countSignatoriesOverTime({
  now = new Date(),
}: { now?: Date } = {}): Promise<SignatoriesOverTime> {
  // Keyed by the month: the last twelve months move on with the calendar, not only with the data.
  const month = monthOf(now)
  return unstable_cache(() => load(now.toISOString()), ['signatories-over-time', 'v2', month], {
    tags: [tags.network, tags.members, tags.campaigns],
    revalidate: 3600,
  })()
}
