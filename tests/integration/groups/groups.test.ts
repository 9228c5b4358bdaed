// Peer groups and topic cohorts (issue 17): staff create groups with members, officials ask to join from the
// portal and only staff answer (audited, emailed), and a group's notes and documents reach its members and
// staff only: a non-member official, or a signed-out visitor, reads neither; the public facts carry no notes.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, truncateAll, uniqueSlug } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { formOf, runAction } from '../../helpers/server-actions'
import { memberMunicipality, staffUser } from '../../fixtures/factories'
import {
  addDocumentAction,
  decideMembershipAction,
  deleteDocumentAction,
  deleteGroupAction,
  deleteMeetingAction,
  publishNotesAction,
  saveGroupAction,
  saveMeetingAction,
} from '@/app/admin/groups/actions'
import type { GroupDeleteState, MeetingFormState } from '@/schemas/groups'
import { requestToJoinAction } from '@/app/portal/[slug]/groups/actions'
import { readGroupSpace } from '@/server/groups/read-group-space'
import { getGroupDocument } from '@/server/groups/get-group-document'
import { loadPublicGroups } from '@/server/groups/list-public-groups'
import { listPortalGroups } from '@/server/groups/list-portal-groups'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'
import { requestToJoin } from '@/server/groups/request-to-join'

const DAY = 24 * 60 * 60 * 1000

