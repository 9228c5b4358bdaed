import { beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '../../helpers/db'
import { submitPledge } from '@/server/pledges/submit-pledge'
import { resendConfirmation } from '@/server/pledges/resend-confirmation'
import {
  storeUpload,
  UNSUBMITTED_UPLOADS_MAX_BYTES,
  UPLOAD_RATE_MESSAGE,
  UPLOADS_FULL_MESSAGE,
} from '@/server/uploads/store-upload'
import { MINIMAL_PDF, pdfBytes } from '../../helpers/pdf'
import { AppError } from '@/server/errors'
import { campaignWithText, nextIp, referencePlace, validSubmission } from '../../fixtures/factories'

let ctx: Awaited<ReturnType<typeof campaignWithText>>
let placeId: string
beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  ctx = await campaignWithText(db)
  placeId = (await referencePlace(db)).id
})

const rowCounts = async () => ({
  pledges: await db.pledge.count(),
  municipalities: await db.municipality.count(),
  tokens: await db.emailToken.count(),
  mails: await db.outboxMessage.count(),
  audit: await db.auditLog.count(),
})

const HOSTILE: [string, unknown][] = [
  ['very long', 'x'.repeat(100_000)],
  ['control characters', 'Jane\u0000Mayor\u0007'],
  ['html and script', '<script>alert(1)</script>'],
  ['a number', -42.5],
  ['an object', { $gt: '' }],
  ['an array', ['a', 'b']],
  ['missing', undefined],
  ['empty', '   '],
]

type Input = ReturnType<typeof validSubmission>
const SIGNATORY_FIELDS = ['signatoryName', 'signatoryTitle', 'email', 'mandateType'] as const
const setField = (field: string, value: unknown) => (input: Input) => {
  if ((SIGNATORY_FIELDS as readonly string[]).includes(field) || field === 'phone')
    return { ...input, signatory: { ...input.signatory, [field]: value } }
  if (field === 'municipalityId') return { ...input, municipality: { kind: 'existing', id: value } }
  if (field.startsWith('new.'))
    return {
      ...input,
      municipality: { kind: 'new', name: 'Newtown', state: 'CA', population: 500, [field.slice(4)]: value },
    }
  return { ...input, [field]: value }
}

describe('hostile input', () => {
  const fields = [
    ...SIGNATORY_FIELDS,
    'campaign',
    'municipalityId',
    'new.name',
    'new.state',
    'new.population',
    'pledgeTextId',
    'agreed',
  ]
  for (const field of fields) {
    it(`${field}: every hostile value is answered next to a field and saves nothing`, async () => {
      const before = await rowCounts()
      for (const [label, value] of HOSTILE) {
        const input = setField(field, value)(validSubmission(ctx, placeId))
        const result = await submitPledge({ input, ip: nextIp() })
        expect(result.status, `${field} ${label}`).toBe('invalid')
        if (result.status === 'invalid')
          expect(Object.keys(result.fieldErrors).length, `${field} ${label}`).toBeGreaterThan(0)
      }
      expect(await rowCounts()).toEqual(before)
    })
  }

  it('phone: wrong values are refused, and it may be left out', async () => {
    for (const bad of ['<b>1</b>', 'call me', 'x'.repeat(40), 12345]) {
      const result = await submitPledge({
        input: setField('phone', bad)(validSubmission(ctx, placeId)),
        ip: nextIp(),
      })
      expect(result).toMatchObject({ status: 'invalid', fieldErrors: { phone: expect.any(String) } })
    }
  })

  it('input that is not an object at all is a field error, not a crash', async () => {
    for (const input of [null, 'text', 7, [], { municipality: null }]) {
      expect((await submitPledge({ input, ip: nextIp() })).status).toBe('invalid')
    }
    expect((await resendConfirmation({ input: { email: '<x@y>' }, ip: nextIp() })).status).toBe('invalid')
  })
})

describe('rate limits', () => {
  it('a single address gets 20 submissions an hour, then a 429', async () => {
    const ip = nextIp()
    const codes: string[] = []
    for (let i = 0; i < 22; i++) {
      codes.push(
        await submitPledge({ input: {}, ip }).then(
          (r) => r.status,
          (e: AppError) => `${e.code}:${e.status}`,
        ),
      )
    }
    expect(codes.slice(0, 20).every((c) => c === 'invalid')).toBe(true)
    expect(codes.slice(20)).toEqual(['RATE_LIMITED:429', 'RATE_LIMITED:429'])
  })

  it('a single email gets 5 submissions an hour, whatever the address they come from', async () => {
    const email = 'busy@city.gov'
    const codes: string[] = []
    for (let i = 0; i < 7; i++) {
      const place = await referencePlace(db)
      codes.push(
        await submitPledge({ input: validSubmission(ctx, place.id, email), ip: nextIp() }).then(
          (r) => r.status,
          (e: AppError) => e.code,
        ),
      )
    }
    expect(codes).toEqual([...Array(5).fill('submitted'), 'RATE_LIMITED', 'RATE_LIMITED'])
  })
})

