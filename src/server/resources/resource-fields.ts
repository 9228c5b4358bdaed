import 'server-only'
import { randomBytes } from 'node:crypto'
import type { Db } from '@/server/db'
import { AppError } from '@/server/errors'
import { slugify } from '@/lib/text'
import { resourceSearchText } from '@/lib/domain/resources'
import type { ResourceInput } from '@/schemas/resources'

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

export const SLUG_TAKEN = 'Another entry already uses this address. Choose another, or leave it empty.'

/** The address typed, or one made from the title (with a suffix when taken); a typed address taken is refused. */
export async function chooseSlug(tx: Tx, input: ResourceInput, current?: { id: string; slug: string }) {
  if (!input.slug) {
    if (current) return current.slug
    const base = slugify(input.title).slice(0, 70).replace(/-+$/, '') || 'resource'
    const taken = await tx.resource.findUnique({ where: { slug: base }, select: { id: true } })
    return taken ? `${base}-${randomBytes(3).toString('hex')}` : base
  }
  const other = await tx.resource.findUnique({ where: { slug: input.slug }, select: { id: true } })
  if (other && other.id !== current?.id)
    throw new AppError('CONFLICT', SLUG_TAKEN, { reason: 'slug-taken', field: 'slug' })
  return input.slug
}

/** The owner must be an active staff member (the select offers only those; a tampered form is refused here). */
export async function assertOwner(tx: Tx, ownerId: string) {
  const owner = await tx.user.findFirst({
    where: { id: ownerId, active: true, role: { in: ['ADMIN', 'EDITOR', 'MODERATOR'] } },
    select: { id: true },
  })
  if (!owner)
    throw new AppError('INVALID_INPUT', 'Select who keeps this entry current from the list', {
      field: 'ownerId',
    })
}

/** The columns every kind shares, besides its text (a guide's text follows its revisions). */
export function metadataFields(input: ResourceInput) {
  return {
    audience: input.audience,
    membersOnly: input.membersOnly,
    reviewedOn: input.reviewedOn,
    ownerId: input.ownerId,
  }
}

/**
 * Replaces the topic and stage rows and sets the search text from the entry's public words (without the body of a
 * members-only entry), in the caller's transaction: the full-text index follows Resource.searchText by trigger (decision 0016).
 */
export async function writeTopicsAndSearch(
  tx: Tx,
  resourceId: string,
  input: Pick<ResourceInput, 'topics' | 'stages'>,
  words: { title: string; summary: string; body: string },
) {
  await tx.resourceTopic.deleteMany({ where: { resourceId } })
  await tx.resourceStage.deleteMany({ where: { resourceId } })
  await tx.resourceTopic.createMany({ data: input.topics.map((topic) => ({ resourceId, topic })) })
  await tx.resourceStage.createMany({
    data: input.stages.map((stage) => ({
      resourceId,
      stage: stage as 'COMMITMENT' | 'INVENTORY' | 'TARGET' | 'ACTION_PLANS',
    })),
  })
  // Members-only as the row holds it now (the caller has written its metadata): such a body is never indexed.
  const { membersOnly } = await tx.resource.findUniqueOrThrow({
    where: { id: resourceId },
    select: { membersOnly: true },
  })
  await tx.resource.update({
    where: { id: resourceId },
    data: { searchText: resourceSearchText({ ...words, topics: input.topics, membersOnly }) },
  })
}

/** What the audit log keeps of an entry's input (the body's length, not the body: revisions keep it). */
export function auditOf(input: ResourceInput, slug: string) {
  const { body, reviewedOn, ...rest } = input
  return { ...rest, slug, bodyLength: body.length, reviewedOn: reviewedOn.toISOString().slice(0, 10) }
}