let editor: { id: string; email: string }
beforeAll(async () => {
  await truncateAll()
  editor = await staffUser(db, 'EDITOR')
})
afterAll(truncateAll)
beforeEach(() => {
  resetExpiredTags()
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

/** A member municipality in `state` with a confirmed official. */
async function placeWithOfficial(state = 'MI') {
  const place = await memberMunicipality(db, { state })
  const official = await staffUser(db, 'OFFICIAL')
  await db.municipalityOfficial.create({ data: { userId: official.id, municipalityId: place.id } })
  return { place, official }
}

/** A group open until next year, with `members`, a past meeting with notes, an upcoming one and a document. */
async function groupWith(members: { id: string }[], o: { states?: string } = {}) {
  const past = new Date(Date.now() - 10 * DAY)
  const next = new Date(Date.now() + 10 * DAY)
  const upload = await db.upload.create({
    data: {
      filename: 'centers.csv',
      contentType: 'text/csv',
      size: 6,
      sha256: 'x',
      data: Buffer.from('a,b\n1,2'),
    },
  })
  return db.peerGroup.create({
    data: {
      slug: uniqueSlug('group'),
      kind: o.states ? 'REGIONAL' : 'TOPIC',
      name: 'Great Lakes regional peer group',
      summary: 'Officials around the lakes.',
      description: 'Meetings every six weeks.',
      topic: o.states ? null : 'EXTREME_HEAT',
      states: o.states ?? '',
      facilitatorId: editor.id,
      startsOn: new Date(Date.now() - 100 * DAY),
      endsOn: new Date(Date.now() + 300 * DAY),
      members: { create: members.map((m) => ({ municipalityId: m.id, status: 'APPROVED' as const })) },
      meetings: {
        create: [
          {
            title: 'Stormwater fees',
            startsAt: past,
            endsAt: new Date(past.getTime() + 3_600_000),
            timeZone: 'America/Chicago',
            online: true,
            notes: 'Two members moved to a fee by hard surface.',
            notesPublishedAt: past,
          },
          {
            title: 'Shoreline visit',
            startsAt: next,
            endsAt: new Date(next.getTime() + 3_600_000),
            timeZone: 'America/Chicago',
            place: 'Duluth City Hall',
          },
        ],
      },
      documents: { create: { title: 'Cooling centers compared', uploadId: upload.id } },
    },
    include: { documents: true, meetings: true },
  })
}

const groupFields = (o: Record<string, string> = {}) => ({
  kind: 'REGIONAL',
  name: 'Great Lakes regional peer group',
  slug: uniqueSlug('great-lakes'),
  summary: 'Officials around the lakes share plans.',
  description: 'Meetings alternate between a city hall and online.\r\n\r\nTopics: stormwater.',
  topic: '',
  states: 'wi, MI',
  facilitatorId: editor.id,
  startsOn: '2027-01-15',
  endsOn: '2027-12-31',
  members: '',
  ...o,
})

describe('peer groups in admin', () => {
  it('staff create a group with its member municipalities by profile address; audited, its pages expired', async () => {
    const a = await memberMunicipality(db, { state: 'MI' })
    const b = await memberMunicipality(db, { state: 'WI' })
    signInAs(editor)
    const fields = groupFields({ members: `${a.slug}\r\n${b.slug}\r\n${a.slug}` })
    const answer = await runAction(saveGroupAction(null, formOf(fields)))
    expect(answer).toMatch(/^redirect:\/admin\/groups\/[^/?]+\?done=created$/)
    const group = await db.peerGroup.findUniqueOrThrow({
      where: { slug: fields.slug },
      include: { members: true },
    })
    expect(group).toMatchObject({ states: 'MI,WI', topic: null, kind: 'REGIONAL' })
    expect(group.members.map((m) => [m.municipalityId, m.status]).sort()).toEqual(
      [
        [a.id, 'APPROVED'],
        [b.id, 'APPROVED'],
      ].sort(),
    )
    expect(expiredTags).toEqual([`group:${fields.slug}`, 'groups'])
    const audit = await db.auditLog.findMany({ where: { entityId: group.id } })
    expect(audit.map((r) => [r.action, r.actorId])).toEqual([['group.create', editor.id]])
  })

  it('answers bad input by the field: no states for a regional group, an unknown member, a taken address', async () => {
    signInAs(editor)
    expect(
      await runAction(saveGroupAction(null, formOf(groupFields({ states: '', endsOn: '2026-01-01' })))),
    ).toMatchObject({
      fieldErrors: {
        states: 'Enter the states of a regional group, like MI, OH',
        endsOn: 'The end must be on or after the start',
      },
    })
    const place = await memberMunicipality(db)
    expect(
      await runAction(saveGroupAction(null, formOf(groupFields({ members: `${place.slug}\nnowhere-zz` })))),
    ).toMatchObject({
      fieldErrors: { members: 'Not a member municipality’s profile address: nowhere-zz' },
      values: { members: `${place.slug}\nnowhere-zz` },
    })
    const taken = await groupWith([])
    expect(await runAction(saveGroupAction(null, formOf(groupFields({ slug: taken.slug }))))).toMatchObject({
      fieldErrors: { slug: 'Another group has that address: choose another' },
    })
  })

  it('an official or a moderator cannot create a group', async () => {
    const fields = groupFields()
    signInAs(await staffUser(db, 'MODERATOR'))
    expect(await runAction(saveGroupAction(null, formOf(fields)))).toBe('FORBIDDEN')
    signInAs((await placeWithOfficial()).official)
    expect(await runAction(saveGroupAction(null, formOf(fields)))).toBe('FORBIDDEN')
    expect(await db.peerGroup.count({ where: { slug: fields.slug } })).toBe(0)
  })

  it('notes are published after a meeting has begun, not before; a shared file is checked by its bytes', async () => {
    const group = await groupWith([])
    const [past, upcoming] = group.meetings
    signInAs(editor)
    expect(
      await runAction(publishNotesAction(null, formOf({ meetingId: upcoming!.id, notes: 'Too early' }))),
    ).toMatchObject({ fieldErrors: { notes: 'Notes can be published once the meeting has begun' } })
    expect(
      await runAction(
        publishNotesAction(null, formOf({ meetingId: past!.id, notes: 'Agreed:\r\n\r\nfees.' })),
      ),
    ).toBe(`redirect:/admin/groups/${group.id}/meetings?done=notes`)
    expect((await db.peerGroupMeeting.findUniqueOrThrow({ where: { id: past!.id } })).notes).toBe(
      'Agreed:\n\nfees.',
    )
    const refused = formOf({ groupId: group.id, title: 'A picture' })
    refused.set('file', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])], 'map.pdf'))
    const answer = await runAction(addDocumentAction(null, refused))
    expect(answer).toMatchObject({
      fieldErrors: { file: expect.any(String) },
      values: { title: 'A picture' },
    })
    const good = formOf({ groupId: group.id, title: 'Fees compared' })
    good.set('file', new File(['city,fee\nA,3\n'], 'fees.csv', { type: 'text/csv' }))
    expect(await runAction(addDocumentAction(null, good))).toBe(
      `redirect:/admin/groups/${group.id}/documents?done=document`,
    )
    expect(await db.peerGroupDocument.count({ where: { groupId: group.id } })).toBe(2)
    const audit = await db.auditLog.findMany({ where: { entityId: group.id }, orderBy: { createdAt: 'asc' } })
    expect(audit.map((r) => r.action)).toEqual(['group.meeting.notes', 'group.document.add'])
  })
})

