import type { MetadataRoute } from 'next'
import { siteSettings } from '@/lib/site'

// Rendered per request so the sitemap link uses the running server's SITE_URL.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = siteSettings()
  return {
    // Staff and signed-in areas and one-time email links have nothing for a search engine.
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/account', '/api/auth', '/pledge/confirm'] },
    sitemap: `${siteUrl}/sitemap.xml`,
  }
}
