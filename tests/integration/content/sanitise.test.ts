// Content is rendered through one sanitiser: whatever an editor (or an attacker with an editor's account)
// writes, no script, event handler or javascript: URL reaches the HTML, and images come only from our
// image library or over https.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { renderMarkdown } from '@/lib/markdown'
import { publishContentPage } from '@/server/content/publish-content-page'
import { getPublishedPage } from '@/server/content/get-published-page'
import { editorUser, publishedPage } from './fixtures'

let editor: { id: string }
beforeAll(async () => {
  editor = await editorUser()
})
afterAll(truncateAll)

const hostile = [
  '<script>alert(1)</script>',
  '<img src="/images/abc123def4" onerror="alert(2)">',
  '<a href="javascript:alert(3)">click</a>',
  '[md link](javascript:alert(4))',
  '<a href="JaVaScRiPt:alert(5)">mixed case</a>',
  '<svg onload="alert(6)"><circle/></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<p style="background:url(javascript:alert(7))" onclick="alert(8)">styled</p>',
  '![x](javascript:alert(9))',
  '<object data="x"></object><embed src="x">',
  '<form action="https://evil.example"><input name="a"></form>',
].join('\n\n')

describe('rendered content', () => {
  it('never carries script, handlers, javascript: URLs or embedded documents', async () => {
    const page = await publishedPage()
    await publishContentPage({
      pageId: page.id,
      editor,
      input: { title: 'T', description: null, note: null, body: `## Safe\n\n${hostile}` },
    })
    const published = await getPublishedPage(page.slug)
    const html = renderMarkdown(published!.body)
    expect(html).toContain('<h2>Safe</h2>')
    expect(html).not.toMatch(/<script|<svg|<iframe|<object|<embed|<form|<input|style=/i)
    expect(html).not.toMatch(/\son\w+\s*=/i)
    expect(html).not.toMatch(/javascript:/i)
    expect(await db.contentPage.count({ where: { id: page.id } })).toBe(1)
  })

  it('allows images from /images/ and https only', () => {
    expect(renderMarkdown('![Map](/images/abc123def4)')).toContain(
      '<img src="/images/abc123def4" alt="Map" />',
    )
    expect(renderMarkdown('![Map](https://example.org/a.png)')).toContain('src="https://example.org/a.png"')
    for (const src of [
      'http://example.org/a.png',
      '//evil.example/a.png',
      '/admin/uploads/abc',
      'data:image/png;base64,AAAA',
      '/images/../admin',
    ])
      expect(renderMarkdown(`![x](${src})`), src).not.toContain('<img')
  })

  it('turns a level-one heading into a level-two one (the page owns its h1)', () => {
    expect(renderMarkdown('# Big')).toBe('<h2>Big</h2>\n')
  })
})
