import { jsonError } from '@/server/http/json-error'
import { getUpload } from '@/server/uploads/get-upload'
import { isAppError } from '@/server/errors'

type Context = { params: Promise<{ id: string }> }

/** A mandate PDF for staff who review pledges; sent as a download so it never renders in our origin. */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params
  let upload
  try {
    upload = await getUpload({ id })
  } catch (e) {
    if (isAppError(e)) return jsonError(e)
    throw e
  }
  if (!upload) return jsonError('NOT_FOUND')
  const ascii = upload.filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return new Response(new Uint8Array(upload.data), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(upload.data.byteLength),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(upload.filename)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  })
}
