// How an attached document is described to people: its kind in words and its size.

const LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'text/csv': 'CSV file',
}

/** "PDF", "Excel workbook", "CSV file" (the type a document's bytes were found to be); else "file". */
export function documentLabel(contentType: string): string {
  return LABELS[contentType] ?? 'file'
}

/** A file size as people read it: "812 bytes", "14 KB", "2.4 MB" (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
