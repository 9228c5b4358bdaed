import { jsonError } from '@/server/http/json-error'
import { getAssistanceAttachment } from '@/server/assistance/get-assistance-attachment'

// encodeURIComponent leaves ' ( ) * as they are; a header's extended value may not hold them.
const rfc5987 = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

type Context = { params: Promise<{ id: string }> }

/**
 * The file attached to an assistance message (the id is the message's), for staff who answer requests and
 * the officials of the request's municipality; anyone else gets 404. Always a download, never rendered in
 * our origin: attachment disposition, nosniff, its own sandbox policy, and kept by no cache.
 */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params
  const file = await getAssistanceAttachment({ messageId: id })
  if (!file) return jsonError('NOT_FOUND')
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\;]/g, '_')
  return new Response(new Uint8Array(file.data), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.data.byteLength),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(file.filename)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  })
}
