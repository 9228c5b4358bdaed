// The experts and partners directory (/network/partners), JS on and off: a visitor finds it from the footer and
// reads who helps with what, never a person's contact details; an editor adds an entry from the staff area,
// corrects what the form refused, publishes it, and the cached public page shows it on the next request.
import { randomBytes } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'
import { withE2eDb } from './helpers/e2e-db'
import { createStaff, signInTo } from './helpers/staff'

test('a visitor finds the experts and partners from the footer, grouped by kind, without contact details', async ({
  page,
}) => {
  const published = await withE2eDb((db) =>
    db.partner.findMany({ where: { status: 'PUBLISHED' }, select: { name: true, helpsWith: true } }),
  )
  expect(published.length, 'the seed publishes the directory').toBeGreaterThanOrEqual(5)
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Experts and partners' }).click()
  await expect(page).toHaveURL(/\/network\/partners$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Experts and partners')
  await expect(page.getByRole('heading', { level: 2, name: 'The network’s technical team' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Universities' })).toBeVisible()
  for (const p of published) {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: p.name }) })
    await expect(card).toContainText(p.helpsWith.split('\n')[0]!)
  }
  // The network brokers every first contact: no email address or phone number on the page.
  const text = (await page.getByRole('main').textContent()) ?? ''
  expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
  expect(text).not.toMatch(/\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}/)
  // The kinds' links lead to their sections.
  await page
    .getByRole('navigation', { name: 'Kinds of partner' })
    .getByRole('link', { name: 'Universities' })
    .click()
  await expect(page).toHaveURL(/#university$/)
  await expectNoAxeViolations(page)
})

test('an editor adds an entry, corrects the refused fields, publishes it, and visitors see it', async ({
  page,
}) => {
  const name = `Tidewater Resilience Institute ${randomBytes(3).toString('hex')}`
  const email = await createStaff('EDITOR')
  await signInTo(page, '/admin', email)
  await page
    .getByRole('navigation', { name: 'Staff area' })
    .getByRole('link', { name: 'Experts and partners' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Experts and partners')
  await page.getByRole('link', { name: 'Add an entry' }).click()

  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Summary').fill('Coastal scientists who help small towns plan for rising water.')
  await page.getByLabel('What they help members with').fill('Sea level rise maps\nShoreline buffers')
  await page.getByLabel('States served (optional)').fill('VA, ZZ')
  await page.getByRole('button', { name: 'Save as a draft' }).click()

  // Refused: no kind, an unknown state. Said next to each field and at the top; nothing typed is lost.
  const summary = page.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toContainText('Select what kind of partner this is')
  await expect(summary).toContainText('Enter states as two-letter codes')
  // Each message is next to its field too, and the summary's links lead there.
  await expect(page.getByText('Error: Select what kind of partner this is')).toBeVisible()
  await summary.getByRole('link', { name: /Enter states as two-letter codes/ }).click()
  await expect(page).toHaveURL(/#f-statesServed$/)
  await expect(page.getByLabel('Name')).toHaveValue(name)
  await expect(page.getByLabel('What they help members with')).toHaveValue(
    'Sea level rise maps\nShoreline buffers',
  )
  await expectNoAxeViolations(page)
  await page.getByRole('radio', { name: 'Universities' }).check()
  await page.getByLabel('States served (optional)').fill('VA, md')
  await page.getByRole('button', { name: 'Save as a draft' }).click()
  await expect(page).toHaveURL(/\/admin\/partners\/[a-z0-9]+\?done=created(#.*)?$/)
  await expect(page.getByTestId('partner-status')).toContainText('Draft')

  // A draft is not on the public page.
  await page.goto('/network/partners')
  await expect(page.getByRole('heading', { level: 3, name })).toHaveCount(0)

  await page.goBack()
  await page.getByRole('button', { name: 'Publish this entry' }).click()
  await expect(page).toHaveURL(/\?done=published(#.*)?$/)
  await page.goto('/network/partners')
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) })
  await expect(card).toContainText('Shoreline buffers')
  await expect(card).toContainText('Serves: Virginia, Maryland')
  const universities = page.getByRole('region', { name: 'Universities' })
  await expect(universities.getByRole('heading', { level: 3, name })).toBeVisible()
})
