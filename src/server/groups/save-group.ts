import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateGroup } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'
import type { GroupInput } from '@/schemas/groups'

/**
 * Creates a group or updates one. The members typed are the member municipalities' profile addresses: each
 * must name a member of the network; those listed become (or stay) approved members, approved members no
 * longer listed leave, requests waiting for a decision stay. The facilitator must be active staff. Audited.
 */
export async function saveGroup({
  id,
  input,
  editor,
}: {
  id?: string
  input: GroupInput
  editor: { id: string }
}): Promise<{ id: string; slug: string }> {
  const { members, states, ...fields } = input
  const data = { ...fields, states: states.join(',') }
  const saved = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'group.edit')
    const facilitator = await tx.user.findFirst({
      where: { id: input.facilitatorId, active: true, role: { in: ['ADMIN', 'EDITOR', 'MODERATOR'] } },
      select: { id: true },
    })
    if (!facilitator)
      throw new AppError('INVALID_INPUT', 'Select the facilitator from the list', { field: 'facilitatorId' })
    const places = await tx.municipality.findMany({
      where: { slug: { in: members }, isMember: true },
      select: { id: true, slug: true },
    })
    const unknown = members.filter((s) => !places.some((p) => p.slug === s))
    if (unknown.length > 0)
      throw new AppError(
        'INVALID_INPUT',
        `Not a member municipality’s profile address: ${unknown.slice(0, 5).join(', ')}`,
        { field: 'members' },
      )
    const before = id
      ? await tx.peerGroup.findUnique({
          where: { id },
          include: { members: { where: { status: 'APPROVED' }, select: { municipalityId: true } } },
        })
      : null
    if (id && !before) throw new AppError('NOT_FOUND')
    const taken = await tx.peerGroup.findFirst({
      where: { slug: data.slug, ...(id ? { id: { not: id } } : {}) },
      select: { id: true },
    })
    if (taken)
      throw new AppError('CONFLICT', 'Another group has that address: choose another', { field: 'slug' })
    const row = before
      ? await tx.peerGroup.update({ where: { id: before.id }, data })
      : await tx.peerGroup.create({ data })
    const keep = places.map((p) => p.id)
    await tx.peerGroupMember.deleteMany({
      where: { groupId: row.id, status: 'APPROVED', municipalityId: { notIn: keep } },
    })
    for (const municipalityId of keep)
      await tx.peerGroupMember.upsert({
        where: { groupId_municipalityId: { groupId: row.id, municipalityId } },
        create: {
          groupId: row.id,
          municipalityId,
          status: 'APPROVED',
          decidedById: staff.id,
          decidedAt: new Date(),
        },
        update: { status: 'APPROVED', decidedById: staff.id, decidedAt: new Date() },
      })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: before ? 'group.update' : 'group.create',
      entityType: 'PeerGroup',
      entityId: row.id,
      before: before && {
        slug: before.slug,
        name: before.name,
        kind: before.kind,
        states: before.states,
        members: before.members.map((m) => m.municipalityId),
      },
      after: { ...data, members: keep },
    })
    return { row, oldSlug: before?.slug }
  })
  if (saved.oldSlug && saved.oldSlug !== saved.row.slug) invalidateGroup(saved.oldSlug)
  invalidateGroup(saved.row.slug)
  return { id: saved.row.id, slug: saved.row.slug }
}
