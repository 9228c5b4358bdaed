import { describe, expect, it } from 'vitest'
import { db } from '../../helpers/db'
import { deleteAbandonedUploads } from '@/server/uploads/delete-abandoned-uploads'
import {
  campaignWithText,
  confirmedOfficial,
  memberMunicipality,
  referencePlace,
  staffUser,
} from '../../fixtures/factories'

const HOUR = 60 * 60 * 1000
const now = new Date()
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR)

function upload({
  createdAt,
  contentType = 'application/pdf',
  createdById = null,
}: {
  createdAt: Date
  contentType?: string
  createdById?: string | null
}) {
  return db.upload.create({
    data: {
      filename: contentType === 'application/pdf' ? 'mandate.pdf' : 'photo.png',
      contentType,
      size: 9,
      sha256: 'x'.repeat(64),
      data: Buffer.from('%PDF-1.4\n'),
      createdById,
      createdAt,
    },
    select: { id: true },
  })
}

describe('deleting abandoned uploads', () => {
  it('deletes old mandate PDFs no pledge uses; keeps recent ones, used ones and staff uploads', async () => {
    const staff = await staffUser(db, 'EDITOR')
    const oldOrphan = await upload({ createdAt: ago(25) })
    const recentOrphan = await upload({ createdAt: ago(23) })
    const used = await upload({ createdAt: ago(24 * 30) })
    const staffImage = await upload({
      createdAt: ago(24 * 30),
      contentType: 'image/png',
      createdById: staff.id,
    })
    const staffPdf = await upload({ createdAt: ago(24 * 30), createdById: staff.id })
    // A staff image whose author was deleted (createdById set to null): not a mandate PDF, so kept.
    const orphanedImage = await upload({ createdAt: ago(24 * 30), contentType: 'image/png' })

    const ctx = await campaignWithText(db)
    const place = await referencePlace(db)
    await db.pledge.create({
      data: {
        campaignId: ctx.campaign.id,
        pledgeTextId: ctx.text.id,
        municipalityId: place.id,
        signatoryName: 'Jane Mayor',
        signatoryTitle: 'Mayor',
        email: 'jane@city.gov',
        emailNormalized: 'jane@city.gov',
        mandateType: 'COUNCIL_RESOLUTION',
        mandateDocumentId: used.id,
      },
    })

    // An assistance attachment whose author's account was removed: no creator, but its thread keeps it.
    const attachment = await upload({ createdAt: ago(24 * 30) })
    const member = await memberMunicipality(db)
    const { official } = await confirmedOfficial(db, { municipalityId: member.id })
    await db.assistanceRequest.create({
      data: {
        municipalityId: member.id,
        requesterId: official.id,
        topic: 'OTHER',
        question: 'See the file',
        contact: 'EMAIL',
        messages: { create: { fromStaff: false, body: 'See the file', attachmentId: attachment.id } },
      },
    })

    // A peer group's PDF whose uploader's account was removed: no creator, but the group keeps it.
    const shared = await upload({ createdAt: ago(24 * 30) })
    await db.peerGroup.create({
      data: {
        slug: `kept-${shared.id}`,
        kind: 'TOPIC',
        name: 'Heat cohort',
        summary: 'S',
        description: 'D',
        topic: 'EXTREME_HEAT',
        startsOn: ago(24 * 60),
        endsOn: now,
        documents: { create: { title: 'Plan', uploadId: shared.id } },
      },
    })

    const result = await deleteAbandonedUploads({ now })
    expect(result.deleted).toBeGreaterThanOrEqual(1) // other tests' rows share the database
    const left = new Set((await db.upload.findMany({ select: { id: true } })).map((u) => u.id))
    expect(left.has(oldOrphan.id)).toBe(false)
    for (const kept of [recentOrphan, used, staffImage, staffPdf, orphanedImage, attachment, shared])
      expect(left.has(kept.id)).toBe(true)

    expect((await deleteAbandonedUploads({ now })).deleted).toBe(0)
  })
})
