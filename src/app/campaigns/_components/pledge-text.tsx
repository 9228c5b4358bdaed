import { Markdown } from '@/components/ui/markdown'
import { formatDate } from '@/lib/format'
import type { CampaignDetail } from '@/server/campaigns/get-campaign'

type PledgeTextProps = { text: NonNullable<CampaignDetail['pledgeText']> }

/** The pledge as signatories sign it now: its version, preamble and numbered commitments. */
export function PledgeText({ text }: PledgeTextProps) {
  return (
    <section aria-labelledby="pledge-text" className="mt-10 rounded border border-gray-300 p-5">
      <h2 id="pledge-text" className="text-2xl">
        The pledge
      </h2>
      <p className="mt-1 text-sm text-muted" data-testid="pledge-version">
        Version {text.version}, published{' '}
        <time dateTime={text.publishedAt}>{formatDate(new Date(text.publishedAt))}</time>
      </p>
      <h3 className="mt-4 text-xl">{text.title}</h3>
      <Markdown source={text.preamble} className="mt-2" />
      {text.commitments.length > 0 && (
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {text.commitments.map((c) => (
            <li key={c.position}>{c.text}</li>
          ))}
        </ol>
      )}
    </section>
  )
}
