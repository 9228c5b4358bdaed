import 'server-only'
import { siteSettings } from '@/lib/site'
import { escapeXml } from './xml'
import { listFeedEntries } from './list-feed-entries'

/** /feed.xml: an Atom 1.0 document of new signatories and verified reports. */
export async function renderAtomFeed(): Promise<string> {
  const { siteName, siteUrl } = siteSettings()
  const entries = await listFeedEntries()
  // tag: URIs (RFC 4151) stay the same if the site moves to another address.
  const host = new URL(siteUrl).hostname
  const updated = entries[0]?.updated ?? new Date(0).toISOString()
  const items = entries.map(
    (e) => `  <entry>
    <id>tag:${escapeXml(host)},2016:${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${e.updated}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(`${siteUrl}/members/${e.municipalitySlug}`)}"/>
    <category term="${e.kind}"/>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${siteUrl}/feed.xml`)}</id>
  <title>${escapeXml(`${siteName}: new signatories and verified reports`)}</title>
  <updated>${updated}</updated>
  <author><name>${escapeXml(siteName)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${siteUrl}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${siteUrl}/`)}"/>
  <rights>CC BY 4.0</rights>
${items.join('\n')}
</feed>
`
}
