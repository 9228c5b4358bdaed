import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateHero } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'
import { IMAGE_TYPES } from '@/server/images/get-public-image'
import type { HeroPage, HeroSettingInput } from '@/schemas/heroes'

/**
 * Sets (or clears) the hero image of the home page or a campaign page: checked against the database inside
 * the transaction (an editor, an image that is in the library), audited, and the page's cache expired after.
 */
export async function setPageHero({
  page,
  editor,
  input,
}: {
  page: HeroPage
  editor: { id: string }
  input: HeroSettingInput
}) {
  const { image, alt, decorative } = input
  const data = {
    uploadId: image.kind === 'upload' ? image.uploadId : null,
    illustration: image.kind === 'illustration' ? image.name : null,
    alt,
    decorative: image.kind === 'none' ? false : decorative,
  }
  await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor)
    if (data.uploadId) {
      const found = await tx.upload.findFirst({
        where: { id: data.uploadId, contentType: { in: IMAGE_TYPES } },
        select: { id: true },
      })
      if (!found)
        throw new AppError('INVALID_INPUT', 'That image is no longer in the library: choose another')
    }
    const before = await tx.pageHero.findUnique({
      where: { page },
      select: { uploadId: true, illustration: true, alt: true, decorative: true },
    })
    await tx.pageHero.upsert({ where: { page }, create: { page, ...data }, update: data })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'hero.update',
      entityType: 'PageHero',
      entityId: page,
      before: before ?? undefined,
      after: data,
    })
  })
  invalidateHero(page)
}