describe('mandate document upload', () => {
  const pdf = pdfBytes

  it('stores a PDF judged by its bytes, with size and hash', async () => {
    const stored = await storeUpload({ bytes: pdf(2048), filename: 'resolution.pdf', ip: nextIp() })
    const row = await db.upload.findUniqueOrThrow({ where: { id: stored.id } })
    expect(row).toMatchObject({ size: 2048, contentType: 'application/pdf', filename: 'resolution.pdf' })
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses a non-PDF named .pdf, an empty file and one over 5 MB, storing nothing', async () => {
    const before = await db.upload.count()
    const cases: [Uint8Array, RegExp][] = [
      [new TextEncoder().encode('<html><script>alert(1)</script>'), /must be a PDF/],
      [new Uint8Array(0), /empty/],
      [pdf(5 * 1024 * 1024 + 1), /smaller than 5 MB/],
    ]
    for (const [bytes, message] of cases) {
      await expect(storeUpload({ bytes, filename: 'letter.pdf', ip: nextIp() })).rejects.toThrow(message)
    }
    expect(await db.upload.count()).toBe(before)
  })

  it('refuses a Windows executable with "%PDF-" at byte 0x4E, named to read as a PDF', async () => {
    const before = await db.upload.count()
    const exe = new Uint8Array(0x4e + MINIMAL_PDF.length)
    exe.set(new TextEncoder().encode('MZ\x90\x00'))
    exe.set(new TextEncoder().encode(MINIMAL_PDF), 0x4e)
    await expect(
      storeUpload({ bytes: exe, filename: 'mandate-\u202Efdp.exe', ip: nextIp() }),
    ).rejects.toThrow('The selected file must be a PDF')
    expect(await db.upload.count()).toBe(before)
  })

  it('keeps no bidi override or zero-width character in a stored file name', async () => {
    const stored = await storeUpload({
      bytes: pdf(600),
      filename: '\u200Bmandate-\u202Efdp\u2066.pdf\u2069\uFEFF',
      ip: nextIp(),
    })
    expect(stored.filename).toBe('mandate-fdp.pdf')
    expect((await db.upload.findUniqueOrThrow({ where: { id: stored.id } })).filename).toBe('mandate-fdp.pdf')
  })

  it('takes 10 uploads an hour from one client, then refuses with a clear 429 while others still upload', async () => {
    const ip = nextIp()
    for (let i = 0; i < 10; i++) await storeUpload({ bytes: pdf(600 + i), filename: 'a.pdf', ip })
    const before = await db.upload.count()
    const refused = await storeUpload({ bytes: pdf(700), filename: 'a.pdf', ip }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(AppError)
    expect(refused).toMatchObject({ status: 429, message: UPLOAD_RATE_MESSAGE })
    expect(await db.upload.count()).toBe(before)
    await storeUpload({ bytes: pdf(700), filename: 'a.pdf', ip: nextIp() })
    expect(await db.upload.count()).toBe(before + 1)
  })

  it('refuses new anonymous uploads while unsubmitted ones fill the storage cap, and says so', async () => {
    // A filler row that claims most of the cap (its size is what counts), uploaded and never submitted.
    const filler = await db.upload.create({
      data: {
        filename: 'filler.pdf',
        contentType: 'application/pdf',
        size: UNSUBMITTED_UPLOADS_MAX_BYTES,
        sha256: '0'.repeat(64),
        data: Buffer.from(MINIMAL_PDF),
      },
    })
    try {
      const before = await db.upload.count()
      const refused = await storeUpload({ bytes: pdf(600), filename: 'a.pdf', ip: nextIp() }).catch((e) => e)
      expect(refused).toMatchObject({ status: 429, message: UPLOADS_FULL_MESSAGE })
      expect(await db.upload.count()).toBe(before)
    } finally {
      await db.upload.delete({ where: { id: filler.id } })
    }
    await expect(storeUpload({ bytes: pdf(600), filename: 'a.pdf', ip: nextIp() })).resolves.toBeTruthy()
  })
})
