// The guides and tools library's staff side, JS on and off: an editor opens it from the staff navigation, writes
// a guide, previews it, saves a draft, publishes it and finds it published in the list; a file that is not a
// PDF, workbook or CSV is refused next to the upload field with everything typed kept.
import { randomBytes } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'
import { createStaff, signInTo } from './helpers/staff'

async function openLibraryAdmin(page: import('@playwright/test').Page) {
  const email = await createStaff('EDITOR')
  await signInTo(page, '/admin', email)
  await page
    .getByRole('navigation', { name: 'Staff area' })
    .getByRole('link', { name: 'Guides and tools' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides and tools')
}

test('an editor writes a guide, previews it, saves a draft, publishes it and sees it in the list', async ({
  page,
}) => {
  const title = `Cooling centres for small towns ${randomBytes(3).toString('hex')}`
  await openLibraryAdmin(page)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Add an entry' }).click()
  await page.getByRole('link', { name: 'A guide' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a guide')

  await page.getByLabel('Title', { exact: true }).fill(title)
  await page
    .getByLabel('Summary', { exact: true })
    .fill('Where to open them, who to tell, and how to staff them.')
  await page.getByLabel('Text of the guide (markdown)').fill('## Choosing a site\n\nLibraries work **well**.')
  await page.getByRole('checkbox', { name: 'Extreme heat (hazard)' }).check()
  await page.getByRole('checkbox', { name: 'Action plans' }).check()
  await page.getByRole('button', { name: 'Preview', exact: true }).click()
  const preview = page.getByTestId('preview')
  await expect(preview.getByRole('heading', { name: 'Choosing a site' })).toBeVisible()
  await expect(preview.locator('strong', { hasText: 'well' })).toBeVisible()
  // Preview saves nothing and keeps what was typed, ticks included.
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title)
  await expect(page.getByRole('checkbox', { name: 'Extreme heat (hazard)' })).toBeChecked()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page).toHaveURL(/\/admin\/resources\/[A-Za-z0-9]+\?done=created(#.*)?$/)
  await expect(page.getByTestId('resource-status')).toContainText('Draft')
  await expect(
    page.getByRole('link', { name: /^\/resources\/cooling-centres-for-small-towns-/ }),
  ).toBeVisible()

  await page.getByLabel('Text of the guide (markdown)').fill('## Choosing a site\n\nLibraries and schools.')
  await page.getByLabel('What changed (optional)').fill('Schools too')
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page).toHaveURL(/\?done=draft(#.*)?$/)
  const history = page.getByRole('region', { name: 'Revision history' })
  await expect(history.getByRole('row')).toHaveCount(3)
  await expect(history).toContainText('Schools too')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(page).toHaveURL(/\?done=published(#.*)?$/)
  await expect(page.getByTestId('resource-status')).toContainText('Published')

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Guides and tools' })
    .click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) })
  await expect(row).toContainText('Guide')
  await expect(row).toContainText('Published')
})

test('a file that is not a PDF, workbook or CSV is refused next to the field, with what was typed kept', async ({
  page,
}) => {
  const title = `Inventory workbook ${randomBytes(3).toString('hex')}`
  await openLibraryAdmin(page)
  await page.getByRole('link', { name: 'Add an entry' }).click()
  await page.getByRole('link', { name: 'A file to download' }).click()
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel('Summary', { exact: true }).fill('A workbook for a first community inventory.')
  await page.getByRole('checkbox', { name: 'Energy (sector)' }).check()
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name: 'inventory.pdf',
    mimeType: 'application/pdf',
    // A Windows program's first bytes (binary, so not a CSV either), named as a PDF.
    buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff]),
  })
  await page.getByRole('button', { name: 'Save as a draft' }).click()

  const summary = page.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toContainText('The selected file must be a PDF')
  await expect(page.getByText('Error: The selected file must be a PDF')).toBeVisible()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title)
  await expect(page.getByRole('checkbox', { name: 'Energy (sector)' })).toBeChecked()
  await expectNoAxeViolations(page)
})
