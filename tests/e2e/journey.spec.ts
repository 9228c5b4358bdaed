// The city journey in the officials' portal (issue 16), JS on and off: a signatory's official signs in by email
// link and finds the getting-started checklist (each item marked from their records) and every stage of the
// path with what it asks and where to do it, the next step marked the same as the public profile shows it;
// they follow the next step, then hide the checklist for good.
import { expect, test } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { budget, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { withE2eDb } from './helpers/e2e-db'
import { approvedSignatory, signInAsOfficial } from './helpers/official'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

test('an official follows the journey from the checklist and the next step, then hides the checklist', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(60_000))
  // Signatories the other portal specs do not use.
  const official = await approvedSignatory(javaScriptEnabled ? 6 : 7)
  const records = await withE2eDb((db) =>
    db.municipality.findUniqueOrThrow({
      where: { slug: official.slug },
      select: {
        _count: { select: { reports: true, officials: true } },
        targets: { where: { status: 'ACTIVE' }, select: { id: true } },
      },
    }),
  )

  // The stage the public profile shows as the first one not done.
  await page.goto(`/members/${official.slug}`)
  const stageRows = page
    .getByRole('table', { name: `Compliance stages of ${official.name}` })
    .getByRole('row')
  let publicNext: string | null = null
  for (const row of await stageRows.all()) {
    const cells = await row.getByRole('cell').allTextContents()
    if (cells.length === 0) continue
    if (!cells.at(-1)!.startsWith('Done')) {
      publicNext = (await row.getByRole('rowheader').textContent())!.trim()
      break
    }
  }

  await signInAsOfficial(page, official.email, smtp, { callbackPath: `/portal/${official.slug}` })
  const checklist = page.getByRole('region', { name: 'Getting started' })
  const done = [records._count.officials > 1, records._count.reports > 0, records.targets.length > 0]
  await expect(checklist).toContainText(`${done.filter(Boolean).length} of 3 done`)
  const startReport = checklist
    .getByRole('listitem')
    .filter({ hasText: 'Start your first annual progress report' })
  await expect(startReport).toContainText(done[1] ? 'Done' : 'To do')

  const journey = page.getByRole('region', { name: 'Compliance path' })
  await expect(
    journey.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }),
  ).toHaveCount(6)
  const current = journey.locator('li[aria-current="step"]')
  if (publicNext === null) {
    await expect(current).toHaveCount(0)
  } else {
    await expect(current).toHaveCount(1)
    await expect(current.getByRole('heading', { level: 3 })).toContainText(`${publicNext}Next step`)
    await expect(current).toContainText('What it asks:')
    await expect(journey).toContainText(`Next step: ${publicNext}`)
  }
  await expectNoAxeViolations(page)

  // The next step's first link leads where the work is done (or to the people who help).
  if (publicNext !== null) {
    const link = current.getByRole('list').getByRole('link').first()
    const href = (await link.getAttribute('href'))!
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[#]/g, '\\#')}$`))
    await page.goto(`/portal/${official.slug}`)
  }

  await checklist.getByRole('button', { name: 'Hide this checklist' }).click()
  await expect(page).toHaveURL(new RegExp(`/portal/${official.slug}\\?checklist=hidden$`))
  await expect(page.getByRole('status')).toContainText('The checklist is hidden')
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0)
  await page.goto(`/portal/${official.slug}`)
  await expect(page.getByRole('heading', { name: 'Compliance path' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0)
})
