import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { env } from '@/lib/env'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateGroup } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { logger } from '@/server/log'

const log = logger('groups')

/**
 * Staff approve or decline a municipality's request to join a group. A request already decided is CONFLICT.
 * Audited; the municipality's confirmed officials are emailed the answer (an approval with the link to the
 * group's members' space).
 */
export async function decideMembership({
  memberId,
  decision,
  editor,
}: {
  memberId: string
  decision: 'approve' | 'decline'
  editor: { id: string }
}) {
  const status = decision === 'approve' ? ('APPROVED' as const) : ('DECLINED' as const)
  const row = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'group.edit')
    const request = await tx.peerGroupMember.findUnique({
      where: { id: memberId },
      select: {
        id: true,
        status: true,
        groupId: true,
        municipalityId: true,
        group: { select: { slug: true, name: true } },
        municipality: {
          select: {
            name: true,
            officials: {
              where: { confirmed: true, user: { active: true } },
              select: { user: { select: { email: true, name: true } } },
            },
          },
        },
      },
    })
    if (!request) throw new AppError('NOT_FOUND')
    const { count } = await tx.peerGroupMember.updateMany({
      where: { id: memberId, status: 'REQUESTED' },
      data: { status, decidedById: staff.id, decidedAt: new Date() },
    })
    if (count !== 1) throw new AppError('CONFLICT', 'That request has already been answered.')
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: decision === 'approve' ? 'group.member.approve' : 'group.member.decline',
      entityType: 'PeerGroup',
      entityId: request.groupId,
      before: { memberId, municipalityId: request.municipalityId, status: 'REQUESTED' },
      after: { memberId, municipalityId: request.municipalityId, status },
    })
    return request
  })
  if (status === 'APPROVED') invalidateGroup(row.group.slug)
  const site = env().SITE_URL
  for (const { user } of row.municipality.officials) {
    const content = renderEmail({
      greeting: user.name ? `Dear ${user.name},` : undefined,
      paragraphs:
        status === 'APPROVED'
          ? [
              `${row.municipality.name} is now a member of ${row.group.name}.`,
              'Sign in to see the group’s meetings, the notes of past meetings and the documents shared with its members.',
            ]
          : [
              `Thank you for asking to join ${row.group.name} for ${row.municipality.name}.`,
              'The network’s staff could not add your municipality to this group. Other groups are listed in your portal, and you can reply to this email to ask why.',
            ],
      actions:
        status === 'APPROVED'
          ? [{ label: 'Open the group', url: `${site}/groups/${row.group.slug}/space` }]
          : [{ label: 'See other groups', url: `${site}/groups` }],
    })
    await sendMail({
      to: user.email,
      subject:
        status === 'APPROVED'
          ? `You have joined ${row.group.name}`
          : `Your request to join ${row.group.name}`,
      ...content,
    }).catch((e) => log.error({ err: e }, 'group membership email failed'))
  }
  return { groupId: row.groupId, status }
}
