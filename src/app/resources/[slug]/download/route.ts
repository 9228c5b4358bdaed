import { jsonError } from '@/server/http/json-error'
import { getResourceDownload } from '@/server/resources/get-resource-download'

type Context = { params: Promise<{ slug: string }> }

// Types a browser may be given as they were checked on upload; anything else is sent as opaque bytes.
const TYPE = /^[a-z]+\/[a-z0-9.+-]+$/

/**
 * A library file, as a download (never rendered in our origin). A members-only file goes only to a
 * signed-in official or staff member: anyone else gets a 404, as for an unknown entry, and nothing is cached
 * for others.
 */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params
  const file = /^[a-z0-9-]{1,200}$/.test(slug) ? await getResourceDownload({ slug }) : null
  if (!file) return jsonError('NOT_FOUND')
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\;]/g, '_')
  return new Response(file.data as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': TYPE.test(file.contentType) ? file.contentType : 'application/octet-stream',
      'Content-Length': String(file.data.byteLength),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'Cache-Control': file.membersOnly ? 'private, no-store' : 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  })
}
