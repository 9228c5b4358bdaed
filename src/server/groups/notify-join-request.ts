import 'server-only'
import { db } from '@/server/db'
import { siteSettings } from '@/lib/site'
import { logger } from '@/server/log'
import { rolesWith } from '@/server/auth/permissions'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'

const log = logger('groups')

/**
 * Tells staff that a municipality asks to join a group, with a link to /admin/groups where they decide: the
 * group's facilitator when it has an active one who may still edit groups, else every active member of staff
 * with group.edit (as the asks' threshold emails go to every moderator). A failed email is logged: the request
 * waits on /admin/groups all the same. Returns the addresses written to.
 */
export async function notifyJoinRequest({
  groupId,
  municipality,
}: {
  groupId: string
  municipality: { name: string; state: string }
}): Promise<string[]> {
  const roles = rolesWith('group.edit')
  const group = await db.peerGroup.findUnique({
    where: { id: groupId },
    select: { name: true, facilitator: { select: { email: true, active: true, role: true } } },
  })
  if (!group) return []
  const f = group.facilitator
  const to =
    f?.active && roles.includes(f.role)
      ? [f.email]
      : (
          await db.user.findMany({
            where: { active: true, role: { in: roles } },
            select: { email: true },
            orderBy: { email: 'asc' },
          })
        ).map((u) => u.email)
  const place = `${municipality.name}, ${municipality.state}`
  const { text, html } = renderEmail({
    paragraphs: [
      `${place} asks to join “${group.name}”.`,
      'Approve or decline the request on the peer groups page; the officials see the answer in their portal.',
    ],
    actions: [{ label: 'Peer groups', url: `${siteSettings().siteUrl}/admin/groups` }],
    footnote:
      f?.active && roles.includes(f.role)
        ? 'You receive this email as the group’s facilitator.'
        : 'You receive this email as a member of staff who runs peer groups (the group has no facilitator).',
  })
  for (const email of to)
    await sendMail({ to: email, subject: `${place} asks to join ${group.name}`, text, html }).catch((e) =>
      log.error({ err: e }, 'group join request email failed'),
    )
  return to
}
