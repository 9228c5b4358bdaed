// Content pages: drafts, publishing (with the cache tags the public pages use), unpublishing, restoring an
// old revision and comparing revisions; and the editor's server actions, which check the role every time.
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { expiredTags } from '../../helpers/next-cache'
import { saveContentDraft } from '@/server/content/save-content-draft'
import { publishContentPage } from '@/server/content/publish-content-page'
import { unpublishContentPage } from '@/server/content/unpublish-content-page'
import { restoreContentRevision } from '@/server/content/restore-content-revision'
import { compareRevisions } from '@/server/content/compare-revisions'
import { getContentPageForEdit } from '@/server/content/get-content-page-for-edit'
import { listContentPages } from '@/server/content/list-content-pages'
import { getPublishedPage } from '@/server/content/get-published-page'
import {
  publishLatestAction,
  restoreRevisionAction,
  saveContentAction,
  unpublishContentAction,
} from '@/app/admin/content/actions'
import { AppError } from '@/server/errors'
import { editorUser, form, publishedPage, run, setUpContentTests } from './fixtures'

let editor: { id: string; email: string }
let moderator: { id: string }
setUpContentTests((staff) => ({ editor, moderator } = staff))

const input = (body: string, title = 'A campaign story') => ({
  title,
  description: 'What it is about.',
  body,
  note: null,
})
const later = (minutes: number) => new Date(Date.UTC(2026, 5, 1, 12, minutes))

