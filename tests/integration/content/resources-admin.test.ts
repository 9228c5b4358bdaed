// The guides and tools library edited in admin (issue 16): a new entry is a draft; a guide's text is kept as
// revisions (save draft, publish, restore) while its details are columns and rows; publishing and taking off
// are audited and expire the library's tags; refused files, taken addresses and other staff roles are answered
// by the field or refused; the dashboard lists published guides past their yearly review.
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { staffUser } from '../../fixtures/factories'
import { MINIMAL_PDF } from '../../helpers/pdf'
import { resourceSchema } from '@/schemas/resources'
import { saveResource } from '@/server/resources/save-resource'
import { saveResourceDraft } from '@/server/resources/save-resource-draft'
import { publishResource } from '@/server/resources/publish-resource'
import { setResourceStatus } from '@/server/resources/set-resource-status'
import { restoreResourceRevision } from '@/server/resources/restore-resource-revision'
import { getResourceForEdit } from '@/server/resources/get-resource-for-edit'
import { listResourcesForAdmin } from '@/server/resources/list-resources-for-admin'
import { listResourcesDueForReview } from '@/server/resources/list-resources-due-for-review'
import {
  publishLatestResourceAction,
  restoreResourceRevisionAction,
  saveResourceAction,
  setResourceStatusAction,
} from '@/app/admin/resources/actions'
import { form, run, setUpContentTests } from './fixtures'

let editor: { id: string }
let moderator: { id: string }
setUpContentTests((staff) => ({ editor, moderator } = staff))

const guideFields = (ownerId: string) => ({
  kind: 'GUIDE',
  title: 'Writing a heat action plan',
  slug: '',
  summary: 'Step by step, from the hazard assessment to the cooling centres.',
  body: '## First steps\r\n\r\nMap who is most exposed.',
  url: '',
  topics: ['EXTREME_HEAT', 'EXTREME_HEAT', 'BUILDINGS'],
  audience: 'LOCAL_STAFF',
  membersOnly: '1',
  stages: ['ACTION_PLANS'],
  reviewedOn: '2026-01-15',
  ownerId,
  note: '',
})

const withFile = (fields: Record<string, string | string[]>, file: File) => {
  const f = form(fields)
  f.append('file', file)
  return f
}

const searchTextOf = async (id: string) =>
  (await db.resource.findUniqueOrThrow({ where: { id }, select: { searchText: true } })).searchText
