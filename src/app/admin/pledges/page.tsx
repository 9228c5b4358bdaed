import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/ui/pagination'
import { StatusNote } from '@/components/ui/status-note'
import { formatNumber } from '@/lib/format'
import { reviewQueuePageSchema, type ReviewQueuePage } from '@/schemas/moderation'
import { parseSearchParams, type SearchParams } from '@/schemas/search-params'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listPledgesForReview } from '@/server/pledges/list-pledges-for-review'
import { listPledgeCampaigns } from '@/server/pledges/list-pledge-campaigns'
import { AccessDenied } from '../access-denied'
import { approveSelectedAction } from './actions'
import { BULK_FORM_ID, PledgeCard } from './pledge-card'

export const metadata: Metadata = { title: 'Pledges to review' }

type Props = { searchParams: Promise<SearchParams> }

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`

// What the last action did, carried in the query string so the banner shows without JavaScript.
function bannerText({ approved, failed = 0, rejected, problem }: ReviewQueuePage): string | null {
  if (approved !== undefined) {
    const done = `${plural(approved, 'pledge', 'pledges')} approved. The public pages show ${approved === 1 ? 'it' : 'them'} now, and each signatory has been emailed.`
    return failed > 0
      ? `${done} ${plural(failed, 'pledge was', 'pledges were')} not approved: another moderator had already reviewed ${failed === 1 ? 'it' : 'them'}.`
      : done
  }
  if (rejected === '1') return 'The pledge was rejected and the signatory has been emailed.'
  if (problem === 'none-selected') return 'No pledges were selected. Tick the pledges to approve first.'
  if (problem === 'changed') return 'That pledge has already been reviewed by someone else.'
  if (problem === 'missing') return 'That pledge could not be found.'
  return null
}

export default async function PledgeQueuePage({ searchParams }: Props) {
  if (!(await requirePagePermission('pledge.review', '/admin/pledges'))) return <AccessDenied staff />
  const query = parseSearchParams(reviewQueuePageSchema, await searchParams)
  const filter = { campaign: query.campaign, page: query.page }
  const [{ total, page, pageCount, pledges }, campaigns] = await Promise.all([
    listPledgesForReview(filter),
    listPledgeCampaigns(),
  ])
  const banner = bannerText(query)
  return (
    <div>
      <h1 className="text-3xl">Pledges to review</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <p className="mt-4 max-w-3xl">
        Pledges whose signatories have confirmed their email address, oldest first. Approving makes the
        municipality a member and shows it on the public pages at once.
      </p>
      <form method="get" action="/admin/pledges" className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="campaign" className="font-semibold">
            Campaign
          </label>
          <select
            id="campaign"
            name="campaign"
            defaultValue={filter.campaign ?? ''}
            className="mt-1 block rounded border-2 border-ink px-3 py-2"
          >
            <option value="">All campaigns</option>
            {campaigns.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800"
        >
          Show pledges
        </button>
        {filter.campaign && (
          <Link href="/admin/pledges" className="py-2.5">
            Show all campaigns
          </Link>
        )}
      </form>
      <p className="mt-6" data-testid="queue-count">
        {plural(total, 'pledge', 'pledges')} awaiting review.
      </p>
      <div className="mt-4 space-y-6">
        {pledges.map((p) => (
          <PledgeCard key={p.id} pledge={p} campaign={filter.campaign} />
        ))}
      </div>
      {pledges.length > 0 && (
        <form id={BULK_FORM_ID} action={approveSelectedAction} className="mt-6">
          {filter.campaign && <input type="hidden" name="campaign" value={filter.campaign} />}
          <p className="mb-2 text-muted">
            Each ticked pledge is approved separately, and its signatory emailed.
          </p>
          <button
            type="submit"
            className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Approve selected
          </button>
        </form>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        basePath="/admin/pledges"
        params={{ campaign: filter.campaign }}
        label="Pledge queue pages"
      />
    </div>
  )
}
