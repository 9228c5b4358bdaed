import { OUTAGE_PARAGRAPHS, OUTAGE_TITLE } from '@/lib/outage'

/** What the error pages say when the database did not answer (decision 0012). No data, no hooks. */
export function OutageNotice() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">{OUTAGE_TITLE}</h1>
      {OUTAGE_PARAGRAPHS.map((p) => (
        <p key={p} className="mt-4">
          {p}
        </p>
      ))}
      <p className="mt-4">
        {/* A full page load: the home page is served from the cache while the database is away. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/">Go to the home page</a>
      </p>
    </div>
  )
}
