// Content pages, editors and a stand-in session for the content tests.
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { db, truncateAll, uniqueSlug } from '../../helpers/db'
import { resetExpiredTags } from '../../helpers/next-cache'
import { signInAs } from '../../helpers/session'
import { staffUser } from '../../fixtures/factories'
import { contentPageSearchText } from '@/lib/domain/site-search-text'

export const editorUser = () => staffUser(db, 'EDITOR')
export const moderatorUser = () => staffUser(db, 'MODERATOR')

type Staff = Awaited<ReturnType<typeof editorUser>>

/**
 * The content tests' set-up: an editor and a moderator made once (handed to `use`), the database emptied
 * at the end, and each test starting signed in as the editor with no cache tags expired yet.
 */
export function setUpContentTests(use: (staff: { editor: Staff; moderator: Staff }) => void) {
  let editor: Staff
  beforeAll(async () => {
    const staff = { editor: await editorUser(), moderator: await moderatorUser() }
    editor = staff.editor
    use(staff)
  })
  afterAll(truncateAll)
  beforeEach(() => {
    resetExpiredTags()
    signInAs(editor)
  })
}

/** A published content page with one published revision, as the seed makes them. */
export async function publishedPage(
  body = 'The first text.\n\nA second paragraph.',
  title = 'A campaign story',
) {
  const slug = uniqueSlug('campaigns/test')
  return db.contentPage.create({
    data: {
      slug,
      title,
      body,
      description: 'What it is about.',
      searchText: contentPageSearchText({ description: 'What it is about.', body }),
      status: 'PUBLISHED',
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      revisions: {
        create: {
          title,
          body,
          description: 'What it is about.',
          published: true,
          note: 'Initial content',
          createdAt: new Date('2026-01-01T00:00:00Z'),
        },
      },
    },
  })
}

export { formOf as form } from '../../helpers/server-actions'

/** What an action ended in: a redirect target, a refusal code, or its returned state. */
export async function run(action: Promise<unknown>): Promise<unknown> {
  try {
    return await action
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return code
    const digest = (e as { digest?: string }).digest
    if (digest?.startsWith('NEXT_REDIRECT')) return `redirect:${digest.split(';')[2]}`
    throw e
  }
}
