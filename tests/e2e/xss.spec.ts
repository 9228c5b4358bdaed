// Cross-site scripting, JS on: classic payloads planted in every field people or staff can write (through
// the real forms where a form takes them, straight into the database for the rest, as an import or an older
// version might have stored them), then every public and staff page that shows them is opened in Chromium.
// A payload that ran would call window.__xss or open a dialog; none may, no element may carry an event
// handler or a javascript: link from a payload, and the XML, SVG, CSV and JSON outputs must parse and hold
// the text escaped. Planted records are distinct (ids and names carry a run token) and removed at the end,
// after one last cache expiry, so the other specs' counts still match their cached pages.
import { randomBytes } from 'node:crypto'
import { expect as baseExpect, test, type Page } from '@playwright/test'
import { withE2eDb } from './helpers/e2e-db'
import { budget } from './helpers/e2e-env.mjs'
import { createStaff, STAFF_PASSWORD } from './helpers/staff'

// Many pages and a few argon2 sign-ins on a shared CI machine: allow more than the default 5 s per wait.
const expect = baseExpect.configure({ timeout: budget(15_000) })

const RUN = `zq${randomBytes(3).toString('hex')}` // searchable, lower case, in every planted text
const ID = (what: string) => `xss${RUN}${what}`

/** Every classic payload, each calling the sentinel with where it was planted. */
function payload(where: string): string {
  const hit = (kind: string) => `__xss('${where}:${kind}')`
  return [
    `${RUN}`,
    `<script>${hit('script')}</script>`,
    `<img src=x onerror="${hit('img')}">`,
    `<svg onload="${hit('svg')}"></svg>`,
    `"><script>${hit('attr-dq')}</script>`,
    `'><img src=x onerror=${hit('attr-sq')}>`,
    `</script><script>${hit('end-script')}</script>`,
    `</title><script>${hit('end-title')}</script>`,
    `</textarea><img src=x onerror=${hit('end-textarea')}>`,
    `</style><img src=x onerror=${hit('end-style')}>`,
    `]]><script>${hit('cdata')}</script>`,
    `<iframe srcdoc="<script>parent.${hit('srcdoc')}</script>"></iframe>`,
    `javascript:${hit('js-url')}`,
    `<a href="javascript:${hit('a-href')}">link</a>`,
    `\u202Efdp.exe\u202C \u200B\u2066rtl\u2069`, // right-to-left override, zero-width space, isolates
  ].join(' ')
}
/** A payload for fields with a length limit (the municipality name takes 120 characters). */
const shortPayload = (where: string) =>
  `${RUN} "><img src=x onerror=__xss('${where}')></title><svg onload=__xss('${where}-svg')>`
/** Markdown that tries links, images and raw HTML. */
function markdownPayload(where: string): string {
  const hit = (kind: string) => `__xss('${where}:${kind}')`
  return [
    `## ${RUN} heading`,
    `[a link](javascript:${hit('md-link')}) and [another](JaVaScRiPt:${hit('md-link-case')})`,
    `![an image](javascript:${hit('md-img')}) ![broken](x" onerror="${hit('md-img-attr')})`,
    `[ref link][r]`,
    '',
    `[r]: javascript:${hit('md-ref')}`,
    '',
    `<img src=x onerror="${hit('md-html-img')}">`,
    `<script>${hit('md-script')}</script>`,
    `<a href="jav&#x09;ascript:${hit('md-entity')}">entity</a>`,
    `<details open ontoggle="${hit('md-details')}">d</details>`,
    `<iframe src="javascript:${hit('md-iframe')}"></iframe>`,
    `<svg><script>${hit('md-svg')}</script></svg>`,
    `<p style="background:url(javascript:${hit('md-style')})">styled</p>`,
    `<form action="javascript:${hit('md-form')}"><button>go</button></form>`,
    '',
    payload(where),
  ].join('\n')
}
const CSV_FORMULA = `=cmd|' /C calc'!A0`

const hits: string[] = []
const pageErrors: string[] = []

