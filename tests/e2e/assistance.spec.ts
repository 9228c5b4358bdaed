// Experts on call (issue 16), JS on and off: an approved signatory signs in by email link and asks the network
// for help from the portal; an editor finds the request in the staff queue, assigns it to themselves and
// answers; the official gets the answer by email (real SMTP) and reads it in the portal, replies, and staff
// close the request. The official attaches a CSV file to the question (a refused file first: the message by the
// field, the question kept), and staff download it. Axe on every new page.
import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { budget, e2eBaseUrl, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { approvedSignatory, signInAsOfficial } from './helpers/official'
import { createStaff, signInTo } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

// Staff work in a browser of their own, JavaScript on or off as the project says.
async function staffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: e2eBaseUrl,
    javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
  })
  return context.newPage()
}

const errorSummary = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) })

test('an official asks for help; staff assign, answer by email and close', async ({
  page,
  browser,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(120_000))
  // Signatories the other portal specs do not use.
  const official = await approvedSignatory(javaScriptEnabled ? 8 : 9)
  const tag = randomBytes(4).toString('hex')
  const question = `Which grants pay for a heat action plan? (${tag})`
  const answer = `Look at the state resilience fund; we can talk it through. (${tag})`

  await signInAsOfficial(page, official.email, smtp, { callbackPath: `/portal/${official.slug}` })
  await page.getByRole('link', { name: 'Ask the network for help' }).first().click()
  await expect(page).toHaveURL(new RegExp(`/portal/${official.slug}/help$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ask the network for help')
  await expectNoAxeViolations(page)

  // An empty question is answered next to its field; the topic chosen stays.
  await page.getByLabel('What do you need help with?').selectOption({ label: 'Funding and finance' })
  await page.getByRole('button', { name: 'Ask for help' }).click()
  await expect(errorSummary(page).getByRole('link', { name: 'Enter your question' })).toBeVisible()
  await expect(page.getByLabel('What do you need help with?')).toHaveValue('FUNDING')
  await expectNoAxeViolations(page)

  // A file that is not a PDF, workbook or CSV (binary with commas, named .csv) is refused by the field; what was
  // typed stays, and the file is chosen again.
  const csvName = `inventory-${tag}.csv`
  const csvText = `Sector,Tonnes CO2e\r\nBuildings,1200\r\nTransport (${tag}),800\r\n`
  const goodFile = test.info().outputPath(csvName)
  const badFile = test.info().outputPath('export.csv')
  await writeFile(goodFile, csvText)
  await writeFile(badFile, Buffer.from([0x4d, 0x5a, 0x2c, 0x00, 0x90, 0x2c, 0xff, 0xfe, 0x2c, 0x0a]))
  await page.getByLabel('Your question').fill(question)
  await page.getByRole('radio', { name: 'On a video call' }).check()
  await page.getByLabel('Attach a file (optional)').setInputFiles(badFile)
  await page.getByRole('button', { name: 'Ask for help' }).click()
  const refusedFile = 'The selected file must be a PDF, an Excel workbook (.xlsx) or a CSV file'
  await expect(errorSummary(page).getByRole('link', { name: refusedFile })).toBeVisible()
  await expect(page.getByLabel('Attach a file (optional)')).toHaveAccessibleDescription(
    new RegExp(refusedFile.replace(/[().]/g, '\\$&')),
  )
  await expect(page.getByLabel('Your question')).toHaveValue(question)
  await expect(page.getByLabel('What do you need help with?')).toHaveValue('FUNDING')
  await expect(page.getByRole('radio', { name: 'On a video call' })).toBeChecked()
  await expectNoAxeViolations(page)

  await page.getByLabel('Attach a file (optional)').setInputFiles(goodFile)
  await page.getByRole('button', { name: 'Ask for help' }).click()
  await expect(page).toHaveURL(new RegExp(`/portal/${official.slug}/help/([^/?]+)\\?asked=1$`))
  const requestId = /\/help\/([^/?]+)\?/.exec(page.url())![1]!
  await expect(page.getByRole('status')).toContainText('Your request has been sent')
  await expect(page.getByTestId('request-status')).toHaveText('New')
  await expect(page.getByRole('list', { name: 'Conversation' })).toContainText(question)
  await expect(page.getByTestId('attachment')).toHaveText(
    `Attached: ${csvName} (CSV file, ${csvText.length} bytes)`,
  )
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Ask the network for help' }).click()
  await expect(page.getByRole('link', { name: /Funding and finance: Which grants/ }).first()).toBeVisible()

  // An editor finds it in the queue (oldest first; the newest at the end) and opens it.
  const staff = await staffPage(browser)
  try {
    const editor = await createStaff('EDITOR')
    await signInTo(staff, '/admin', editor)
    await staff.getByRole('link', { name: 'Assistance requests', exact: true }).click()
    await expect(staff).toHaveURL(/\/admin\/assistance$/)
    await expectNoAxeViolations(staff)
    const row = staff.locator(`a[href="/admin/assistance/${requestId}"]`)
    await expect(row).toHaveText(`${official.name}, ${official.state}: Funding and finance`)
    await row.click()
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText(
      `${official.name}, ${official.state}: Funding and finance`,
    )
    // Staff see the official's address; the official's page does not show staff's.
    await expect(staff.getByRole('link', { name: official.email })).toBeVisible()
    await expect(staff.getByRole('list', { name: 'Conversation' })).toContainText(question)
    await expect(staff.getByTestId('attachment')).toContainText(
      `${csvName} (CSV file, ${csvText.length} bytes)`,
    )
    await expectNoAxeViolations(staff)
    // Staff download the official's file: the bytes sent, under its name.
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name: csvName }).click(),
    ])
    expect(download.suggestedFilename()).toBe(csvName)
    expect(await readFile(await download.path())).toEqual(Buffer.from(csvText))
    const href = await staff.getByRole('link', { name: csvName }).getAttribute('href')
    const served = await staff.request.get(href!)
    expect(served.headers()).toMatchObject({
      'content-type': 'text/csv',
      'content-disposition': `attachment; filename="${csvName}"; filename*=UTF-8''${csvName}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'; sandbox",
    })

    await staff.getByRole('button', { name: 'Assign to me' }).click()
    await expect(staff.getByRole('status')).toContainText('The request is assigned.')
    await expect(staff.getByTestId('request-status')).toHaveText('Assigned')
    await expect(staff.getByTestId('request-assignee')).toHaveText('E2E EDITOR')

    await staff.getByRole('button', { name: 'Send the answer' }).click()
    await expect(errorSummary(staff).getByRole('link', { name: 'Enter your answer' })).toBeVisible()
    await staff.getByLabel('Your answer').fill(answer)
    await staff.getByRole('button', { name: 'Send the answer' }).click()
    await expect(staff.getByRole('status')).toContainText('emailed to the official')
    await expect(staff.getByTestId('request-status')).toHaveText('Waiting on the member')

    // The official gets the answer by email, with the link to the conversation.
    const mail = await smtp.waitFor((m) => m.to.includes(official.email) && m.text.includes(answer))
    expect(mail.subject).toBe('Your request for help: an answer from our staff')
    const link = /(https?:\/\/\S+\/portal\/\S+\/help\/\S+)/.exec(mail.text)?.[1]
    expect(link).toMatch(new RegExp(`/portal/${official.slug}/help/${requestId}$`))
    await page.goto(link!)
    await expect(page.getByTestId('request-status')).toHaveText('Answered: waiting for you')
    const thread = page.getByRole('list', { name: 'Conversation' })
    await expect(thread).toContainText(answer)
    await expect(thread).toContainText('E2E (network staff)')
    await expect(thread).not.toContainText(editor)
    await page.getByLabel('Your reply').fill(`Thank you, that helps. (${tag})`)
    await page.getByRole('button', { name: 'Send reply' }).click()
    await expect(page.getByRole('status')).toContainText('Your reply has been sent')
    await expect(page.getByTestId('request-status')).toHaveText('With our staff')

    // Staff see the reply, close the request, and find it among the closed ones.
    await staff.reload()
    await expect(staff.getByTestId('request-status')).toHaveText('Assigned')
    await expect(staff.getByRole('list', { name: 'Conversation' })).toContainText('Thank you, that helps.')
    await staff.getByRole('button', { name: 'Close the request' }).click()
    await expect(staff).toHaveURL(/\/admin\/assistance\?closed=1$/)
    await expect(staff.getByRole('status')).toContainText('The request is closed.')
    await expect(staff.locator(`a[href="/admin/assistance/${requestId}"]`)).toHaveCount(0)
    await staff.getByLabel('Show').selectOption('CLOSED')
    await staff.getByRole('button', { name: 'Filter' }).click()
    await expect(staff.locator(`a[href="/admin/assistance/${requestId}"]`)).toBeVisible()

    // The dashboard shows the open requests by age.
    await staff.goto('/admin')
    await expect(staff.getByRole('table', { name: /Open assistance requests by how long ago/ })).toBeVisible()
    await expectNoAxeViolations(staff)
  } finally {
    await staff.context().close()
  }

  await page.reload()
  await expect(page.getByTestId('request-status')).toHaveText('Closed')
  await expect(page.getByLabel('Your reply')).toHaveCount(0)
})
