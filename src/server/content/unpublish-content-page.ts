import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateContent } from '@/server/cache-tags'
import { assertEditor } from './assert-editor'

/**
 * Takes a page off the site. Every public page that shows content has a fallback (campaign pages lose
 * their story section, the home page and the commitments page show their built-in text), so none breaks.
 */
export async function unpublishContentPage({ pageId, editor }: { pageId: string; editor: { id: string } }) {
  const slug = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor)
    const page = await tx.contentPage.findUnique({
      where: { id: pageId },
      select: { slug: true, status: true },
    })
    if (!page) throw new AppError('NOT_FOUND')
    if (page.status !== 'PUBLISHED') throw new AppError('CONFLICT', 'This page is not published.')
    await tx.contentPage.update({ where: { id: pageId }, data: { status: 'DRAFT' } })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'content.unpublish',
      entityType: 'ContentPage',
      entityId: pageId,
      before: { slug: page.slug, status: 'PUBLISHED' },
      after: { slug: page.slug, status: 'DRAFT' },
    })
    return page.slug
  })
  invalidateContent(slug)
  return { slug }
}