/** Attributes a payload would use to run script, left in the page after rendering and hydration. */
async function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background']
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase()
        const value = attr.value.replace(/[\u0000-\u0020]/g, '')
        if (name.startsWith('on') && /__xss/.test(attr.value)) found.push(`<${el.tagName} ${name}>`)
        if (urlAttrs.includes(name) && /^(javascript|vbscript|data):/i.test(value) && /xss/i.test(value))
          found.push(`<${el.tagName} ${name}="${attr.value.slice(0, 60)}">`)
        if (name === 'style' && /javascript:/i.test(value)) found.push(`<${el.tagName} style>`)
      }
      if (el.tagName === 'SCRIPT' && /^\s*__xss/.test(el.textContent ?? '')) found.push('<script>')
    }
    return found
  })
}

/** Opens a page, lets any planted payload have its chance, and checks none ran. */
async function visit(page: Page, path: string, { expectText = true } = {}) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBeLessThan(400)
  await checkPage(page, path, { expectText })
}

/** Checks the page as it is now (after a form's answer, say): the planted text is there, and inert. */
async function checkPage(page: Page, path: string, { expectText = true } = {}) {
  await page.waitForLoadState('load')
  // Handlers that fire after load (autofocus, toggle, animation events) have run once two frames have been
  // drawn; a payload's call to __xss reaches the test before this evaluate's answer does.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
      ),
  )
  if (expectText) {
    const shown = await page.evaluate(
      (run) =>
        document.body.innerText.includes(run) ||
        Array.from(document.querySelectorAll('input, textarea')).some((f) =>
          (f as HTMLInputElement).value.includes(run),
        ),
      RUN,
    )
    expect(shown, `${path} shows the planted text`).toBe(true)
  }
  expect(hits, `a payload ran on ${path}`).toEqual([])
  expect(await dangerousMarkup(page), `markup that could run script on ${path}`).toEqual([])
  expect(pageErrors, `script errors on ${path}`).toEqual([])
}

/** An XML document (feed, SVG, sitemap) fetched by the browser: it must parse and hold `text` escaped. */
async function expectWellFormedXml(page: Page, path: string, type: string, text: string) {
  const response = await page.request.get(path)
  expect(response.status(), path).toBe(200)
  const body = await response.text()
  const parsed = await page.evaluate(
    ({ body, type, text }) => {
      const doc = new DOMParser().parseFromString(body, type as DOMParserSupportedType)
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        scripts: doc.getElementsByTagName('script').length,
        handlers: Array.from(doc.querySelectorAll('*')).filter((el) =>
          Array.from(el.attributes).some((a) => a.name.startsWith('on')),
        ).length,
        hasText: (doc.documentElement.textContent ?? '').includes(text),
      }
    },
    { body, type, text },
  )
  expect(parsed, `${path} parses, with the planted text as text only`).toEqual({
    error: false,
    scripts: 0,
    handlers: 0,
    hasText: true,
  })
  return body
}

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'a payload can only run with JavaScript on')

