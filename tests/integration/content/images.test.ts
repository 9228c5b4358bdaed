// Images uploaded into the database: checked by their bytes (PNG, JPEG, WebP only, at most 5 MB), resized
// to at most 1600 px wide and re-encoded without metadata, served publicly at /images/<id> with long caching.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { checkImage, MAX_IMAGE_BYTES } from '@/server/images/check-image'
import { storeImage } from '@/server/images/store-image'
import { listImages } from '@/server/images/list-images'
import { uploadImageAction } from '@/app/admin/content/actions'
import { GET } from '@/app/images/[id]/route'
import { GET as GET_COPY } from '@/app/images/[id]/[width]/route'
import { imageSrcSet } from '@/lib/image-widths'
import { form, run, setUpContentTests } from './fixtures'

let editor: { id: string }
let moderator: { id: string }
setUpContentTests((staff) => ({ editor, moderator } = staff))

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } })

/** An upload that is not an image (a signed mandate): never served as one. */
const storeMandatePdf = () =>
  db.upload.create({
    data: {
      filename: 'mandate.pdf',
      contentType: 'application/pdf',
      size: 5,
      sha256: 'x',
      data: Buffer.from('%PDF-'),
    },
  })

const fetchImage = (id: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/images/${id}`, { headers }), { params: Promise.resolve({ id }) })

describe('checkImage', () => {
  it('accepts PNG, JPEG and WebP by their bytes and refuses everything else', async () => {
    expect(checkImage(await picture(4, 4).png().toBuffer())).toEqual({ ok: true, type: 'png' })
    expect(checkImage(await picture(4, 4).jpeg().toBuffer())).toEqual({ ok: true, type: 'jpeg' })
    expect(checkImage(await picture(4, 4).webp().toBuffer())).toEqual({ ok: true, type: 'webp' })
    const refused = { ok: false, message: 'The image must be a PNG, JPEG or WebP file' }
    expect(checkImage(await picture(4, 4).gif().toBuffer())).toEqual(refused)
    expect(checkImage(new TextEncoder().encode('%PDF-1.4 not an image'))).toEqual(refused)
    expect(checkImage(new TextEncoder().encode('<svg onload="alert(1)"></svg>'))).toEqual(refused)
    expect(checkImage(new Uint8Array())).toEqual({ ok: false, message: 'The selected file is empty' })
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1)
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(checkImage(big)).toEqual({ ok: false, message: 'The image must be smaller than 5 MB' })
  })
})

describe('storeImage', () => {
  it('resizes a wide image to 1600 px, keeps its format, drops metadata and records the uploader', async () => {
    const original = await picture(2400, 1200)
      .withMetadata({ exif: { IFD0: { Copyright: 'Secret camera owner' } } })
      .jpeg()
      .toBuffer()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const stored = await storeImage({ bytes: original, filename: 'wide.jpg', editor })
    expect(stored).toMatchObject({ width: 1600, height: 800, contentType: 'image/jpeg' })
    const row = await db.upload.findUniqueOrThrow({ where: { id: stored.id } })
    expect(row).toMatchObject({ width: 1600, height: 800, createdById: editor.id, filename: 'wide.jpg' })
    const meta = await sharp(row.data).metadata()
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['jpeg', 1600, 800, undefined])
    const audit = await db.auditLog.findFirst({ where: { entityId: stored.id, action: 'image.upload' } })
    expect(audit?.actorId).toBe(editor.id)
  })

  it('keeps small images at their size and refuses files that only look like images', async () => {
    const small = await storeImage({
      bytes: await picture(300, 200).png().toBuffer(),
      filename: 'small.png',
      editor,
    })
    expect(small).toMatchObject({ width: 300, height: 200, contentType: 'image/png' })
    const fake = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4])
    await expect(storeImage({ bytes: fake, filename: 'fake.png', editor })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(
      storeImage({ bytes: await picture(10, 10).png().toBuffer(), filename: 'x.png', editor: moderator }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('/images/<id>', () => {
  it('serves an uploaded image with its type and a year of caching, and never any other upload', async () => {
    const { id } = await storeImage({
      bytes: await picture(50, 40).webp().toBuffer(),
      filename: 'a.webp',
      editor,
    })
    const response = await fetchImage(id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(50)
    const etag = response.headers.get('etag')!
    expect((await fetchImage(id, { 'if-none-match': etag })).status).toBe(304)

    const pdf = await storeMandatePdf()
    expect((await fetchImage(pdf.id)).status).toBe(404)
    expect((await fetchImage('../../etc/passwd')).status).toBe(404)
  })
})

describe('/images/<id>/<width>', () => {
  const fetchCopy = (id: string, width: string) =>
    GET_COPY(new Request(`http://localhost/images/${id}/${width}`), {
      params: Promise.resolve({ id, width }),
    })
  const sizeOf = async (response: Response) => {
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    return [meta.format, meta.width, meta.height]
  }

  it('serves the narrower copies a page offers in its srcset, in the image’s own format, cached for a year', async () => {
    const wide = await storeImage({
      bytes: await picture(2400, 750).jpeg().toBuffer(),
      filename: 'w.jpg',
      editor,
    })
    expect(imageSrcSet(wide.id, wide.width)).toBe(
      `/images/${wide.id}/480 480w, /images/${wide.id}/800 800w, /images/${wide.id}/1200 1200w, /images/${wide.id} 1600w`,
    )
    for (const width of [480, 800, 1200]) {
      const response = await fetchCopy(wide.id, String(width))
      expect(response.status, String(width)).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/jpeg')
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await sizeOf(response)).toEqual(['jpeg', width, Math.round((750 / 2400) * width)])
    }
    const small = await storeImage({
      bytes: await picture(900, 300).webp().toBuffer(),
      filename: 's.webp',
      editor,
    })
    expect(imageSrcSet(small.id, small.width)).toBe(
      `/images/${small.id}/480 480w, /images/${small.id}/800 800w, /images/${small.id} 900w`,
    )
    expect(await sizeOf(await fetchCopy(small.id, '800'))).toEqual(['webp', 800, 267])
  })

  it('makes no copy at a width it does not offer, nor as wide as the image, nor of another upload', async () => {
    const { id } = await storeImage({
      bytes: await picture(900, 300).png().toBuffer(),
      filename: 's.png',
      editor,
    })
    for (const width of ['1200', '900', '1600', '640', '0480', '80', '8000', 'abc', '800.0'])
      expect((await fetchCopy(id, width)).status, width).toBe(404)
    const pdf = await storeMandatePdf()
    expect((await fetchCopy(pdf.id, '480')).status).toBe(404)
    expect((await fetchCopy('nope', '480')).status).toBe(404)
  })
})

describe('uploadImageAction', () => {
  it('checks the role, answers a bad file by the field, and shows the markdown snippet after upload', async () => {
    const png = await picture(20, 20).png().toBuffer()
    const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name)
    const upload = (bytes: Uint8Array, alt = 'A blue square') => {
      const f = form({ alt })
      f.append('image', file(bytes, 'square.png'))
      return uploadImageAction(null, f)
    }
    signInAs(moderator)
    expect(await run(upload(png))).toBe('FORBIDDEN')
    await expect(listImages()).rejects.toMatchObject({ code: 'FORBIDDEN' })
    signInAs(editor)
    expect(await run(upload(new TextEncoder().encode('GIF89a...')))).toEqual({
      fieldErrors: { image: 'The image must be a PNG, JPEG or WebP file' },
      values: { alt: 'A blue square' },
    })
    expect(await run(upload(png, ' '))).toMatchObject({ fieldErrors: { alt: expect.any(String) } })
    const done = (await run(upload(png))) as string
    expect(done).toMatch(/^redirect:\/admin\/content\/images\?uploaded=[a-z0-9]+&alt=A%20blue%20square$/)
    const images = await listImages()
    expect(images[0]).toMatchObject({ width: 20, height: 20, contentType: 'image/png' })
  })
})
