import 'server-only'
import type { Db } from '@/server/db'
import { storeDocument } from '@/server/uploads/store-document'
import type { CheckedAttachment } from './check-attachment'

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

/**
 * Keeps a checked attachment in the message's transaction, owned by its author; answers its id and what the
 * audit entry records of it (never its bytes). Nothing when there is none.
 */
export async function storeAttachment({
  tx,
  attachment,
  authorId,
}: {
  tx: Tx
  attachment: CheckedAttachment | null
  authorId: string
}) {
  if (!attachment) return { attachmentId: null, audit: undefined }
  const stored = await storeDocument({
    bytes: attachment.bytes,
    filename: attachment.filename,
    kind: attachment.kind,
    createdById: authorId,
    client: tx,
  })
  return { attachmentId: stored.id, audit: stored }
}