describe('content pages', () => {
  it('saving a draft adds a revision by its author and leaves the public page and its cache alone', async () => {
    const page = await publishedPage()
    await saveContentDraft({ pageId: page.id, editor, input: input('A new first text.'), now: later(1) })
    expect((await getPublishedPage(page.slug))?.body).toBe('The first text.\n\nA second paragraph.')
    expect(expiredTags).toEqual([])
    const edit = await getContentPageForEdit({ id: page.id })
    expect(edit?.latest).toMatchObject({ body: 'A new first text.', published: false })
    expect(edit?.revisions[0]?.author).toContain(editor.email)
    expect(edit?.revisions).toHaveLength(2)
    const audit = await db.auditLog.findFirst({ where: { entityId: page.id, action: 'content.save-draft' } })
    expect(audit?.actorId).toBe(editor.id)
    expect(JSON.parse(audit!.after!)).toMatchObject({ body: 'A new first text.' })
  })

  it('publishing makes the newest revision the public text and expires the page`s cache tag', async () => {
    const page = await publishedPage()
    await saveContentDraft({ pageId: page.id, editor, input: input('Draft text.'), now: later(2) })
    await publishContentPage({ pageId: page.id, editor, now: later(3) })
    expect(expiredTags).toEqual([`content:${page.slug}`, 'content-pages'])
    expect((await getPublishedPage(page.slug))?.body).toBe('Draft text.')
    const revisions = await db.contentRevision.findMany({ where: { pageId: page.id } })
    expect(revisions).toHaveLength(2)
    expect(revisions.every((r) => r.published)).toBe(true)
    const audit = await db.auditLog.findFirst({ where: { entityId: page.id, action: 'content.publish' } })
    expect(JSON.parse(audit!.before!)).toMatchObject({ body: 'The first text.\n\nA second paragraph.' })
    expect(JSON.parse(audit!.after!)).toMatchObject({ body: 'Draft text.', status: 'PUBLISHED' })
  })

  it('publishing what was typed saves it as a revision, but not twice when nothing changed', async () => {
    const page = await publishedPage()
    await publishContentPage({ pageId: page.id, editor, input: input('Typed and published.'), now: later(4) })
    await publishContentPage({ pageId: page.id, editor, input: input('Typed and published.'), now: later(5) })
    expect(await db.contentRevision.count({ where: { pageId: page.id } })).toBe(2)
    expect((await getPublishedPage(page.slug))?.body).toBe('Typed and published.')
  })

  it('unpublishing takes the page off the site (the public page falls back) and expires its tag', async () => {
    const page = await publishedPage()
    await unpublishContentPage({ pageId: page.id, editor })
    expect(await getPublishedPage(page.slug)).toBeNull()
    expect(expiredTags).toEqual([`content:${page.slug}`, 'content-pages'])
    await expect(unpublishContentPage({ pageId: page.id, editor })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await publishContentPage({ pageId: page.id, editor })
    expect((await getPublishedPage(page.slug))?.body).toBe('The first text.\n\nA second paragraph.')
  })

  it('restoring an old revision makes a new draft with its text; history is kept', async () => {
    const page = await publishedPage()
    const first = (await db.contentRevision.findFirstOrThrow({ where: { pageId: page.id } })).id
    await publishContentPage({ pageId: page.id, editor, input: input('Second version.'), now: later(6) })
    const { revisionId } = await restoreContentRevision({
      pageId: page.id,
      revisionId: first,
      editor,
      now: later(7),
    })
    const restored = await db.contentRevision.findUniqueOrThrow({ where: { id: revisionId } })
    expect(restored).toMatchObject({
      body: 'The first text.\n\nA second paragraph.',
      published: false,
      authorId: editor.id,
    })
    expect(restored.note).toMatch(/^Restored from the revision of 2026-01-01 00:00 UTC$/)
    expect(await db.contentRevision.count({ where: { pageId: page.id } })).toBe(3)
    // Still a draft: the public page keeps the published text until someone publishes.
    expect((await getPublishedPage(page.slug))?.body).toBe('Second version.')
    expect(expiredTags).toEqual([`content:${page.slug}`, 'content-pages'])
    await expect(
      restoreContentRevision({ pageId: page.id, revisionId: 'nosuchrevision1', editor }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('compares a revision with the newest one, line by line and word by word', async () => {
    const body = [
      'Intro line.',
      'Kept 1.',
      'Kept 2.',
      'Kept 3.',
      'Kept 4.',
      'Kept 5.',
      'Kept 6.',
      'Old ending.',
    ].join('\n')
    const page = await publishedPage(body, 'Old title')
    const first = (await db.contentRevision.findFirstOrThrow({ where: { pageId: page.id } })).id
    await saveContentDraft({
      pageId: page.id,
      editor,
      input: input(body.replace('Old ending.', 'New ending.'), 'New title'),
      now: later(8),
    })
    const result = await compareRevisions({ pageId: page.id, revisionId: first })
    expect(result?.identical).toBe(false)
    expect(result?.title).toEqual([
      { kind: 'removed', text: 'Old' },
      { kind: 'added', text: 'New' },
      { kind: 'same', text: ' title' },
    ])
    expect(result?.body).toEqual([
      { kind: 'skipped', count: 5 },
      { kind: 'same', text: 'Kept 5.' },
      { kind: 'same', text: 'Kept 6.' },
      { kind: 'removed', text: 'Old ending.' },
      { kind: 'added', text: 'New ending.' },
    ])
    expect(await compareRevisions({ pageId: page.id, revisionId: 'unknownrevision' })).toBeNull()
  })

  it('only active editors and admins change content, checked in the database at the time of the change', async () => {
    const page = await publishedPage()
    await expect(
      saveContentDraft({ pageId: page.id, editor: moderator, input: input('x') }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const gone = await editorUser()
    await db.user.update({ where: { id: gone.id }, data: { active: false } })
    await expect(publishContentPage({ pageId: page.id, editor: gone })).rejects.toBeInstanceOf(AppError)
    expect(await db.contentRevision.count({ where: { pageId: page.id } })).toBe(1)
  })
})

describe('content editor actions', () => {
  it('refuse anonymous visitors and moderators, whatever the form holds', async () => {
    const page = await publishedPage()
    const fields = { pageId: page.id, title: 'T', body: 'Hacked', intent: 'publish' }
    signInAs(null)
    expect(await run(saveContentAction(null, form(fields)))).toBe('UNAUTHENTICATED')
    signInAs(moderator)
    expect(await run(saveContentAction(null, form(fields)))).toBe('FORBIDDEN')
    expect(await run(unpublishContentAction(form({ pageId: page.id })))).toBe('FORBIDDEN')
    expect(await run(publishLatestAction(form({ pageId: page.id })))).toBe('FORBIDDEN')
    const revisionId = (await db.contentRevision.findFirstOrThrow({ where: { pageId: page.id } })).id
    expect(await run(restoreRevisionAction(form({ pageId: page.id, revisionId })))).toBe('FORBIDDEN')
    await expect(listContentPages()).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await getPublishedPage(page.slug))?.body).not.toBe('Hacked')
  })

  it('Preview renders the sanitised text without saving anything', async () => {
    const page = await publishedPage()
    const body =
      '## Heading\n\nHello <script>alert(1)</script><img src=x onerror="alert(2)"> [link](javascript:alert(3))'
    const state = (await run(
      saveContentAction(null, form({ pageId: page.id, title: '', body, intent: 'preview' })),
    )) as { previewHtml: string; values: { body: string } }
    expect(state.previewHtml).toContain('<h2>Heading</h2>')
    expect(state.previewHtml).not.toMatch(/<script|onerror|javascript:/i)
    expect(state.values.body).toBe(body)
    expect(await db.contentRevision.count({ where: { pageId: page.id } })).toBe(1)
  })

  it('answers bad input beside the fields, keeping what was typed', async () => {
    const page = await publishedPage()
    const state = await run(
      saveContentAction(
        null,
        form({ pageId: page.id, title: ' ', body: '  ', description: 'x'.repeat(301), intent: 'save' }),
      ),
    )
    expect(state).toMatchObject({
      fieldErrors: {
        title: 'Enter a title',
        body: 'Enter the text of the page',
        description: 'The description must be 300 characters or fewer',
      },
      values: { description: 'x'.repeat(301) },
    })
  })

  it('a tampered or stale hidden id leads back to the list, never to an error page', async () => {
    const page = await publishedPage()
    const missing = 'redirect:/admin/content?problem=missing'
    expect(await run(saveContentAction(null, form({ pageId: '<script>', title: 'T', body: 'B' })))).toBe(
      missing,
    )
    expect(
      await run(saveContentAction(null, form({ pageId: 'nosuchpage0001', title: 'T', body: 'B' }))),
    ).toBe(missing)
    expect(await run(restoreRevisionAction(form({ pageId: page.id, revisionId: 'nosuchrevision' })))).toBe(
      missing,
    )
    expect(await run(publishLatestAction(form({ pageId: 'nosuchpage0001' })))).toBe(missing)
    expect(await run(unpublishContentAction(form({ pageId: '' })))).toBe(missing)
  })

  it('Save draft and Publish save a revision and return to the editor', async () => {
    const page = await publishedPage()
    const fields = {
      pageId: page.id,
      title: 'A campaign story',
      description: '',
      body: 'Line one\r\nLine two',
      note: '',
    }
    expect(await run(saveContentAction(null, form({ ...fields, intent: 'save' })))).toBe(
      `redirect:/admin/content/${page.id}?done=saved`,
    )
    expect(expiredTags).toEqual([])
    expect(await run(saveContentAction(null, form({ ...fields, intent: 'publish' })))).toBe(
      `redirect:/admin/content/${page.id}?done=published`,
    )
    expect(expiredTags).toEqual([`content:${page.slug}`, 'content-pages'])
    // CRLF from the browser is stored as LF, so publishing the unchanged draft adds no revision.
    expect(await db.contentRevision.count({ where: { pageId: page.id } })).toBe(2)
    expect((await getPublishedPage(page.slug))?.body).toBe('Line one\nLine two')
  })
})
