// Every server action of the staff area (each 'use server' file under src/app/admin) against anonymous,
// official, editor, moderator and admin. The table below names each action's permission; an exported
// action without a row fails the first test, so a new action cannot ship without a rule. Refusal must
// come before anything else: an empty form from a refused caller gets UNAUTHENTICATED or FORBIDDEN,
// never a validation answer or another error.
import { beforeAll, describe, expect, it } from 'vitest'
import { session } from '../../helpers/session'
import { AppError } from '@/server/errors'
import type { Permission } from '@/server/auth/permissions'
import { callAction, loadServerActions } from '../../helpers/server-actions'
import { userWithPassword } from './fixtures'

const rules: Record<string, Permission> = {
  'content.saveContentAction': 'content.edit',
  'content.publishLatestAction': 'content.edit',
  'content.unpublishContentAction': 'content.edit',
  'content.restoreRevisionAction': 'content.edit',
  'content.uploadImageAction': 'content.edit',
  'heroes.setPageHeroAction': 'content.edit',
  'municipalities.updateFactsAction': 'municipality.edit',
  'municipalities.setMembershipAction': 'municipality.edit',
  'municipalities.mergeAction': 'municipality.edit',
  'municipalities.importAction': 'municipality.edit',
  'officials.reviewOfficialAction': 'municipality.edit',
  'pledge-texts.savePledgeTextAction': 'content.edit',
  'pledge-texts.publishPledgeTextAction': 'content.edit',
  'pledges.approvePledgeAction': 'pledge.review',
  'pledges.approveSelectedAction': 'pledge.review',
  'pledges.rejectPledgeAction': 'pledge.review',
  'reports.verifyReportAction': 'report.verify',
  'reports.returnReportAction': 'report.verify',
  'solutions.saveSolutionAction': 'solution.edit',
  'solutions.setSolutionStatusAction': 'solution.edit',
  'partners.savePartnerAction': 'partner.edit',
  'partners.setPartnerStatusAction': 'partner.edit',
  'events.saveEventAction': 'event.edit',
  'events.setEventStatusAction': 'event.edit',
  'events.setAttendanceAction': 'event.edit',
  'groups.saveGroupAction': 'group.edit',
  'groups.saveMeetingAction': 'group.edit',
  'groups.publishNotesAction': 'group.edit',
  'groups.addDocumentAction': 'group.edit',
  'groups.decideMembershipAction': 'group.edit',
  'groups.deleteGroupAction': 'group.edit',
  'groups.deleteMeetingAction': 'group.edit',
  'groups.deleteDocumentAction': 'group.edit',
  'resources.saveResourceAction': 'resource.edit',
  'resources.publishLatestResourceAction': 'resource.edit',
  'resources.setResourceStatusAction': 'resource.edit',
  'resources.restoreResourceRevisionAction': 'resource.edit',
  'assistance.assignRequestAction': 'assistance.answer',
  'assistance.answerRequestAction': 'assistance.answer',
  'assistance.closeRequestAction': 'assistance.answer',
  'asks.moderateAskCommentAction': 'ask.moderate',
  'users.changeRoleAction': 'user.manage',
  'users.setActiveAction': 'user.manage',
  'users.inviteAction': 'user.manage',
}

// Who holds each permission, written out independently of src/server/auth/permissions.ts.
const holders: Record<Permission, Persona[]> = {
  'admin.view': ['editor', 'moderator', 'admin'],
  'outbox.view': ['admin'],
  'audit.view': ['admin'],
  'pledge.review': ['moderator', 'admin'],
  'report.verify': ['moderator', 'admin'],
  'municipality.edit': ['moderator', 'admin'],
  'content.edit': ['editor', 'admin'],
  'solution.edit': ['editor', 'admin'],
  'partner.edit': ['editor', 'admin'],
  'event.edit': ['editor', 'admin'],
  'group.edit': ['editor', 'admin'],
  'resource.edit': ['editor', 'admin'],
  'assistance.answer': ['editor', 'moderator', 'admin'],
  'ask.moderate': ['moderator', 'admin'],
  'user.manage': ['admin'],
}

const personas = ['anonymous', 'official', 'editor', 'moderator', 'admin'] as const
type Persona = (typeof personas)[number]
type Action = (...args: unknown[]) => Promise<unknown>

// Keyed by the folder under src/app/admin: content.saveContentAction.
const actions = (await loadServerActions((file) => file.startsWith('src/app/admin/'))).map((a) => ({
  key: `${a.file.split('/')[3]}.${a.name}`,
  fn: a.fn,
}))

const ids = {} as Record<Exclude<Persona, 'anonymous'>, string>
beforeAll(async () => {
  ids.official = (await userWithPassword('OFFICIAL')).id
  ids.editor = (await userWithPassword('EDITOR')).id
  ids.moderator = (await userWithPassword('MODERATOR')).id
  ids.admin = (await userWithPassword('ADMIN')).id
})

/** Calls an action as a form would, with an empty form: (form) or (previous state, form). */
async function outcome(fn: Action): Promise<string> {
  const form = new FormData()
  try {
    await callAction(fn, form)
    return 'not refused'
  } catch (e) {
    // Next.js answers a refusal with 401/403 (not 500) only when it carries the matching digest (issue 14, L1).
    if (e instanceof AppError && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN'))
      return (e as { digest?: string }).digest === `NEXT_HTTP_ERROR_FALLBACK;${e.status}`
        ? e.code
        : `${e.code}, answered with a 500`
    return 'not refused' // a redirect or a validation answer: the caller got past the check
  }
}

describe('staff server actions: authorization matrix', () => {
  it('has a rule for every exported staff action, and no rule for an action that is gone', () => {
    expect(actions.map((a) => a.key).sort()).toEqual(Object.keys(rules).sort())
  })

  for (const { key, fn } of actions) {
    for (const persona of personas) {
      const permission = rules[key]
      const expected = !permission
        ? 'a rule'
        : persona === 'anonymous'
          ? 'UNAUTHENTICATED'
          : holders[permission].includes(persona)
            ? 'not refused'
            : 'FORBIDDEN'
      it(`${key}: ${persona} -> ${expected}`, async () => {
        session.current = persona === 'anonymous' ? null : { userId: ids[persona], authTime: Date.now() }
        expect(await outcome(fn)).toBe(expected)
      })
    }
  }
})
