import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { e2eDatabaseUrl } from './e2e-env.mjs'

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

// The e2e-postgres stage (scripts/test.mjs) runs specs the SQLite stage ran just before on the same build: the
// markup does not depend on the database, and each audit costs about a second of the two cores.
const auditedOnSqlite = /^postgres(ql)?:/.test(e2eDatabaseUrl)

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
  const { violations } = await builder.analyze()
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}