test.beforeEach(async ({ page }) => {
  hits.length = 0
  pageErrors.length = 0
  await page.context().exposeFunction('__xss', (where: string) => void hits.push(where))
  page.on('dialog', (dialog) => {
    hits.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
})

// Fixed dates, so the planted records sort where the pages under test show them.
const LONG_AGO = new Date('2001-02-03T00:00:00Z')
const YEAR = 2023

type Planted = { muniId: string; slug: string; solutionId: string; solutionSlug: string }

async function plant(): Promise<Planted> {
  const muniId = ID('muni')
  const slug = `${RUN}-town-ak`
  const solutionId = ID('sol')
  const solutionSlug = `${RUN}-solution`
  await withE2eDb(async (db) => {
    const textOf = async (campaign: string) =>
      db.pledgeText.findFirstOrThrow({
        where: { campaign: { slug: campaign }, publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        include: { campaign: true },
      })
    const rc4a = await textOf('rc4a')
    const com = await textOf('compact-of-mayors')
    await db.municipality.create({
      data: {
        id: muniId,
        slug,
        name: `${RUN} Town`,
        searchName: `${RUN} town`,
        state: 'AK',
        county: shortPayload('county'),
        population: 1234,
        populationYear: 2020,
        latitude: 61.2,
        longitude: -149.9,
        // No form accepts this (https only); an import or an older version might have stored it.
        website: `javascript:__xss('website')`,
        isMember: true,
        memberSince: LONG_AGO,
      },
    })
    const upload = await db.upload.create({
      data: {
        id: ID('upload'),
        filename: `${payload('upload-filename').slice(0, 200)}.pdf`,
        contentType: 'application/pdf',
        size: 9,
        sha256: '0'.repeat(64),
        data: Buffer.from('%PDF-1.4\n'),
      },
    })
    await db.pledge.create({
      data: {
        id: ID('pledge'),
        campaignId: rc4a.campaignId,
        pledgeTextId: rc4a.id,
        municipalityId: muniId,
        liveKey: `${muniId}:${rc4a.campaignId}`,
        signatoryName: `${CSV_FORMULA} ${payload('signatory-name')}`,
        signatoryTitle: payload('signatory-title'),
        email: `${RUN}@example.org`,
        emailNormalized: `${RUN}@example.org`,
        mandateType: 'LETTER',
        status: 'APPROVED',
        signedAt: new Date(),
        confirmedAt: new Date(),
        reviewedAt: new Date(),
        commitmentDate: new Date(),
        reviewNotes: payload('review-notes'),
      },
    })
    await db.pledge.create({
      data: {
        id: ID('pending'),
        campaignId: com.campaignId,
        pledgeTextId: com.id,
        municipalityId: muniId,
        liveKey: `${muniId}:${com.campaignId}`,
        signatoryName: payload('pending-name'),
        signatoryTitle: payload('pending-title'),
        email: `"><svg onload=__xss('email')>${RUN}@example.org`,
        emailNormalized: `pending-${RUN}@example.org`,
        phone: payload('phone'),
        mandateType: 'COUNCIL_RESOLUTION',
        mandateDocumentId: upload.id,
        status: 'PENDING_REVIEW',
        signedAt: LONG_AGO,
        confirmedAt: LONG_AGO,
      },
    })
    await db.target.create({
      data: {
        id: ID('target'),
        municipalityId: muniId,
        type: 'BASE_YEAR_INTENSITY',
        sectorsCovered: 'STATIONARY_ENERGY,TRANSPORTATION',
        gasesCovered: 'CO2',
        baseYear: 2015,
        baseYearEmissions: 50000,
        targetYear: 2030,
        reductionPercent: 40,
        intensityUnit: payload('intensity-unit'),
        baseIntensity: 10,
        baseActivity: 5000,
      },
    })
    const reportData = (status: 'VERIFIED' | 'SUBMITTED', year: number) => ({
      municipalityId: muniId,
      accountingYear: year,
      status,
      reportingLevel: 'BASIC' as const,
      inventoryBoundary: payload(`boundary-${status}`),
      vulnerabilityAssessmentUrl: `javascript:__xss('assessment-url-${status}')`,
      vulnerabilityAssessedAt: LONG_AGO,
      adaptationGoal: payload(`adaptation-goal-${status}`),
      submittedAt: LONG_AGO,
      verifiedAt: status === 'VERIFIED' ? new Date() : null,
      feedback: payload(`feedback-${status}`),
      inventory: {
        create: [
          { id: ID(`${status}-e1`), sector: 'STATIONARY_ENERGY' as const, scope: 1, emissions: 30000 },
          { id: ID(`${status}-e2`), sector: 'TRANSPORTATION' as const, scope: 1, emissions: 12000 },
        ],
      },
      hazards: {
        create: [
          {
            id: ID(`${status}-h`),
            hazard: 'STORM',
            riskLevel: 'HIGH' as const,
            expectedImpact: payload(`hazard-impact-${status}`),
            vulnerableGroups: payload(`hazard-groups-${status}`),
          },
        ],
      },
      actions: {
        create: [
          {
            id: ID(`${status}-a1`),
            kind: 'ACTION' as const,
            pillar: 'MITIGATION' as const,
            sector: 'TRANSPORTATION',
            title: payload(`action-title-${status}`),
            status: 'IN_PROGRESS' as const,
            url: `javascript:__xss('action-url-${status}')`,
          },
          {
            id: ID(`${status}-a2`),
            kind: 'PLAN' as const,
            pillar: 'ADAPTATION' as const,
            title: payload(`plan-title-${status}`),
            status: 'COMPLETED' as const,
            url: `https://example.gov/${RUN}?q="><script>__xss('plan-url')</script>`,
            adoptedAt: LONG_AGO,
          },
        ],
      },
    })
    await db.progressReport.create({ data: { id: ID('verified'), ...reportData('VERIFIED', YEAR) } })
    await db.progressReport.create({ data: { id: ID('submitted'), ...reportData('SUBMITTED', YEAR + 1) } })

    await db.solution.create({
      data: {
        id: solutionId,
        slug: solutionSlug,
        title: `${RUN} ${shortPayload('solution-title')}`,
        summary: payload('solution-summary').slice(0, 490),
        body: markdownPayload('solution-body'),
        searchText: `${RUN} solution`,
        costBand: 'LOW',
        coBenefits: payload('co-benefits'),
        status: 'PUBLISHED',
        publishedAt: new Date(),
        hazards: { create: [{ hazard: 'STORM' }] },
        sectors: { create: [{ sector: 'PUBLIC_HEALTH' }] },
        implementations: { create: [{ municipalityId: muniId, year: 2024, note: payload('impl-note') }] },
      },
    })

    const latest = await db.pledgeText.findFirstOrThrow({
      where: { campaignId: rc4a.campaignId },
      orderBy: { version: 'desc' },
    })
    await db.pledgeText.create({
      data: {
        id: ID('text'),
        campaignId: rc4a.campaignId,
        version: latest.version + 1,
        title: payload('pledge-text-title'),
        preamble: markdownPayload('pledge-text-preamble'),
        commitments: {
          create: [{ id: ID('commitment'), position: 1, text: payload('commitment') }],
        },
      },
    })

    const official = await db.user.create({
      data: {
        id: ID('official'),
        email: `official-${RUN}@example.org`,
        name: payload('official-name'),
        role: 'OFFICIAL',
      },
    })
    await db.municipalityOfficial.create({
      data: {
        userId: official.id,
        municipalityId: muniId,
        title: payload('official-title'),
        confirmed: false,
      },
    })
    await db.user.create({
      data: {
        id: ID('staff'),
        email: `staff-${RUN}@example.org`,
        name: payload('staff-name'),
        role: 'EDITOR',
      },
    })
    await db.auditLog.create({
      data: {
        id: ID('audit'),
        actorLabel: payload('audit-actor'),
        action: `municipality.edit`,
        entityType: 'Municipality',
        entityId: muniId,
        before: JSON.stringify({ slug, name: payload('audit-before') }),
        after: JSON.stringify({ slug, name: payload('audit-after') }),
      },
    })
    await db.outboxMessage.create({
      data: {
        id: ID('mail'),
        to: `${RUN}@example.org`,
        subject: payload('mail-subject'),
        text: payload('mail-text'),
        html: payload('mail-html'),
        transport: 'outbox',
      },
    })
  })
  return { muniId, slug, solutionId, solutionSlug }
}

/** Removes every planted record (children first); the pledge goes last, after the caches were expired. */
async function removePlanted(keepMunicipality: boolean) {
  await withE2eDb(async (db) => {
    const muniId = ID('muni')
    await db.solution.deleteMany({ where: { id: ID('sol') } })
    await db.progressReport.deleteMany({ where: { municipalityId: muniId } })
    await db.target.deleteMany({ where: { municipalityId: muniId } })
    await db.pledge.deleteMany({ where: { id: ID('pending') } })
    await db.upload.deleteMany({ where: { id: ID('upload') } })
    await db.pledgeText.deleteMany({ where: { id: ID('text') } })
    await db.user.deleteMany({ where: { id: { in: [ID('official'), ID('staff')] } } })
    await db.outboxMessage.deleteMany({ where: { id: ID('mail') } })
    if (keepMunicipality) {
      // Kept until the facts form expires the pages that count it; a withdrawn pledge counts nowhere.
      await db.pledge.updateMany({
        where: { id: ID('pledge') },
        data: { status: 'WITHDRAWN', liveKey: null },
      })
    } else {
      await db.pledge.deleteMany({ where: { municipalityId: muniId } })
      await db.municipality.deleteMany({ where: { id: muniId } })
    }
  })
}

test('payloads in every field people and staff write run on no page', async ({ page }) => {
  // About 40 s on a quiet machine; the margin is for a CI box shared with other builds.
  test.setTimeout(budget(240_000))
  const planted = await plant()
  const { slug, solutionId, solutionSlug } = planted
  const admin = await createStaff('ADMIN')
  let contentRestore: (() => Promise<void>) | null = null
  let solutionPublished = true
  let failure: unknown
  try {
    await test.step('staff forms: municipality facts, solution, content editor', async () => {
      // First the profile as planted: a javascript: website (no form accepts one) must not become a link.
      await visit(page, `/members/${slug}`)
      await expect(page.getByRole('link', { name: /official website/ })).toHaveCount(0)
      // The facts form takes a name with markup (any text is a name) and expires the cached public pages.
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/admin/municipalities/${slug}`)}`)
      await page.getByLabel('Email address').fill(admin)
      await page.getByLabel('Password').fill(STAFF_PASSWORD)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page).toHaveURL(new RegExp(`/admin/municipalities/${slug}$`))
      await page.getByLabel('Name', { exact: true }).fill(shortPayload('muni-name'))
      await page
        .getByLabel('Website (optional)')
        .fill(`https://example.gov/${RUN}?a="><script>__xss('website-form')</script>`)
      await page.getByRole('button', { name: 'Save facts' }).click()
      await expect(page.getByText('The facts were saved.')).toBeVisible()
      await visit(page, `/admin/municipalities/${slug}`)
      await page.getByLabel('Website (optional)').fill(`javascript:__xss('website-form')`)
      await page.getByRole('button', { name: 'Save facts' }).click()
      await expect(page.getByText(/starting with https:\/\//).first()).toBeVisible()
      expect(hits).toEqual([])

      // Saving the (published) solution expires the Solutions Gateway's cache; its preview renders the markdown.
      await visit(page, `/admin/solutions/${solutionId}`)
      await page.getByRole('button', { name: 'Preview the description' }).click()
      await expect(page.getByTestId('preview')).toContainText(`${RUN} heading`)
      await checkPage(page, 'the preview')
      await page.getByRole('button', { name: 'Save changes' }).click()
      await expect(page).toHaveURL(/done=saved/)
      await visit(page, page.url())

      // The content editor: a campaign story with every markdown trick, previewed and published.
      await page.goto('/admin/content')
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: '/commitments', exact: true }) })
      await row.getByRole('link').first().click()
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit:')
      const editorUrl = page.url()
      const title = page.getByLabel('Title', { exact: true })
      const body = page.getByLabel('Text (markdown)')
      const original = { title: await title.inputValue(), body: await body.inputValue() }
      contentRestore = async () => {
        await page.goto(editorUrl)
        await page.getByLabel('Title', { exact: true }).fill(original.title)
        await page.getByLabel('Text (markdown)').fill(original.body)
        await page.getByRole('button', { name: 'Publish', exact: true }).click()
        await expect(page).toHaveURL(/\?done=published$/)
      }
      await title.fill(`${RUN} </title><script>__xss('content-title')</script>`)
      await body.fill(`${original.body}\n\n${markdownPayload('content-body')}`)
      await page.getByRole('button', { name: 'Preview', exact: true }).click()
      await expect(page.getByTestId('preview')).toContainText(`${RUN} heading`)
      await checkPage(page, 'the preview')
      await page.getByRole('button', { name: 'Publish', exact: true }).click()
      await expect(page).toHaveURL(/\?done=published$/)
      await visit(page, page.url(), { expectText: false })
    })

    await test.step('public pages', async () => {
      for (const path of [
        `/members/${slug}`,
        `/members?q=${RUN}`,
        '/campaigns/rc4a?state=AK',
        '/',
        `/solutions/${solutionSlug}`,
        `/solutions?q=${RUN}`,
        '/commitments',
      ])
        await visit(page, path)
      await visit(page, '/campaigns/rc4a', { expectText: false }) // the first page of signatories
      // The pledge form's fields, typed by a visitor, shown back on the check-your-answers page.
      await page.goto('/pledge?campaign=rc4a')
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.getByLabel('Search by name').fill(RUN)
      await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
      // The planted place has signed RC4A: the results list it as already signed, with its profile.
      await expect(page.getByRole('list', { name: 'Already signed RC4A' })).toContainText(RUN)
      await checkPage(page, 'the place search')
      await page.getByLabel('Search by name').fill(`${RUN}x`)
      await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'No place called' })).toBeVisible()
      await page.getByLabel('Name of the municipality').fill(shortPayload('pledge-town').slice(0, 100))
      await page.getByLabel('State', { exact: true }).selectOption('AK')
      await page.getByRole('textbox', { name: 'Population' }).fill('1,000')
      await page.getByRole('button', { name: 'Continue with this municipality' }).click()
      // Refused (markup in a place name) or accepted: either way the answer shows the typed text, inert.
      const refused = page.getByRole('alert').filter({ hasText: 'There is a problem' })
      await expect(refused.or(page.getByLabel('Full name'))).toBeVisible()
      await checkPage(page, 'the municipality step')
      if (await refused.isVisible()) {
        await page.getByLabel('Name of the municipality').fill(`${RUN} Pledgetown`)
        await page.getByRole('button', { name: 'Continue with this municipality' }).click()
      }
      await page.getByLabel('Full name').fill(shortPayload('pledge-name'))
      await page.getByLabel('Title').fill(shortPayload('pledge-title'))
      await page.getByLabel('Official email address').fill(`"><svg onload=__xss('pledge-email')>@x`)
      await page.getByRole('button', { name: 'Continue' }).click()
      await expect(refused).toBeVisible() // the email address is refused, the typed values come back
      await checkPage(page, 'the signatory step')
    })

    await test.step('staff pages', async () => {
      for (const path of [
        `/admin/municipalities?q=${RUN}`,
        `/admin/municipalities/${slug}/membership`,
        `/admin/municipalities/${slug}/merge`,
        '/admin/pledges',
        '/admin/reports',
        `/admin/reports/${ID('submitted')}`,
        '/admin/solutions',
        `/admin/solutions/${solutionId}`,
        '/admin/pledge-texts/rc4a',
        '/admin/officials',
        '/admin/users',
        '/admin/audit',
        '/admin/outbox',
        `/admin/outbox/${ID('mail')}`,
        '/admin/content',
      ])
        await visit(page, path)
    })

    await test.step('feed, badge, charts, sitemap, CSV and JSON', async () => {
      const feed = await expectWellFormedXml(page, '/feed.xml', 'application/xml', RUN)
      expect(feed).not.toContain('<script>')
      await expectWellFormedXml(page, `/badge/${slug}.svg`, 'image/svg+xml', RUN)
      const profileHtml = await (await page.request.get(`/members/${slug}`)).text()
      const chart = /\/members\/[^"]+\/emissions\.svg[^"]*/.exec(profileHtml)?.[0]?.replace(/&amp;/g, '&')
      expect(chart, 'the profile links its emissions chart').toBeTruthy()
      await expectWellFormedXml(page, chart!, 'image/svg+xml', RUN)
      await expectWellFormedXml(page, '/sitemap.xml', 'application/xml', slug)
      // Opened directly, an SVG or JSON document runs nothing either.
      for (const path of [`/badge/${slug}.svg`, chart!, `/api/v1/municipalities/${slug}`])
        await visit(page, path, { expectText: false })
      const json = await page.request.get(`/api/v1/municipalities/${slug}`)
      expect(json.headers()['content-type']).toMatch(/^application\/json/)
      expect(JSON.stringify(await json.json())).toContain(RUN)

      // Spreadsheets read a cell starting with = as a formula: the export puts a quote before it.
      const csv = await (await page.request.get('/data/signatories.csv')).text()
      const line = csv.split('\r\n').find((l) => l.includes(RUN))
      expect(line, 'the planted signatory is in the CSV').toBeTruthy()
      expect(line).toContain(`"'${CSV_FORMULA.replace(/"/g, '""')}`)
      expect(line).not.toMatch(/(^|,)"?[=+@-]/)
      const exported = await (await page.request.get(`/admin/municipalities/export.csv?q=${RUN}`)).text()
      expect(exported.split('\r\n').some((l) => l.includes(RUN))).toBe(true)
      expect(exported).not.toMatch(/(^|,)"?=cmd/m)
    })
  } catch (e) {
    failure = e
  }
  try {
    // Restore what the forms changed, expire the caches once more with the planted rows gone, then remove them.
    await test.step('clean up', async () => {
      if (contentRestore) await contentRestore()
      if (solutionPublished) {
        await page.goto(`/admin/solutions/${solutionId}`)
        await page.getByRole('button', { name: 'Unpublish this solution' }).click()
        await expect(page).toHaveURL(/done=unpublished/)
        solutionPublished = false
      }
      await removePlanted(true)
      await page.goto(`/admin/municipalities/${slug}`)
      await page.getByLabel('Name', { exact: true }).fill(`${RUN} Town (removed)`)
      await page.getByLabel('Website (optional)').fill('')
      await page.getByRole('button', { name: 'Save facts' }).click()
      await expect(page.getByText('The facts were saved.')).toBeVisible()
      await removePlanted(false)
    })
  } catch (e) {
    failure ??= e
  }
  if (failure) throw failure
})
