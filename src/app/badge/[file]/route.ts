import { getBadgeData } from '@/server/open-data/get-badge-data'
import { renderBadgeSvg } from '@/server/open-data/render-badge-svg'
import { siteSettings } from '@/lib/site'

const svgHeaders = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  // Scripts in an SVG opened directly would run with this origin; the badge has none, and this forbids any.
  'Content-Security-Policy': "default-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  // Other sites embed the badge with <img>.
  'Cross-Origin-Resource-Policy': 'cross-origin',
}

/** /badge/<member-slug>.svg: an embeddable SVG badge. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const slug = file.endsWith('.svg') ? file.slice(0, -'.svg'.length) : null
  const data = slug ? await getBadgeData({ slug }) : null
  if (!data) {
    return new Response('No member municipality has that badge.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    })
  }
  return new Response(renderBadgeSvg(data, siteSettings().siteName), {
    headers: { ...svgHeaders, 'Cache-Control': 'public, max-age=3600' },
  })
}
