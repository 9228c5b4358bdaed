import { jsonError } from '@/server/http/json-error'
import { getGroupDocument } from '@/server/groups/get-group-document'

type Context = { params: Promise<{ slug: string; id: string }> }

// Types a browser may be given as they were checked on upload; anything else is sent as opaque bytes.
const TYPE = /^[a-z]+\/[a-z0-9.+-]+$/

/**
 * A group's shared document, as a download (never rendered in our origin), for staff and the group's members
 * only: anyone else gets a 404, as for an unknown document, and nothing is cached.
 */
export async function GET(_request: Request, { params }: Context) {
  const { slug, id } = await params
  const file =
    /^[a-z0-9-]{1,80}$/.test(slug) && /^[A-Za-z0-9_-]{1,100}$/.test(id)
      ? await getGroupDocument({ slug, id })
      : null
  if (!file) return jsonError('NOT_FOUND')
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\;]/g, '_')
  return new Response(file.data as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': TYPE.test(file.contentType) ? file.contentType : 'application/octet-stream',
      'Content-Length': String(file.data.byteLength),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  })
}
