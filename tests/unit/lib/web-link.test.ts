import { describe, expect, it } from 'vitest'
import { webLink } from '@/lib/web-link'

describe('webLink (a stored address as a link target)', () => {
  it.each(['https://www.example.gov/', 'http://example.gov/plan.pdf?a=1&b="2"'])('links %s', (url) => {
    expect(webLink(url)).toBe(new URL(url).toString())
  })

  it.each([
    "javascript:alert('x')",
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/members/x',
    'not a url',
    '',
    null,
    undefined,
  ])('never links %s', (value) => {
    expect(webLink(value)).toBeNull()
  })
})
