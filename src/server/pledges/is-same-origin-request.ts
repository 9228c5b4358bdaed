import 'server-only'
import { env } from '@/lib/env'
import { isSameOriginRequest as sameOrigin } from '@/lib/request-origin'

/** Whether a form post comes from this site's own pages (src/lib/request-origin.ts). */
export function isSameOriginRequest(headers: Headers, siteUrl = env().SITE_URL): boolean {
  return sameOrigin(headers, siteUrl)
}