describe('joining a group', () => {
  it('an official asks from the portal; only staff answer; the answer is audited and emailed', async () => {
    const { place, official } = await placeWithOfficial('MI')
    const group = await groupWith([], { states: 'MI,OH' })
    signInAs(official)
    const ask = formOf({ slug: place.slug, groupId: group.id })
    expect(await runAction(requestToJoinAction(ask))).toBe(
      `redirect:/portal/${place.slug}/groups?done=requested`,
    )
    expect(await runAction(requestToJoinAction(ask))).toBe(
      `redirect:/portal/${place.slug}/groups?done=already-requested`,
    )
    const request = await db.peerGroupMember.findUniqueOrThrow({
      where: { groupId_municipalityId: { groupId: group.id, municipalityId: place.id } },
    })
    expect(request).toMatchObject({ status: 'REQUESTED', requestedById: official.id })
    // The facilitator is told, once (not of the repeat), with the link where staff decide.
    const told = await db.outboxMessage.findMany({ where: { to: editor.email } })
    expect(told.map((m) => m.subject)).toEqual([`${place.name}, ${place.state} asks to join ${group.name}`])
    expect(told[0]!.text).toContain('/admin/groups')
    expect(told[0]!.text).toContain('facilitator')
    const listed = await listPortalGroups({
      municipality: await findPortalMunicipality({ slug: place.slug }),
    })
    expect(listed.find((g) => g.id === group.id)?.membership).toBe('REQUESTED')

    // The official cannot approve their own request, nor can a moderator.
    const approve = formOf({ memberId: request.id, decision: 'approve' })
    expect(await runAction(decideMembershipAction(approve))).toBe('FORBIDDEN')
    signInAs(await staffUser(db, 'MODERATOR'))
    expect(await runAction(decideMembershipAction(approve))).toBe('FORBIDDEN')
    expect((await db.peerGroupMember.findUniqueOrThrow({ where: { id: request.id } })).status).toBe(
      'REQUESTED',
    )

    signInAs(editor)
    resetExpiredTags()
    expect(await runAction(decideMembershipAction(approve))).toBe(
      'redirect:/admin/groups?done=approved#requests',
    )
    expect(await db.peerGroupMember.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: 'APPROVED',
      decidedById: editor.id,
    })
    expect(expiredTags).toEqual([`group:${group.slug}`, 'groups'])
    // A second answer changes nothing.
    expect(
      await runAction(decideMembershipAction(formOf({ memberId: request.id, decision: 'decline' }))),
    ).toBe('redirect:/admin/groups?done=answered#requests')
    const audit = await db.auditLog.findMany({ where: { entityId: group.id }, orderBy: { createdAt: 'asc' } })
    expect(audit.map((r) => [r.action, r.actorId])).toEqual([
      ['group.member.request', official.id],
      ['group.member.approve', editor.id],
    ])
    const mail = await db.outboxMessage.findMany({ where: { to: official.email } })
    expect(mail).toHaveLength(1)
    expect(mail[0]!.subject).toBe(`You have joined ${group.name}`)
    expect(mail[0]!.text).toContain(`/groups/${group.slug}/space`)
  })

  it('a group without a facilitator: every active member of staff with group.edit is told, nobody else', async () => {
    const { place, official } = await placeWithOfficial('WI')
    const group = await groupWith([])
    await db.peerGroup.update({ where: { id: group.id }, data: { facilitatorId: null } })
    const admin = await staffUser(db, 'ADMIN')
    const moderator = await staffUser(db, 'MODERATOR')
    const subject = `${place.name}, ${place.state} asks to join ${group.name}`
    signInAs(official)
    expect(await runAction(requestToJoinAction(formOf({ slug: place.slug, groupId: group.id })))).toBe(
      `redirect:/portal/${place.slug}/groups?done=requested`,
    )
    const told = await db.outboxMessage.findMany({ where: { subject } })
    const runners = await db.user.findMany({
      where: { active: true, role: { in: ['ADMIN', 'EDITOR'] } },
      select: { email: true },
    })
    expect(told.map((m) => m.to).sort()).toEqual(runners.map((u) => u.email).sort())
    expect(told.map((m) => m.to)).toContain(admin.email)
    expect(told.map((m) => m.to)).not.toContain(moderator.email)
    expect(told[0]!.text).toContain('/admin/groups')
  })

  it('two requests at once make one request, and the second is told it waits', async () => {
    const { place, official } = await placeWithOfficial('OH')
    const group = await groupWith([])
    signInAs(official)
    const municipality = await findPortalMunicipality({ slug: place.slug })
    const answers = await Promise.all([
      requestToJoin({ municipality, groupId: group.id }),
      requestToJoin({ municipality, groupId: group.id }),
    ])
    expect(answers.map((a) => a.status).sort()).toEqual(['already-requested', 'requested'])
    expect(await db.peerGroupMember.count({ where: { groupId: group.id } })).toBe(1)
    expect(await db.auditLog.count({ where: { entityId: group.id, action: 'group.member.request' } })).toBe(1)
  })

  it('a declined municipality is told kindly and may ask again; a group of other states is not offered', async () => {
    const { place, official } = await placeWithOfficial('TX')
    const open = await groupWith([])
    const elsewhere = await groupWith([], { states: 'MI' })
    signInAs(official)
    expect(await runAction(requestToJoinAction(formOf({ slug: place.slug, groupId: elsewhere.id })))).toBe(
      `redirect:/portal/${place.slug}/groups?done=missing`,
    )
    const listed = await listPortalGroups({
      municipality: await findPortalMunicipality({ slug: place.slug }),
    })
    expect(listed.map((g) => g.id)).toContain(open.id)
    expect(listed.map((g) => g.id)).not.toContain(elsewhere.id)
    await runAction(requestToJoinAction(formOf({ slug: place.slug, groupId: open.id })))
    const request = await db.peerGroupMember.findFirstOrThrow({ where: { groupId: open.id } })
    signInAs(editor)
    expect(
      await runAction(decideMembershipAction(formOf({ memberId: request.id, decision: 'decline' }))),
    ).toBe('redirect:/admin/groups?done=declined#requests')
    const [mail] = await db.outboxMessage.findMany({ where: { to: official.email } })
    expect(mail?.subject).toBe(`Your request to join ${open.name}`)
    signInAs(official)
    expect(await runAction(requestToJoinAction(formOf({ slug: place.slug, groupId: open.id })))).toBe(
      `redirect:/portal/${place.slug}/groups?done=requested`,
    )
    expect((await db.peerGroupMember.findUniqueOrThrow({ where: { id: request.id } })).status).toBe(
      'REQUESTED',
    )
  })
})

