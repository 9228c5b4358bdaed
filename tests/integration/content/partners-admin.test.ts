// The experts and partners directory edited in admin: a new entry is a draft the public never sees, publishing
// shows it at once (tag `partners`), every change is audited, and the forms answer bad input by the field.
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { savePartner } from '@/server/partners/save-partner'
import { setPartnerStatus } from '@/server/partners/set-partner-status'
import { listPublishedPartners } from '@/server/partners/list-published-partners'
import { listPartnersForAdmin } from '@/server/partners/list-partners-for-admin'
import { getPartnerForEdit } from '@/server/partners/get-partner-for-edit'
import { savePartnerAction, setPartnerStatusAction } from '@/app/admin/partners/actions'
import { partnerSchema } from '@/schemas/partners'
import { form, run, setUpContentTests } from './fixtures'

let editor: { id: string }
let moderator: { id: string }
setUpContentTests((staff) => ({ editor, moderator } = staff))

const fields = {
  name: 'Prairie Climate Extension',
  kind: 'UNIVERSITY',
  summary: 'Extension agents who help rural towns with inventories.',
  helpsWith: 'Rural inventories\r\n\r\n  Farm energy audits  \n',
  statesServed: 'ks, NE;  ks',
  website: ' https://extension.example.edu ',
}
const input = partnerSchema.parse(fields)

const publishedNames = async () =>
  (await listPublishedPartners()).flatMap((g) => g.partners.map((p) => `${g.kind}: ${p.name}`))

describe('experts and partners in admin', () => {
  it('reads the form as staff type it: one item per line, state codes in any case, trimmed address', () => {
    expect(input).toEqual({
      name: 'Prairie Climate Extension',
      kind: 'UNIVERSITY',
      summary: 'Extension agents who help rural towns with inventories.',
      helpsWith: ['Rural inventories', 'Farm energy audits'],
      statesServed: ['KS', 'NE'],
      website: 'https://extension.example.edu',
    })
  })

  it('a new entry is a draft off the public directory; publishing shows it, grouped by kind; all audited', async () => {
    const { id } = await savePartner({ input, editor })
    expect(await publishedNames()).not.toContain('UNIVERSITY: Prairie Climate Extension')
    expect(expiredTags).toEqual([])
    await setPartnerStatus({ id, status: 'PUBLISHED', editor })
    expect(expiredTags).toEqual(['partners'])
    expect(await publishedNames()).toContain('UNIVERSITY: Prairie Climate Extension')
    const entry = (await listPublishedPartners()).flatMap((g) => g.partners).find((p) => p.id === id)
    expect(entry).toMatchObject({
      helpsWith: ['Rural inventories', 'Farm energy audits'],
      statesServed: ['KS', 'NE'],
    })

    resetExpiredTags()
    await savePartner({ id, input: { ...input, kind: 'REGIONAL_AGENCY', statesServed: [] }, editor })
    expect(expiredTags).toEqual(['partners'])
    expect(await publishedNames()).toContain('REGIONAL_AGENCY: Prairie Climate Extension')
    expect((await getPartnerForEdit({ id }))?.values.statesServed).toBe('')

    await setPartnerStatus({ id, status: 'DRAFT', editor })
    expect(await publishedNames()).not.toContain('REGIONAL_AGENCY: Prairie Climate Extension')
    await expect(setPartnerStatus({ id, status: 'DRAFT', editor })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' } })
    expect(audits.map((a) => a.action)).toEqual([
      'partner.create',
      'partner.publish',
      'partner.update',
      'partner.unpublish',
    ])
  })

  it('the actions check the role, answer bad input by the field and keep what was typed', async () => {
    signInAs(moderator)
    expect(await run(savePartnerAction(null, form(fields)))).toBe('FORBIDDEN')
    await expect(listPartnersForAdmin()).rejects.toMatchObject({ code: 'FORBIDDEN' })
    signInAs(editor)
    const bad = {
      ...fields,
      name: 'Coastal Partners',
      kind: 'CONSULTANT',
      helpsWith: '  ',
      statesServed: 'MN, XX',
      website: 'javascript:alert(1)',
    }
    const state = await run(savePartnerAction(null, form(bad)))
    expect(state).toMatchObject({
      values: { name: 'Coastal Partners', statesServed: 'MN, XX' },
      fieldErrors: {
        kind: 'Select what kind of partner this is',
        helpsWith: 'Enter at least one thing this partner helps with',
        statesServed: 'Enter states as two-letter codes separated by commas, like MN, WI, or leave it empty',
        website: 'Enter a website address starting with https://, like https://www.example.edu',
      },
    })
    const saved = (await run(
      savePartnerAction(null, form({ ...fields, name: 'Coastal Partners' })),
    )) as string
    expect(saved).toMatch(/^redirect:\/admin\/partners\/[a-z0-9]+\?done=created$/)
    // A second entry with the same name: said on the name, nothing else lost.
    const twice = await run(savePartnerAction(null, form({ ...fields, name: 'Coastal Partners' })))
    expect(twice).toMatchObject({
      values: { name: 'Coastal Partners', summary: fields.summary },
      fieldErrors: { name: 'Another entry already has this name.' },
    })
    const id = saved.split('/').pop()!.split('?')[0]!
    signInAs(moderator)
    expect(await run(setPartnerStatusAction(form({ id, status: 'PUBLISHED' })))).toBe('FORBIDDEN')
    signInAs(editor)
    expect(await run(setPartnerStatusAction(form({ id, status: 'PUBLISHED' })))).toBe(
      `redirect:/admin/partners/${id}?done=published`,
    )
    expect(await run(setPartnerStatusAction(form({ id: 'not an id', status: 'PUBLISHED' })))).toBe(
      'redirect:/admin/partners?problem=missing',
    )
  })
})
