import { describe, expect, it } from 'vitest'
import { documentLabel, formatFileSize } from '@/lib/documents'

describe('how an attachment is described', () => {
  it('names the kind its bytes were found to be, and anything else a file', () => {
    expect(documentLabel('application/pdf')).toBe('PDF')
    expect(documentLabel('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(
      'Excel workbook',
    )
    expect(documentLabel('text/csv')).toBe('CSV file')
    expect(documentLabel('application/x-msdownload')).toBe('file')
  })

  it('gives sizes in bytes, KB and MB', () => {
    expect(formatFileSize(1)).toBe('1 byte')
    expect(formatFileSize(812)).toBe('812 bytes')
    expect(formatFileSize(14 * 1024 + 100)).toBe('14 KB')
    expect(formatFileSize(2.4 * 1024 * 1024)).toBe('2.4 MB')
  })
})
