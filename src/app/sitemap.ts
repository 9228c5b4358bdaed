import type { MetadataRoute } from 'next'
import { listSitemapEntries } from '@/server/open-data/list-sitemap-entries'
import { siteSettings } from '@/lib/site'

// Rendered per request (the slugs are cached by tag) so links use the running server's SITE_URL.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { siteUrl } = siteSettings()
  const { campaigns, members, solutions, resources } = await listSitemapEntries()
  const sections = [
    '',
    '/campaigns',
    '/members',
    '/solutions',
    '/resources',
    '/commitments',
    '/progress',
    '/network/partners',
    '/events',
    '/asks',
    '/groups',
    '/data',
    '/pledge',
    '/tools/target-calculator',
  ]
  return [
    ...sections.map((path) => ({ url: `${siteUrl}${path || '/'}` })),
    ...campaigns.map((c) => ({ url: `${siteUrl}/campaigns/${c.slug}`, lastModified: c.updatedAt })),
    ...members.map((m) => ({ url: `${siteUrl}/members/${m.slug}`, lastModified: m.updatedAt })),
    ...solutions.map((s) => ({ url: `${siteUrl}/solutions/${s.slug}`, lastModified: s.updatedAt })),
    ...resources.map((r) => ({ url: `${siteUrl}/resources/${r.slug}`, lastModified: r.updatedAt })),
  ]
}