describe('who reads a group’s notes and documents', () => {
  it('members and staff read the notes, documents and member list; a non-member official and a visitor do not', async () => {
    const member = await placeWithOfficial('MI')
    const outsider = await placeWithOfficial('MI')
    const group = await groupWith([member.place])
    const documentId = group.documents[0]!.id

    signInAs(member.official)
    const read = await readGroupSpace({ groupId: group.id })
    if (read.access !== 'granted') throw new Error(`member refused: ${read.access}`)
    expect(read.space.past.map((m) => m.notes)).toEqual(['Two members moved to a fee by hard surface.'])
    expect(read.space.upcoming.map((m) => m.title)).toEqual(['Shoreline visit'])
    expect(read.space.members.map((m) => m.slug)).toEqual([member.place.slug])
    // Officials by name and title, never their email.
    expect(JSON.stringify(read.space.members)).not.toContain(member.official.email)
    expect(await getGroupDocument({ slug: group.slug, id: documentId })).toMatchObject({
      filename: 'centers.csv',
    })

    signInAs(outsider.official)
    expect(await readGroupSpace({ groupId: group.id })).toEqual({ access: 'not-member' })
    expect(await getGroupDocument({ slug: group.slug, id: documentId })).toBeNull()

    // An official whose request waits is not a member yet.
    await db.peerGroupMember.create({
      data: { groupId: group.id, municipalityId: outsider.place.id, status: 'REQUESTED' },
    })
    expect(await readGroupSpace({ groupId: group.id })).toEqual({ access: 'not-member' })

    signInAs(null)
    expect(await readGroupSpace({ groupId: group.id })).toEqual({ access: 'signed-out' })
    expect(await getGroupDocument({ slug: group.slug, id: documentId })).toBeNull()

    signInAs(await staffUser(db, 'MODERATOR'))
    expect((await readGroupSpace({ groupId: group.id })).access).toBe('granted')
    expect(await getGroupDocument({ slug: group.slug, id: documentId })).not.toBeNull()
  })

  it('the public facts name the members and the facilitator, with no notes, documents or emails', async () => {
    const member = await placeWithOfficial('MI')
    const group = await groupWith([member.place])
    const [pub] = await loadPublicGroups({ slug: group.slug })
    expect(pub).toMatchObject({
      name: group.name,
      facilitator: 'Test editor',
      members: [{ slug: member.place.slug, name: member.place.name, state: 'MI', isMember: true }],
      meetingCount: 2,
    })
    const text = JSON.stringify(pub)
    expect(text).not.toContain('fee by hard surface')
    expect(text).not.toContain('Cooling centers compared')
    expect(text).not.toContain(editor.email)
    expect(text).not.toContain(member.official.email)
  })
})

