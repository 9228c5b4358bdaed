import sharp from 'sharp'
import { getPublicImage } from '@/server/images/get-public-image'
import { CONTENT_TYPES, encodeAs } from '@/server/images/store-image'
import { offersWidth } from '@/lib/image-widths'
import type { ImageType } from '@/server/images/check-image'

// A narrower copy of a library image, for a page's srcset (src/lib/image-widths.ts): made on its first request,
// then served from the cache like a page (images never change: a new upload gets a new id). Only the widths the
// pages offer, and only below the stored width, so a request cannot make the server resize at will.
export const dynamic = 'force-static'

export function generateStaticParams() {
  return []
}

const TYPES = Object.fromEntries(Object.entries(CONTENT_TYPES).map(([type, mime]) => [mime, type])) as Record<
  string,
  ImageType
>

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; width: string }> }) {
  const { id, width } = await params
  const w = /^[1-9]\d{2,3}$/.test(width) ? Number(width) : 0
  const image = w ? await getPublicImage({ id }) : null
  const type = image && TYPES[image.contentType]
  if (!image || !type || !image.width || !offersWidth(w, image.width)) return notFound()
  const data = await encodeAs(sharp(image.data).resize({ width: w }), type).toBuffer()
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': image.contentType,
      'Content-Length': String(data.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  })
}
