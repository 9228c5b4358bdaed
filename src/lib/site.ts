import { env } from './env'

/** Names shown across the site; they come from settings, not from components. */
export function siteSettings() {
  const e = env()
  return { siteName: e.SITE_NAME, orgName: e.ORG_NAME, siteUrl: e.SITE_URL }
}