describe('staff change and delete', () => {
  it('change a meeting’s title, time and place; a bad field is answered next to it; audited', async () => {
    const group = await groupWith([])
    const meeting = group.meetings.find((m) => m.title === 'Shoreline visit')!
    const form = (o: Record<string, string> = {}) =>
      formOf({
        groupId: group.id,
        meetingId: meeting.id,
        title: 'Shoreline walk',
        timeZone: 'America/Chicago',
        startsAt: '2031-05-04T10:00',
        endsAt: '2031-05-04T12:00',
        online: '',
        place: 'Canal Park, Duluth',
        ...o,
      })
    signInAs(await staffUser(db, 'MODERATOR'))
    expect(await runAction(saveMeetingAction(null, form()))).toBe('FORBIDDEN')
    signInAs(editor)
    const bad = (await saveMeetingAction(null, form({ title: '' }))) as MeetingFormState
    expect(bad?.fieldErrors.title).toBe('Enter the meeting’s title')
    expect(bad?.values.startsAt).toBe('2031-05-04T10:00')
    expect(await runAction(saveMeetingAction(null, form()))).toBe(
      `redirect:/admin/groups/${group.id}/meetings?done=meeting-saved`,
    )
    const row = await db.peerGroupMeeting.findUniqueOrThrow({ where: { id: meeting.id } })
    expect(row).toMatchObject({ title: 'Shoreline walk', place: 'Canal Park, Duluth' })
    expect(row.startsAt.toISOString()).toBe('2031-05-04T15:00:00.000Z')
    expect(await db.peerGroupMeeting.count({ where: { groupId: group.id } })).toBe(2)
    // A meeting of another group is not this group's to change.
    const other = await groupWith([])
    expect(await runAction(saveMeetingAction(null, form({ groupId: other.id })))).toBe(
      'redirect:/admin/groups?problem=missing',
    )
    const audit = await db.auditLog.findFirst({
      where: { entityId: group.id, action: 'group.meeting.update' },
    })
    expect(audit?.actorId).toBe(editor.id)
  })

  it('delete a meeting and a shared document (with its file); audited; a moderator cannot', async () => {
    const group = await groupWith([])
    const meeting = group.meetings[0]!
    const doc = group.documents[0]!
    signInAs(await staffUser(db, 'MODERATOR'))
    expect(await runAction(deleteMeetingAction(formOf({ meetingId: meeting.id })))).toBe('FORBIDDEN')
    expect(await runAction(deleteDocumentAction(formOf({ documentId: doc.id })))).toBe('FORBIDDEN')
    signInAs(editor)
    expect(await runAction(deleteMeetingAction(formOf({ meetingId: meeting.id })))).toBe(
      `redirect:/admin/groups/${group.id}/meetings?done=meeting-deleted`,
    )
    expect(await db.peerGroupMeeting.findUnique({ where: { id: meeting.id } })).toBeNull()
    expect(await runAction(deleteDocumentAction(formOf({ documentId: doc.id })))).toBe(
      `redirect:/admin/groups/${group.id}/documents?done=document-deleted`,
    )
    expect(await db.peerGroupDocument.findUnique({ where: { id: doc.id } })).toBeNull()
    expect(await db.upload.findUnique({ where: { id: doc.uploadId } })).toBeNull()
    // Twice: the second finds nothing.
    expect(await runAction(deleteMeetingAction(formOf({ meetingId: meeting.id })))).toBe(
      'redirect:/admin/groups?problem=missing',
    )
    const actions = (await db.auditLog.findMany({ where: { entityId: group.id } })).map((a) => a.action)
    expect(actions.sort()).toEqual(['group.document.delete', 'group.meeting.delete'])
  })

  it('delete a group once its name is typed: everything goes, audited, its pages expired', async () => {
    const place = await memberMunicipality(db)
    const group = await groupWith([place])
    const doc = group.documents[0]!
    signInAs(await staffUser(db, 'MODERATOR'))
    expect(await runAction(deleteGroupAction(null, formOf({ id: group.id, confirm: group.name })))).toBe(
      'FORBIDDEN',
    )
    signInAs(editor)
    const wrong = (await deleteGroupAction(
      null,
      formOf({ id: group.id, confirm: 'Great Lakes' }),
    )) as GroupDeleteState
    expect(wrong?.fieldErrors.confirm).toBe(`Type the group’s name, ${group.name}, to delete it`)
    expect(wrong?.values.confirm).toBe('Great Lakes')
    const empty = (await deleteGroupAction(null, formOf({ id: group.id, confirm: ' ' }))) as GroupDeleteState
    expect(empty?.fieldErrors.confirm).toBe('Type the group’s name to confirm')
    expect(await db.peerGroup.findUnique({ where: { id: group.id } })).not.toBeNull()
    resetExpiredTags()
    expect(
      await runAction(
        deleteGroupAction(null, formOf({ id: group.id, confirm: ` ${group.name.toUpperCase()} ` })),
      ),
    ).toBe('redirect:/admin/groups?done=deleted')
    expect(await db.peerGroup.findUnique({ where: { id: group.id } })).toBeNull()
    expect(await db.peerGroupMeeting.count({ where: { groupId: group.id } })).toBe(0)
    expect(await db.peerGroupMember.count({ where: { groupId: group.id } })).toBe(0)
    expect(await db.upload.findUnique({ where: { id: doc.uploadId } })).toBeNull()
    expect(expiredTags).toEqual([`group:${group.slug}`, 'groups'])
    const audit = await db.auditLog.findFirst({ where: { entityId: group.id, action: 'group.delete' } })
    expect(audit?.actorId).toBe(editor.id)
    expect(await runAction(deleteGroupAction(null, formOf({ id: group.id, confirm: group.name })))).toBe(
      'redirect:/admin/groups?problem=missing',
    )
  })
})
