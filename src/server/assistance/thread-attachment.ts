import { documentLabel, formatFileSize } from '@/lib/documents'

export type ThreadAttachment = { href: string; filename: string; kind: string; size: string }

/** A message's attachment as the thread shows it (name, kind, size, download link); null when none. */
export function threadAttachment(
  messageId: string,
  attachment: { filename: string; contentType: string; size: number } | null,
): ThreadAttachment | null {
  if (!attachment) return null
  return {
    href: `/assistance/attachments/${messageId}`,
    filename: attachment.filename,
    kind: documentLabel(attachment.contentType),
    size: formatFileSize(attachment.size),
  }
}
