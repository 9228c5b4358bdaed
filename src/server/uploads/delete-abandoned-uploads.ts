import 'server-only'
import { db } from '@/server/db'

export const ABANDONED_AFTER_HOURS = 24

/**
 * Deletes the mandate PDFs that signatories uploaded but never submitted with a pledge: uploaded without
 * a user (staff uploads have one and are never touched), older than a draft lives, used by no pledge,
 * attached to no assistance message and shared with no peer group.
 */
export async function deleteAbandonedUploads({ now = new Date() }: { now?: Date } = {}) {
  const before = new Date(now.getTime() - ABANDONED_AFTER_HOURS * 60 * 60 * 1000)
  const { count } = await db.upload.deleteMany({
    where: {
      createdById: null,
      contentType: 'application/pdf',
      createdAt: { lt: before },
      pledges: { none: {} },
      // An attachment whose author's account was removed has no creator either; it stays with its thread.
      assistanceMessages: { none: {} },
      // A document shared with a peer group stays with the group, whoever uploaded it.
      groupDocuments: { none: {} },
    },
  })
  return { deleted: count, before }
}
