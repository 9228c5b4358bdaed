import { DataTable } from '@/components/ui/data-table'
import { formatNumber } from '@/lib/format'
import type { CampaignPledgeTexts, PledgeTextVersion } from '@/server/content/list-pledge-texts'
import { formatDateTimeUtc } from '../date-time'

const STATES = { current: 'Current', earlier: 'Earlier version', draft: 'Draft, not published' }

/** A campaign's pledge text versions, newest first, with how many pledges signed each. */
export function VersionsTable({ campaign }: { campaign: CampaignPledgeTexts }) {
  return (
    <DataTable<PledgeTextVersion>
      className="mt-4"
      caption={`Versions of the ${campaign.name} pledge text`}
      rows={campaign.versions}
      rowKey={(v) => v.id}
      empty="No versions yet."
      columns={[
        { header: 'Version', rowHeader: true, cell: (v) => `Version ${v.version}` },
        { header: 'Title', cell: (v) => v.title },
        { header: 'State', cell: (v) => STATES[v.state] },
        { header: 'Published (UTC)', cell: (v) => (v.publishedAt ? formatDateTimeUtc(v.publishedAt) : '—') },
        { header: 'Pledges signed', numeric: true, cell: (v) => formatNumber(v.pledges) },
      ]}
    />
  )
}
