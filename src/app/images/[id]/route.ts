import { getPublicImage } from '@/server/images/get-public-image'

type Context = { params: Promise<{ id: string }> }

/**
 * An image from the editors' library. Stored images never change (a new upload gets a new id), so they are
 * cached for a year; nosniff and a no-script CSP keep a mislabelled file from ever running as a page.
 */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params
  const image = await getPublicImage({ id })
  if (!image) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  const etag = `"${image.sha256}"`
  const headers = {
    'Content-Type': image.contentType,
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(new Uint8Array(image.data), {
    headers: { ...headers, 'Content-Length': String(image.data.byteLength) },
  })
}
