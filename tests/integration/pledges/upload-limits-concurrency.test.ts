import { afterEach, describe, expect, it } from 'vitest'
import { db } from '../../helpers/db'
import {
  storeUpload,
  UNSUBMITTED_UPLOADS_MAX_BYTES,
  UPLOAD_RATE_MESSAGE,
  UPLOADS_FULL_MESSAGE,
} from '@/server/uploads/store-upload'
import { MINIMAL_PDF, pdfBytes } from '../../helpers/pdf'
import { nextIp } from '../../fixtures/factories'

const unsubmittedBytes = async () =>
  (
    await db.upload.aggregate({
      _sum: { size: true },
      where: { createdById: null, contentType: 'application/pdf', pledges: { none: {} } },
    })
  )._sum.size ?? 0

const fillers: string[] = []
afterEach(async () => {
  await db.upload.deleteMany({ where: { id: { in: fillers.splice(0) } } })
})

/** A row that claims `size` bytes of the cap (its size is what counts), uploaded and never submitted. */
async function claim(size: number) {
  const row = await db.upload.create({
    data: {
      filename: 'filler.pdf',
      contentType: 'application/pdf',
      size,
      sha256: '0'.repeat(64),
      data: Buffer.from(MINIMAL_PDF),
    },
  })
  fillers.push(row.id)
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'stored',
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  )

describe('upload limits under concurrent uploads', () => {
  it('12 uploads at once with room for 3 under the storage cap: 3 are stored, 9 told the storage is full', async () => {
    const size = 64 * 1024
    await claim(UNSUBMITTED_UPLOADS_MAX_BYTES - (await unsubmittedBytes()) - 3 * size)
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        outcome(storeUpload({ bytes: pdfBytes(size), filename: 'a.pdf', ip: nextIp() })),
      ),
    )
    expect(results.filter((r) => r === 'stored')).toHaveLength(3)
    expect(results.filter((r) => r === UPLOADS_FULL_MESSAGE)).toHaveLength(9)
    expect(await unsubmittedBytes()).toBe(UNSUBMITTED_UPLOADS_MAX_BYTES)
  })

  it('15 uploads at once from one client: 10 are stored, 5 told to wait an hour', async () => {
    const ip = nextIp()
    const before = await db.upload.count()
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        outcome(storeUpload({ bytes: pdfBytes(700 + i), filename: 'a.pdf', ip })),
      ),
    )
    expect(results.filter((r) => r === 'stored')).toHaveLength(10)
    expect(results.filter((r) => r === UPLOAD_RATE_MESSAGE)).toHaveLength(5)
    expect(await db.upload.count()).toBe(before + 10)
  })
})
