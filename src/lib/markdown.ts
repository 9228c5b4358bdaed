import { marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

// Markdown written by staff, rendered to HTML that can never run script: marked renders, then
// sanitize-html keeps only an allow-list of tags and attributes (no on* handlers, no javascript: URLs).
const IMAGE_SRC = /^(https:\/\/|\/images\/[A-Za-z0-9]+$)/

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'blockquote',
    'code',
    'pre',
    'hr',
    'br',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'img',
  ],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], th: ['scope'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  // Images come from our own image library (/images/<id>) or over https; any other relative src is dropped.
  exclusiveFilter: (frame) => frame.tag === 'img' && !IMAGE_SRC.test(frame.attribs.src ?? ''),
  // Content headings start at h2: the page owns its h1.
  transformTags: { h1: 'h2' },
}

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true }) as string
  return sanitizeHtml(html, allowed)
}

/**
 * The words of markdown as a reader sees them: text, link text, image descriptions and code, without the
 * markup, link addresses or HTML tags. For full-text search (ContentPage.searchText).
 */
export function markdownWords(source: string): string {
  const words: string[] = []
  marked.walkTokens(marked.lexer(source, { gfm: true }), (token) => {
    // Tokens with children (paragraphs, links, emphasis) are read through those children.
    if ('tokens' in token && token.tokens) return
    if (token.type === 'html') words.push(token.text.replace(/<[^>]*>/g, ' '))
    else if (
      token.type === 'text' ||
      token.type === 'codespan' ||
      token.type === 'code' ||
      token.type === 'escape'
    )
      words.push(token.text)
  })
  return words.join(' ')
}
