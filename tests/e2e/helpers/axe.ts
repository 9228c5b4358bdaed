import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { e2eDatabaseUrl } from './e2e-env.mjs'

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

// The e2e-postgres stage (scripts/test.mjs) runs specs the SQLite stage ran just before on the same build: the
// markup does not depend on the database, and each audit costs about a second of the two cores.
const auditedOnSqlite = /^postgres(ql)?:/.test(e2eDatabaseUrl)

// Colour contrast depends on the text styles in use (colour, background, size, weight), not on the words: a page
// whose every text style an earlier audit of this run (this Playwright process) already checked is audited with
// every rule but that one, the costliest (~0.7 s of ~1.3 s an audit on two cores). A page with one new style, a
// background image, a translucent layer or a text shadow gets the whole audit.
const contrastCheckedStyles = new Set<string>()

/** The text styles on the page, one key each; null when one cannot be judged by its styles alone. */
function textStyles(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const keys = new Set<string>()
    const background = (el: Element | null): string | null => {
      for (let e = el; e; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (style.backgroundImage !== 'none' || Number(style.opacity) < 1) return null
        if (!/^rgba\(.*, 0\)$|^transparent$/.test(style.backgroundColor)) return style.backgroundColor
      }
      return 'canvas'
    }
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      )
      if (!own && !el.matches('input, select, textarea, button')) continue
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden') continue
      const bg = background(el)
      if (bg === null || style.textShadow !== 'none') return null
      keys.add([style.color, bg, style.fontSize, style.fontWeight].join('|'))
    }
    return [...keys]
  })
}

/**
 * Fails the test with a readable list when axe finds WCAG 2.2 A/AA violations on the page as it is now.
 * Axe runs as a script in the page, which JavaScript-disabled contexts refuse: there the audit is left
 * to the "js" project, which loads the same server-rendered pages. On PostgreSQL it is left to the SQLite run.
 */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string[] } = {}) {
  if (test.info().project.use.javaScriptEnabled === false || auditedOnSqlite) return
  // Next.js streams a dynamic page's <title> after its content; after a client-side move the title can
  // arrive a moment after the new page shows. Wait for it (a page without one still fails, on timeout).
  await expect.poll(() => page.title(), { message: `no <title> on ${page.url()}` }).not.toBe('')
  let builder = new AxeBuilder({ page }).withTags(wcag22aa)
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector)
  const styles = await textStyles(page)
  const contrastKnown = styles !== null && styles.every((key) => contrastCheckedStyles.has(key))
  if (contrastKnown) builder = builder.disableRules(['color-contrast'])
  const { violations } = await builder.analyze()
  if (!contrastKnown && styles && violations.length === 0)
    for (const key of styles) contrastCheckedStyles.add(key)
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}
