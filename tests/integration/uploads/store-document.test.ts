// Documents signed-in users attach (assistance requests, the library): kept with the type their bytes are.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../helpers/db'
import { staffUser } from '../../fixtures/factories'
import { AppError } from '@/server/errors'
import { storeDocument } from '@/server/uploads/store-document'
import { DOCUMENT_KINDS_MESSAGE, MACROS_MESSAGE } from '@/server/uploads/check-document'
import { pdfBytes } from '../../helpers/pdf'
import { xlsxBytes } from '../../helpers/zip'

let userId: string
beforeAll(async () => {
  userId = (await staffUser(db, 'EDITOR')).id
})

const csv = new TextEncoder().encode('Sector,Tonnes\nBuildings,1200\n')

describe('storeDocument', () => {
  it('keeps a PDF, a workbook and a CSV file with the type and extension of their bytes', async () => {
    const pdf = await storeDocument({ bytes: pdfBytes(), filename: 'Mandate.PDF', createdById: userId })
    const xlsx = await storeDocument({ bytes: xlsxBytes(), filename: 'inventory.xlsx', createdById: userId })
    const sent = await storeDocument({ bytes: csv, filename: 'report.pdf', createdById: userId })
    expect([pdf, xlsx, sent].map(({ filename, contentType }) => ({ filename, contentType }))).toEqual([
      { filename: 'Mandate.PDF', contentType: 'application/pdf' },
      {
        filename: 'inventory.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      { filename: 'report.pdf.csv', contentType: 'text/csv' },
    ])
    const row = await db.upload.findUniqueOrThrow({ where: { id: sent.id } })
    expect(row).toMatchObject({ createdById: userId, size: csv.byteLength })
    expect(Buffer.from(row.data).toString('utf8')).toBe('Sector,Tonnes\nBuildings,1200\n')
  })

  it('strips path separators, quotes and control characters from the name', async () => {
    const stored = await storeDocument({ bytes: csv, filename: '../..\\"evil"\r\n.csv', createdById: userId })
    expect(stored.filename).toBe('....evil.csv')
    const unnamed = await storeDocument({ bytes: csv, filename: '\u0000', createdById: userId })
    expect(unnamed.filename).toBe('document.csv')
  })

  it('refuses what its bytes are not, with the message for the field, and keeps nothing', async () => {
    const before = await db.upload.count()
    for (const [bytes, message] of [
      [xlsxBytes({ macros: true }), MACROS_MESSAGE],
      [new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), DOCUMENT_KINDS_MESSAGE],
    ] as const) {
      const error = await storeDocument({ bytes, filename: 'a.xlsx', createdById: userId }).catch((e) => e)
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ code: 'INVALID_INPUT', message })
    }
    expect(await db.upload.count()).toBe(before)
  })
})