const auditsOf = async (id: string) =>
  (
    await db.auditLog.findMany({ where: { entityId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
  ).map((a) => a.action)

describe('guides and tools in admin', () => {
  it('reads the form as staff type it: topics once each, LF line breaks, the date as a day, members-only', () => {
    const input = resourceSchema.parse(guideFields('cowner0000000000000000000'))
    expect(input).toMatchObject({
      topics: ['EXTREME_HEAT', 'BUILDINGS'],
      body: '## First steps\n\nMap who is most exposed.',
      reviewedOn: new Date('2026-01-15T00:00:00Z'),
      membersOnly: true,
      url: null,
      note: null,
    })
    const link = resourceSchema.safeParse({
      ...guideFields('cowner0000000000000000000'),
      kind: 'LINK',
      url: 'http://x.org',
    })
    expect(link.success).toBe(false)
  })

  it('a guide: created as a draft, drafts keep the public text, publish shows the typed text, restore copies an old one', async () => {
    const input = resourceSchema.parse(guideFields(editor.id))
    const { id, slug } = await saveResource({ input, editor, now: new Date('2026-01-20T00:00:00Z') })
    expect(slug).toBe('writing-a-heat-action-plan')
    expect(expiredTags).toEqual([])
    const created = await db.resource.findUniqueOrThrow({
      where: { id },
      include: { topics: true, stages: true },
    })
    expect(created).toMatchObject({ kind: 'GUIDE', status: 'DRAFT', membersOnly: true, ownerId: editor.id })
    expect(created.topics.map((t) => t.topic).sort()).toEqual(['BUILDINGS', 'EXTREME_HEAT'])
    expect(created.stages.map((s) => s.stage)).toEqual(['ACTION_PLANS'])
    // The search text holds the title, summary and the topics' labels, normalised; not the body of a
    // members-only guide (anyone could otherwise probe its words through the public search).
    expect(await searchTextOf(id)).toContain('step by step from the hazard assessment')
    expect(await searchTextOf(id)).toMatch(/heat/)
    expect(await searchTextOf(id)).not.toContain('map who is most exposed')

    await publishResource({ id, editor, now: new Date('2026-02-01T00:00:00Z') })
    expect(expiredTags).toEqual([`resource:${slug}`, 'resources'])
    resetExpiredTags()

    // A draft of a published guide: the public row keeps the published text; the editor opens the draft.
    await saveResourceDraft({
      id,
      input: { ...input, body: 'A rewritten text.', note: 'Rewrite' },
      editor,
      now: new Date('2026-02-02T00:00:00Z'),
    })
    expect((await db.resource.findUniqueOrThrow({ where: { id } })).body).toBe(input.body)
    let edit = await getResourceForEdit({ id })
    expect(edit).toMatchObject({
      draftWaiting: true,
      values: { body: 'A rewritten text.', topics: expect.any(Array) },
    })
    expect(edit?.revisions.map((r) => [r.note, r.published])).toEqual([
      ['Rewrite', false],
      [null, true],
    ])

    // Publishing what was typed in the form (a new revision when it differs).
    await publishResource({
      id,
      input: { ...input, body: 'The final text.', topics: ['FLOODING'], membersOnly: false },
      editor,
      now: new Date('2026-02-03T00:00:00Z'),
    })
    const published = await db.resource.findUniqueOrThrow({ where: { id }, include: { topics: true } })
    expect(published).toMatchObject({
      status: 'PUBLISHED',
      body: 'The final text.',
      publishedAt: new Date('2026-02-01T00:00:00Z'),
    })
    expect(published.topics.map((t) => t.topic)).toEqual(['FLOODING'])
    // Open to everyone now: its body is searchable.
    expect(await searchTextOf(id)).toContain('the final text')
    expect(await searchTextOf(id)).not.toContain('map who is most exposed')

    // Restoring the first revision makes a new draft; the public text stays until it is published.
    edit = await getResourceForEdit({ id })
    const first = edit!.revisions.at(-1)!
    await restoreResourceRevision({ id, revisionId: first.id, editor, now: new Date('2026-02-04T00:00:00Z') })
    expect((await db.resource.findUniqueOrThrow({ where: { id } })).body).toBe('The final text.')
    edit = await getResourceForEdit({ id })
    expect(edit).toMatchObject({ draftWaiting: true, values: { body: input.body } })
    expect(edit!.revisions[0]!.note).toMatch(/^Restored from the revision of 2026-01-20/)
    expect(await run(publishLatestResourceAction(form({ id })))).toBe(
      `redirect:/admin/resources/${id}?done=published`,
    )
    expect((await db.resource.findUniqueOrThrow({ where: { id } })).body).toBe(input.body)

    expect(await run(setResourceStatusAction(form({ id, status: 'DRAFT' })))).toBe(
      `redirect:/admin/resources/${id}?done=unpublished`,
    )
    expect(await auditsOf(id)).toEqual([
      'resource.create',
      'resource.publish',
      'resource.save-draft',
      'resource.publish',
      'resource.restore',
      'resource.publish',
      'resource.unpublish',
    ])
  })

  it('the guide form: preview saves nothing, save draft and publish by the button, a taken address on its field', async () => {
    const fields = { ...guideFields(editor.id), title: 'Community cooling centres', slug: 'cooling-centres' }
    const preview = await run(saveResourceAction(null, form({ ...fields, intent: 'preview' })))
    expect(preview).toMatchObject({ previewHtml: expect.stringContaining('<h2') })
    expect(await db.resource.count({ where: { slug: 'cooling-centres' } })).toBe(0)

    const created = (await run(saveResourceAction(null, form({ ...fields, intent: 'save' })))) as string
    expect(created).toMatch(/^redirect:\/admin\/resources\/[A-Za-z0-9]+\?done=created$/)
    const id = created.split('/').pop()!.split('?')[0]!
    expect(await run(saveResourceAction(null, form({ ...fields, id, intent: 'save' })))).toBe(
      `redirect:/admin/resources/${id}?done=draft`,
    )
    expect(await run(saveResourceAction(null, form({ ...fields, id, intent: 'publish' })))).toBe(
      `redirect:/admin/resources/${id}?done=published`,
    )
    expect((await db.resource.findUniqueOrThrow({ where: { id } })).status).toBe('PUBLISHED')

    // Another entry asking for the same address: said on the address, everything typed kept.
    const clash = await run(
      saveResourceAction(null, form({ ...fields, title: 'Another guide', intent: 'save' })),
    )
    expect(clash).toMatchObject({
      values: {
        title: 'Another guide',
        slug: 'cooling-centres',
        topics: ['EXTREME_HEAT', 'EXTREME_HEAT', 'BUILDINGS'],
      },
      fieldErrors: { slug: 'Another entry already uses this address. Choose another, or leave it empty.' },
    })
    // Bad input by the field; an owner who is not staff is refused on the owner.
    const official = await staffUser(db, 'OFFICIAL')
    const bad = await run(
      saveResourceAction(
        null,
        form({
          ...fields,
          title: ' ',
          slug: 'Not A Slug!',
          topics: [],
          reviewedOn: '2026-02-30',
          intent: 'save',
        }),
      ),
    )
    expect(bad).toMatchObject({
      fieldErrors: {
        title: 'Enter a title',
        slug: 'Use lower-case letters, digits and hyphens only, like heat-action-plan-guide, or leave it empty',
        topics: 'Select at least one topic',
        reviewedOn: 'Enter a real date after 2000, like 2026-03-31',
      },
    })
    expect(
      await run(
        saveResourceAction(null, form({ ...fields, slug: '', ownerId: official.id, intent: 'save' })),
      ),
    ).toMatchObject({ fieldErrors: { ownerId: 'Select who keeps this entry current from the list' } })
  })

  it('a link: saved as a draft, published and taken off by the buttons, audited; a repeat changes nothing', async () => {
    const fields = {
      ...guideFields(editor.id),
      kind: 'LINK',
      title: 'Climate risk screening tool',
      body: '',
      url: 'https://tool.example.org/screening',
    }
    expect(await run(saveResourceAction(null, form({ ...fields, url: '' })))).toMatchObject({
      fieldErrors: { url: 'Enter the tool’s address, starting with https://' },
    })
    const created = (await run(saveResourceAction(null, form(fields)))) as string
    const id = created.split('/').pop()!.split('?')[0]!
    expect(await db.resource.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: 'LINK',
      url: 'https://tool.example.org/screening',
      status: 'DRAFT',
    })
    await setResourceStatus({ id, status: 'PUBLISHED', editor })
    expect(expiredTags).toEqual(['resource:climate-risk-screening-tool', 'resources'])
    await expect(setResourceStatus({ id, status: 'PUBLISHED', editor })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(await run(setResourceStatusAction(form({ id, status: 'PUBLISHED' })))).toBe(
      `redirect:/admin/resources/${id}?done=unchanged`,
    )
    expect(
      await run(saveResourceAction(null, form({ ...fields, id, summary: 'Screens a town in minutes.' }))),
    ).toBe(`redirect:/admin/resources/${id}?done=saved`)
    expect(await auditsOf(id)).toEqual(['resource.create', 'resource.publish', 'resource.update'])
    // A guide's button on a link is a tampered form: back to the list.
    expect(await run(publishLatestResourceAction(form({ id })))).toBe(
      'redirect:/admin/resources?problem=missing',
    )
    expect(await run(setResourceStatusAction(form({ id: 'not an id', status: 'DRAFT' })))).toBe(
      'redirect:/admin/resources?problem=missing',
    )
  })

  it('a file: a refused file is answered on the field with what was typed kept; a PDF is stored as the editor’s', async () => {
    const fields = { ...guideFields(editor.id), kind: 'FILE', title: 'Inventory workbook', body: '' }
    const fake = new File(['MZ\x90\x00 not a document'], 'inventory.pdf', { type: 'application/pdf' })
    const refused = await run(saveResourceAction(null, withFile(fields, fake)))
    expect(refused).toMatchObject({
      values: { title: 'Inventory workbook', summary: fields.summary },
      fieldErrors: { file: expect.stringMatching(/^The selected file must be a PDF/) },
    })
    expect(await run(saveResourceAction(null, form(fields)))).toMatchObject({
      fieldErrors: { file: 'Select the file to upload' },
    })
    expect(await db.resource.count({ where: { title: 'Inventory workbook' } })).toBe(0)

    const pdf = new File([MINIMAL_PDF], 'inventory guide.pdf', { type: 'application/pdf' })
    const created = (await run(saveResourceAction(null, withFile(fields, pdf)))) as string
    const id = created.split('/').pop()!.split('?')[0]!
    const row = await db.resource.findUniqueOrThrow({ where: { id }, include: { upload: true } })
    expect(row.upload).toMatchObject({
      filename: 'inventory guide.pdf',
      contentType: 'application/pdf',
      size: MINIMAL_PDF.length,
      createdById: editor.id,
    })
    // Saving again without a file keeps the stored one.
    await run(saveResourceAction(null, form({ ...fields, id, title: 'Inventory workbook (2026)' })))
    expect((await db.resource.findUniqueOrThrow({ where: { id } })).uploadId).toBe(row.uploadId)
  })

  it('moderators and officials are refused, by the actions and by the pages’ data', async () => {
    const official = await staffUser(db, 'OFFICIAL')
    const fields = guideFields(editor.id)
    for (const who of [moderator, official]) {
      signInAs(who)
      expect(await run(saveResourceAction(null, form(fields)))).toBe('FORBIDDEN')
      expect(await run(setResourceStatusAction(form({ id: 'cabc', status: 'PUBLISHED' })))).toBe('FORBIDDEN')
      await expect(listResourcesForAdmin()).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(listResourcesDueForReview()).rejects.toMatchObject({ code: 'FORBIDDEN' })
      expect(await run(restoreResourceRevisionAction(form({ id: 'cabc', revisionId: 'cabd' })))).toBe(
        'FORBIDDEN',
      )
    }
    // The domain functions check the role again inside their transaction.
    const input = resourceSchema.parse(fields)
    await expect(saveResource({ input, editor: moderator })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('the dashboard lists published guides past their yearly review, the oldest review first', async () => {
    await db.resource.deleteMany()
    const now = new Date('2026-06-15T12:00:00Z')
    const make = (title: string, kind: 'GUIDE' | 'LINK', status: 'DRAFT' | 'PUBLISHED', reviewedOn: string) =>
      db.resource.create({
        data: {
          slug: title.toLowerCase().replace(/\W+/g, '-'),
          kind,
          status,
          title,
          summary: 'S',
          url: kind === 'LINK' ? 'https://x.example.org' : null,
          reviewedOn: new Date(`${reviewedOn}T00:00:00Z`),
          ownerId: editor.id,
        },
      })
    await make('Reviewed two years ago', 'GUIDE', 'PUBLISHED', '2024-05-01')
    await make('Reviewed a year and a day ago', 'GUIDE', 'PUBLISHED', '2025-06-14')
    await make('Reviewed eleven months ago', 'GUIDE', 'PUBLISHED', '2025-07-15')
    await make('An old draft', 'GUIDE', 'DRAFT', '2020-01-01')
    await make('An old link', 'LINK', 'PUBLISHED', '2020-01-01')
    const due = await listResourcesDueForReview({ now })
    expect(due.map((g) => [g.title, g.reviewedOn])).toEqual([
      ['Reviewed two years ago', '2024-05-01'],
      ['Reviewed a year and a day ago', '2025-06-14'],
    ])
    const list = await listResourcesForAdmin({ now })
    expect(list.filter((r) => r.reviewDue).map((r) => r.title)).toEqual([
      'Reviewed a year and a day ago',
      'Reviewed two years ago',
    ])
  })
})
