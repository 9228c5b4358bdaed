// What each server action is given in the property test: its caller and, per form field, valid answers
// (real ids, good text, files); hostileForm mixes hostile values into them.
import fc from 'fast-check'
import sharp from 'sharp'
import { GASES, GPC_SECTOR_CODES } from '@/lib/domain/gpc'
import { HAZARD_CODES, SOLUTION_SECTOR_CODES } from '@/lib/domain/hazards'
import { MUNICIPALITY_CSV_COLUMNS } from '@/schemas/admin-municipality'
import { cellName, INVENTORY_CELLS } from '@/lib/domain/report-completeness'
import { TARGET_TYPE_CODES } from '@/schemas/targets'
import { encodeDraft } from '@/server/pledges/pledge-draft'
import { getCurrentPledgeText } from '@/server/pledges/get-current-pledge-text'
import { db } from '../../helpers/db'
import type { FormValue } from '../../helpers/hostile-input'
import {
  activeTarget,
  campaign,
  draftReport,
  memberMunicipality,
  pendingReviewPledge,
  publishedSolution,
  referencePlace,
  staffUser,
  submittedReport,
} from '../../fixtures/factories'
import { PASSWORD, userWithPassword } from '../auth/fixtures'
import { publishedPage } from '../content/fixtures'
import { MINIMAL_PDF } from '../../helpers/pdf'

export type Caller = 'anonymous' | 'admin' | 'official' | 'leaver'

/** The rows the forms point at: callers, municipalities, a page, pledges, reports, a solution, a target. */
export async function actionContext() {
  const [admin, official, leaver, staffTarget, invitee, passwordUser] = [
    await staffUser(db, 'ADMIN'),
    await staffUser(db, 'OFFICIAL'),
    await staffUser(db, 'OFFICIAL'),
    await staffUser(db, 'EDITOR'),
    await staffUser(db, 'OFFICIAL'),
    await userWithPassword('EDITOR'),
  ]
  // The portal's municipality, and others for staff to edit and merge (a merge deletes one).
  const portal = await memberMunicipality(db)
  const [edited, duplicate, chosen] = [
    await memberMunicipality(db),
    await referencePlace(db),
    await referencePlace(db),
  ]
  await db.municipalityOfficial.createMany({
    data: [
      { userId: official.id, municipalityId: portal.id },
      { userId: leaver.id, municipalityId: portal.id },
      { userId: invitee.id, municipalityId: portal.id, confirmed: false, invitedById: official.id },
    ],
  })
  const page = await publishedPage()
  const revision = await db.contentRevision.findFirstOrThrow({ where: { pageId: page.id } })
  const pledgeCampaign = await campaign(db)
  // Each moderation action gets its own pledges and reports: approving them all first would leave the
  // others nothing to act on.
  const pending = async (n: number) => Promise.all([...Array(n)].map(() => pendingReviewPledge(db)))
  const pledges = { approve: await pending(3), selected: await pending(3), reject: await pending(3) }
  const submitted = async () => [await submittedReport(db), await submittedReport(db)]
  const reports = { verify: await submitted(), return: await submitted() }
  const draftYear = new Date().getUTCFullYear() - 2
  await draftReport(db, { municipalityId: portal.id, accountingYear: draftYear })
  const solution = await publishedSolution(db)
  // The portal's municipality implemented it and will talk about it (introductions, issue 17).
  await db.solutionImplementation.create({
    data: { solutionId: solution.id, municipalityId: portal.id, willingToTalk: true },
  })
  const partner = await db.partner.create({
    data: {
      name: `Property partner ${Date.now()}`,
      kind: 'UNIVERSITY',
      summary: 'S',
      helpsWith: 'Inventories',
    },
  })
  // The library: a guide with two revisions (one to restore) and a link to publish and take off.
  const resourceBase = { summary: 'S', reviewedOn: new Date('2026-01-15T00:00:00Z'), ownerId: admin.id }
  const guide = await db.resource.create({
    data: {
      ...resourceBase,
      slug: `property-guide-${Date.now()}`,
      kind: 'GUIDE',
      title: 'Property guide',
      body: 'Text',
      revisions: { create: [{ title: 'Property guide', summary: 'S', body: 'Old text' }] },
    },
  })
  const link = await db.resource.create({
    data: {
      ...resourceBase,
      slug: `property-link-${Date.now()}`,
      kind: 'LINK',
      title: 'Property link',
      url: 'https://tool.example.org',
    },
  })
  const resourceRevision = await db.resourceRevision.findFirstOrThrow({ where: { resourceId: guide.id } })
  const target = await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: portal.id })
  // A published public event a month ahead, with two places, one taken (network events, issue 17).
  const startsAt = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000)
  const event = await db.event.create({
    data: {
      slug: `property-event-${Date.now()}`,
      title: 'Property webinar',
      summary: 'S',
      description: 'D',
      searchText: 's d webinar online',
      type: 'WEBINAR',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000),
      timeZone: 'America/Chicago',
      online: true,
      capacity: 2,
      registrationDeadline: startsAt,
      status: 'PUBLISHED',
      registrations: {
        create: { name: 'Pat', email: 'pat@city.gov', organisation: 'City', status: 'REGISTERED', seq: 1 },
      },
    },
    include: { registrations: true },
  })
  // Experts on call: a request of the portal's municipality for its official to reply on and staff to answer.
  const assistance = await db.assistanceRequest.create({
    data: {
      municipalityId: portal.id,
      requesterId: official.id,
      topic: 'INVENTORY',
      question: 'Which sectors must the inventory cover?',
      contact: 'EMAIL',
      awaitingStaffSince: new Date(),
      messages: { create: { authorId: official.id, fromStaff: false, body: 'Which sectors?' } },
    },
  })
  // Residents' asks: a place that has not signed, with confirmed signatures whose comments wait for a moderator.
  const askPlace = await referencePlace(db)
  const askSignatures = await Promise.all(
    [0, 1, 2].map((i) =>
      db.askSignature.create({
        data: {
          municipalityId: askPlace.id,
          campaignId: pledgeCampaign.id,
          name: `Resident ${i}`,
          email: `resident-${i}-${Date.now()}@example.org`,
          status: 'CONFIRMED',
          confirmedAt: new Date(),
          comment: 'Please join.',
          commentStatus: 'PENDING',
        },
      }),
    ),
  )
  // A peer group open to every state, with a past meeting and requests to join for staff to answer (issue 17).
  const requesters = await Promise.all([...Array(4)].map(() => memberMunicipality(db)))
  const group = await db.peerGroup.create({
    data: {
      slug: `property-group-${Date.now()}`,
      kind: 'TOPIC',
      name: 'Property cohort',
      summary: 'S',
      description: 'D',
      topic: 'FLOODING',
      startsOn: new Date('2026-01-01T00:00:00Z'),
      endsOn: new Date('2099-12-31T00:00:00Z'),
      meetings: {
        create: {
          title: 'Past meeting',
          startsAt: new Date('2026-02-01T15:00:00Z'),
          endsAt: new Date('2026-02-01T16:00:00Z'),
          timeZone: 'UTC',
          online: true,
        },
      },
      members: { create: requesters.map((m) => ({ municipalityId: m.id, status: 'REQUESTED' as const })) },
    },
    include: { meetings: true, members: true },
  })
  const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#0a0' } })
    .png()
    .toBuffer()
  return {
    users: { admin, official, leaver },
    staffTarget,
    invitee,
    passwordUser,
    portal,
    edited,
    duplicate,
    chosen,
    page,
    revisionId: revision.id,
    campaignSlug: pledgeCampaign.slug,
    pledgeIds: {
      approve: pledges.approve.map((p) => p.id),
      selected: pledges.selected.map((p) => p.id),
      reject: pledges.reject.map((p) => p.id),
    },
    reportIds: { verify: reports.verify.map((r) => r.id), return: reports.return.map((r) => r.id) },
    draftYear,
    solutionId: solution.id,
    solutionSlug: solution.slug,
    partnerId: partner.id,
    eventId: event.id,
    eventSlug: event.slug,
    followSlug: portal.slug,
    eventRegistrationIds: event.registrations.map((r) => r.id),
    resources: { guideId: guide.id, linkId: link.id, revisionId: resourceRevision.id },
    targetId: target.id,
    assistanceId: assistance.id,
    asks: { placeSlug: askPlace.slug, signatureIds: askSignatures.map((a) => a.id) },
    group: {
      id: group.id,
      meetingId: group.meetings[0]!.id,
      memberIds: group.members.map((m) => m.id),
      requesterSlugs: requesters.map((m) => m.slug),
    },
    png: new File([new Uint8Array(png)], 'map.png', { type: 'image/png' }),
  }
}
export type ActionContext = Awaited<ReturnType<typeof actionContext>>

/** The campaign's pledge text as it is now (the pledge-text actions publish new versions). */
async function currentText(c: ActionContext) {
  const current = await getCurrentPledgeText({ campaignSlug: c.campaignSlug })
  if (!current) throw new Error('no pledge text')
  return { id: current.text.id, commitmentIds: current.commitments.map((x) => x.id) }
}

/** No draft, or a complete one (campaign, municipality, signatory, agreement) up to the check page. */
export async function pledgeDrafts(c: ActionContext): Promise<fc.Arbitrary<string | undefined>> {
  const text = await currentText(c)
  const draft = email.map((address) =>
    encodeDraft({
      campaign: c.campaignSlug,
      municipality: { kind: 'existing', id: c.chosen.id, label: `${c.chosen.name}, ${c.chosen.state}` },
      signatory: {
        signatoryName: 'Pat Mayor',
        signatoryTitle: 'Mayor',
        email: address,
        mandateType: 'LETTER',
      },
      pledgeTextId: text.id,
      agreed: text.commitmentIds,
    }),
  )
  return fc.option(draft, { nil: undefined })
}

type Fields = Record<string, fc.Arbitrary<FormValue | FormValue[]>>
export type ActionForm = {
  as: Caller
  fields: (c: ActionContext) => Fields | Promise<Fields>
  /** Whether the call comes with a pledge draft cookie (or none). */
  draft?: boolean
}

const one = (...values: string[]) => fc.constantFrom(...values)
const words = fc
  .array(fc.constantFrom('Pat', 'Ørsted', 'Saint-Jean', 'O’Neil', 'São', 'Ζωή', '東京', 'Lee'), {
    minLength: 1,
    maxLength: 5,
  })
  .map((w) => w.join(' '))
const text = words
const email = fc.oneof(
  fc.stringMatching(/^[a-z]{1,12}$/).map((local) => `${local}@city.gov`),
  fc.constantFrom('Mayor@City.GOV', ' pat@town.org '),
)
const token = fc.stringMatching(/^[A-Za-z0-9_-]{20,64}$/)
const year = (...years: number[]) => one(...years.map(String))
const thisYear = new Date().getUTCFullYear()
const pastDay = one('2020-01-31', '2024-02-29', '2023-12-01')
const file = (valid: fc.Arbitrary<File>) => valid
const csv = (content: string, name = 'upload.csv') => new File([content], name, { type: 'text/csv' })
const CSV_HEADER = MUNICIPALITY_CSV_COLUMNS.join(',')
const PDF = MINIMAL_PDF

const solutionFields = (c: ActionContext): Fields => ({
  id: one(c.solutionId, ''),
  title: text,
  summary: text,
  body: text,
  costBand: one('LOW', 'MEDIUM', 'HIGH'),
  coBenefits: text,
  hazards: one(...HAZARD_CODES),
  sectors: one(...SOLUTION_SECTOR_CODES),
  intent: one('preview', 'save', 'publish'),
})

const partnerFields = (c: ActionContext): Fields => ({
  id: one(c.partnerId, ''),
  name: text,
  kind: one('NETWORK_TEAM', 'UNIVERSITY', 'REGIONAL_AGENCY', 'GOVERNMENT_AGENCY', 'NONPROFIT'),
  summary: text,
  helpsWith: text,
  statesServed: one('', 'MN, WI', 'ca;or'),
  website: one('', 'https://www.example.edu'),
})

const eventFields = (c: ActionContext): Fields => ({
  id: one(c.eventId, ''),
  title: text,
  summary: text,
  description: text,
  type: one('WEBINAR', 'STUDY_VISIT', 'SUMMIT'),
  timeZone: one('America/Chicago', 'UTC', 'Pacific/Honolulu'),
  startsAt: one('2031-03-16T14:00', '2031-03-09T02:30'),
  endsAt: one('2031-03-16T15:30', '2031-03-17T10:00'),
  registrationDeadline: one('2031-03-15T23:59', '2031-03-16T14:00'),
  online: one('yes', ''),
  place: one('', 'City Hall, Duluth, MN'),
  capacity: one('1', '40', '10000'),
  audience: one('PUBLIC', 'MEMBERS'),
})

const groupFields = (c: ActionContext): Fields => ({
  id: one(c.group.id, ''),
  kind: one('REGIONAL', 'TOPIC'),
  name: text,
  slug: one('property-cohort-a', 'property-cohort-b'),
  summary: text,
  description: text,
  topic: one('', 'EXTREME_HEAT', 'FLEET_ELECTRIFICATION'),
  states: one('', 'MI, OH', 'wi;mn'),
  facilitatorId: one(c.users.admin.id),
  startsOn: one('2027-01-15', '2026-03-01'),
  endsOn: one('2027-12-31', '2028-06-30'),
  members: one('', ...c.group.requesterSlugs.slice(0, 2)),
})

const resourceFields = (c: ActionContext): Fields => ({
  id: one(c.resources.guideId, c.resources.linkId, ''),
  kind: one('GUIDE', 'FILE', 'LINK'),
  title: text,
  slug: one('', 'property-entry', 'Not A Slug'),
  summary: text,
  body: text,
  url: one('', 'https://tool.example.org'),
  file: file(fc.constant(new File([PDF], 'guide.pdf', { type: 'application/pdf' }))),
  topics: one(...HAZARD_CODES, ...SOLUTION_SECTOR_CODES),
  audience: one('LOCAL_STAFF', 'ELECTED_OFFICIALS', 'COMMUNITY_PARTNERS'),
  membersOnly: one('', '1'),
  stages: one('COMMITMENT', 'INVENTORY', 'TARGET', 'ACTION_PLANS'),
  reviewedOn: pastDay,
  ownerId: one(c.users.admin.id, c.users.official.id),
  note: text,
  intent: one('preview', 'save', 'publish'),
})

const reportFields = (c: ActionContext): Fields => {
  const cells = Object.fromEntries(
    INVENTORY_CELLS.map((cell) => [
      cellName(cell.sector, cell.scope),
      one('1250.5', '12,000', 'NO', 'IE', '0'),
    ]),
  )
  return {
    slug: one(c.portal.slug),
    accountingYear: year(c.draftYear, thisYear - 1),
    intent: one('save', 'submit'),
    reportingLevel: one('BASIC', 'BASIC_PLUS'),
    inventoryBoundary: text,
    ...cells,
    'hazard-0-hazard': one(...HAZARD_CODES),
    'hazard-0-riskLevel': one('LOW', 'HIGH', 'EXTREME'),
    'hazard-0-expectedImpact': text,
    'hazard-0-vulnerableGroups': text,
    'hazard-1-remove': one('yes'),
    'action-0-kind': one('PLAN', 'ACTION'),
    'action-0-pillar': one('MITIGATION', 'ADAPTATION'),
    'action-0-sector': one('', ...SOLUTION_SECTOR_CODES),
    'action-0-title': text,
    'action-0-status': one('PLANNED', 'COMPLETED'),
    'action-0-url': one('https://www.example.gov/climate-plan'),
    'action-0-adoptedAt': pastDay,
    vulnerabilityAssessmentUrl: one('https://www.example.gov/assessment'),
    vulnerabilityAssessedAt: pastDay,
    adaptationGoal: text,
    'confirm-inventory': one('yes', ''),
    'confirm-hazards': one('yes'),
    'confirm-actions': one('yes', 'no'),
  }
}

/** One row per server action, keyed by file and name. */
export const ACTION_FORMS: Record<string, ActionForm> = {
  'src/app/admin/content/actions.ts#saveContentAction': {
    as: 'admin',
    fields: (c) => ({
      pageId: one(c.page.id),
      title: text,
      description: one('', 'A short description'),
      body: text,
      note: text,
      intent: one('preview', 'save', 'publish'),
    }),
  },
  'src/app/admin/content/actions.ts#publishLatestAction': {
    as: 'admin',
    fields: (c) => ({ pageId: one(c.page.id) }),
  },
  'src/app/admin/content/actions.ts#unpublishContentAction': {
    as: 'admin',
    fields: (c) => ({ pageId: one(c.page.id) }),
  },
  'src/app/admin/content/actions.ts#restoreRevisionAction': {
    as: 'admin',
    fields: (c) => ({ pageId: one(c.page.id), revisionId: one(c.revisionId) }),
  },
  'src/app/admin/content/actions.ts#uploadImageAction': {
    as: 'admin',
    fields: (c) => ({ alt: text, image: file(fc.constant(c.png)) }),
  },
  'src/app/admin/heroes/actions.ts#setPageHeroAction': {
    as: 'admin',
    fields: () => ({
      page: one('home', 'rc4a', 'compact-of-mayors'),
      image: one('none', 'illustration:flood', 'illustration:skyline', 'upload:nosuchimage1'),
      alt: text,
      decorative: one('yes', ''),
    }),
  },
  'src/app/admin/municipalities/actions.ts#updateFactsAction': {
    as: 'admin',
    fields: (c) => ({
      slug: one(c.edited.slug),
      name: text,
      state: one('CO', 'vt', 'DC'),
      county: one('', 'Windsor County'),
      population: one('', '12,500', '0'),
      populationYear: one('', '2020'),
      website: one('', 'https://www.example.gov'),
      boundaryType: one('CITY', 'TOWN', 'OTHER'),
      latitude: one('', '44.26'),
      longitude: one('', '-72.58'),
    }),
  },
  'src/app/admin/municipalities/actions.ts#setMembershipAction': {
    as: 'admin',
    fields: (c) => ({ slug: one(c.edited.slug), isMember: one('0', '1'), memberSince: pastDay }),
  },
  'src/app/admin/municipalities/actions.ts#mergeAction': {
    as: 'admin',
    fields: (c) => ({ slug: one(c.duplicate.slug), targetSlug: one(c.edited.slug) }),
  },
  'src/app/admin/municipalities/actions.ts#importAction': {
    as: 'admin',
    fields: (c) => ({
      file: file(
        fc.constantFrom(
          csv(`${CSV_HEADER}\nnew-place-${c.edited.id.slice(-6)},New Place,CO,,1200,2020,TOWN,,,,false,\n`),
          csv(`${CSV_HEADER}\n${c.edited.slug},Renamed,CO,,-5,2020,CITY,,,,true,2020-02-30\n`),
          csv('slug,name\nx,y\n'),
        ),
      ),
    }),
  },
  'src/app/admin/officials/actions.ts#reviewOfficialAction': {
    as: 'admin',
    fields: (c) => ({
      userId: one(c.invitee.id),
      municipalityId: one(c.portal.id),
      decision: one('confirm', 'decline'),
    }),
  },
  'src/app/admin/pledge-texts/actions.ts#savePledgeTextAction': {
    as: 'admin',
    fields: (c) => ({
      campaign: one(c.campaignSlug),
      title: text,
      preamble: text,
      commitments: one('Cut emissions\nReport every year', 'One\r\n\r\nTwo'),
      intent: one('preview', 'save', 'publish'),
    }),
  },
  'src/app/admin/pledge-texts/actions.ts#publishPledgeTextAction': {
    as: 'admin',
    fields: (c) => ({ campaign: one(c.campaignSlug), version: one('1', '2', '3', '99') }),
  },
  'src/app/admin/pledges/actions.ts#approvePledgeAction': {
    as: 'admin',
    fields: (c) => ({ pledgeId: one(...c.pledgeIds.approve), campaign: one(c.campaignSlug) }),
  },
  'src/app/admin/pledges/actions.ts#approveSelectedAction': {
    as: 'admin',
    fields: (c) => ({ pledgeId: fc.subarray(c.pledgeIds.selected), campaign: one(c.campaignSlug) }),
  },
  'src/app/admin/pledges/actions.ts#rejectPledgeAction': {
    as: 'admin',
    fields: (c) => ({
      pledgeId: one(...c.pledgeIds.reject),
      reason: one('NOT_AN_OFFICIAL', 'DUPLICATE', 'OTHER'),
      note: text,
      campaign: one(c.campaignSlug),
    }),
  },
  'src/app/admin/reports/actions.ts#verifyReportAction': {
    as: 'admin',
    fields: (c) => ({ reportId: one(...c.reportIds.verify) }),
  },
  'src/app/admin/reports/actions.ts#returnReportAction': {
    as: 'admin',
    fields: (c) => ({ reportId: one(...c.reportIds.return), feedback: text }),
  },
  'src/app/admin/solutions/actions.ts#saveSolutionAction': { as: 'admin', fields: solutionFields },
  'src/app/admin/solutions/actions.ts#setSolutionStatusAction': {
    as: 'admin',
    fields: (c) => ({ id: one(c.solutionId), status: one('PUBLISHED', 'DRAFT') }),
  },
  'src/app/admin/partners/actions.ts#savePartnerAction': { as: 'admin', fields: partnerFields },
  'src/app/admin/partners/actions.ts#setPartnerStatusAction': {
    as: 'admin',
    fields: (c) => ({ id: one(c.partnerId), status: one('PUBLISHED', 'DRAFT') }),
  },
  'src/app/admin/events/actions.ts#saveEventAction': { as: 'admin', fields: eventFields },
  'src/app/admin/events/actions.ts#setEventStatusAction': {
    as: 'admin',
    fields: (c) => ({ id: one(c.eventId), status: one('PUBLISHED', 'DRAFT') }),
  },
  'src/app/admin/events/actions.ts#setAttendanceAction': {
    as: 'admin',
    fields: (c) => ({ eventId: one(c.eventId), attended: fc.subarray(c.eventRegistrationIds) }),
  },
  'src/app/events/actions.ts#registerForEventAction': {
    as: 'anonymous',
    fields: (c) => ({ event: one(c.eventSlug), name: text, email, organisation: text }),
  },
  'src/app/events/actions.ts#cancelRegistrationAction': {
    as: 'anonymous',
    fields: () => ({ token }),
  },
  'src/app/asks/actions.ts#signAskAction': {
    as: 'anonymous',
    fields: (c) => ({
      place: one(c.asks.placeSlug),
      campaign: one(c.campaignSlug),
      name: text,
      email,
      comment: text,
    }),
  },
  'src/app/asks/actions.ts#confirmAskAction': {
    as: 'anonymous',
    fields: () => ({ token }),
  },
  'src/app/admin/asks/actions.ts#moderateAskCommentAction': {
    as: 'admin',
    fields: (c) => ({ signatureId: one(...c.asks.signatureIds), decision: one('approve', 'reject') }),
  },
  'src/app/introductions/actions.ts#requestIntroductionAction': {
    as: 'official',
    fields: (c) => ({
      to: one(c.edited.slug, c.portal.slug),
      from: one(c.portal.slug, c.edited.slug),
      solution: one('', c.solutionSlug),
      message: text,
    }),
  },
  'src/app/introductions/actions.ts#answerIntroductionAction': {
    as: 'anonymous',
    fields: () => ({ token, choice: one('accept', 'decline') }),
  },
  'src/app/portal/[slug]/solutions/actions.ts#setWillingToTalkAction': {
    as: 'official',
    fields: (c) => ({ slug: one(c.portal.slug), solution: one(c.solutionSlug), willing: one('yes', 'no') }),
  },
  'src/app/admin/groups/actions.ts#saveGroupAction': { as: 'admin', fields: groupFields },
  'src/app/admin/groups/actions.ts#saveMeetingAction': {
    as: 'admin',
    fields: (c) => ({
      groupId: one(c.group.id),
      title: text,
      timeZone: one('America/Chicago', 'UTC'),
      startsAt: one('2031-03-16T14:00', '2031-03-09T02:30'),
      endsAt: one('2031-03-16T15:30'),
      online: one('yes', ''),
      place: one('', 'City Hall, Duluth, MN'),
    }),
  },
  'src/app/admin/groups/actions.ts#publishNotesAction': {
    as: 'admin',
    fields: (c) => ({ meetingId: one(c.group.meetingId), notes: text }),
  },
  'src/app/admin/groups/actions.ts#addDocumentAction': {
    as: 'admin',
    fields: (c) => ({
      groupId: one(c.group.id),
      title: text,
      file: file(fc.constant(csv('city,centers\nA,3\n', 'centers.csv'))),
    }),
  },
  'src/app/admin/groups/actions.ts#decideMembershipAction': {
    as: 'admin',
    fields: (c) => ({ memberId: one(...c.group.memberIds), decision: one('approve', 'decline') }),
  },
  // Hostile confirmations never match the group's name: the group stays for the other actions.
  'src/app/admin/groups/actions.ts#deleteGroupAction': {
    as: 'admin',
    fields: (c) => ({ id: one(c.group.id, ''), confirm: text }),
  },
  // Unknown ids only: the shared meeting stays for the notes action (deleting is tested in groups.test.ts).
  'src/app/admin/groups/actions.ts#deleteMeetingAction': {
    as: 'admin',
    fields: () => ({ meetingId: one('no-such-meeting', '') }),
  },
  'src/app/admin/groups/actions.ts#deleteDocumentAction': {
    as: 'admin',
    fields: () => ({ documentId: one('no-such-document', '') }),
  },
  'src/app/portal/[slug]/groups/actions.ts#requestToJoinAction': {
    as: 'official',
    fields: (c) => ({ slug: one(c.portal.slug), groupId: one(c.group.id) }),
  },
  'src/app/follows/actions.ts#followPlaceAction': {
    as: 'anonymous',
    fields: (c) => ({ place: one(c.followSlug), email }),
  },
  'src/app/follows/actions.ts#confirmFollowAction': { as: 'anonymous', fields: () => ({ token }) },
  'src/app/follows/actions.ts#unfollowPlaceAction': {
    as: 'anonymous',
    fields: () => ({ token, follow: token }),
  },
  'src/app/follows/actions.ts#unfollowAllAction': { as: 'anonymous', fields: () => ({ token }) },
  'src/app/admin/resources/actions.ts#saveResourceAction': { as: 'admin', fields: resourceFields },
  'src/app/admin/resources/actions.ts#publishLatestResourceAction': {
    as: 'admin',
    fields: (c) => ({ id: one(c.resources.guideId, c.resources.linkId) }),
  },
  'src/app/admin/resources/actions.ts#setResourceStatusAction': {
    as: 'admin',
    fields: (c) => ({ id: one(c.resources.linkId, c.resources.guideId), status: one('PUBLISHED', 'DRAFT') }),
  },
  'src/app/admin/resources/actions.ts#restoreResourceRevisionAction': {
    as: 'admin',
    fields: (c) => ({ id: one(c.resources.guideId), revisionId: one(c.resources.revisionId) }),
  },
  'src/app/admin/assistance/actions.ts#assignRequestAction': {
    as: 'admin',
    fields: (c) => ({
      requestId: one(c.assistanceId),
      assigneeId: one(c.users.admin.id, c.users.official.id),
    }),
  },
  'src/app/admin/assistance/actions.ts#answerRequestAction': {
    as: 'admin',
    fields: (c) => ({ requestId: one(c.assistanceId), body: text }),
  },
  'src/app/admin/assistance/actions.ts#closeRequestAction': {
    as: 'admin',
    fields: (c) => ({ requestId: one(c.assistanceId) }),
  },
  'src/app/admin/users/actions.ts#changeRoleAction': {
    as: 'admin',
    fields: (c) => ({ userId: one(c.staffTarget.id), role: one('EDITOR', 'MODERATOR', 'ADMIN') }),
  },
  'src/app/admin/users/actions.ts#setActiveAction': {
    as: 'admin',
    fields: (c) => ({ userId: one(c.staffTarget.id), active: one('0', '1') }),
  },
  'src/app/admin/users/actions.ts#inviteAction': {
    as: 'admin',
    fields: (c) => ({
      email,
      name: text,
      role: one('EDITOR', 'MODERATOR', 'ADMIN', 'OFFICIAL'),
      municipalitySlug: one(c.portal.slug, ''),
      title: text,
    }),
  },
  'src/app/forgot-password/actions.ts#forgotPasswordAction': {
    as: 'anonymous',
    fields: (c) => ({ email: fc.oneof(email, one(c.passwordUser.email)) }),
  },
  'src/app/invitation/[token]/actions.ts#acceptInvitationAction': {
    as: 'anonymous',
    fields: () => ({
      token,
      official: one('1', ''),
      password: one(PASSWORD),
      confirmPassword: one(PASSWORD),
    }),
  },
  'src/app/pledge/actions.ts#saveCampaign': {
    as: 'anonymous',
    fields: (c) => ({ campaign: one(c.campaignSlug, 'rc4a') }),
  },
  'src/app/pledge/actions.ts#saveMunicipality': {
    as: 'anonymous',
    fields: (c) => ({ municipalityId: one(c.chosen.id) }),
  },
  'src/app/pledge/actions.ts#saveNewMunicipality': {
    as: 'anonymous',
    fields: () => ({ name: text, state: one('CO', 'ny'), population: one('2,500', '120') }),
  },
  'src/app/pledge/actions.ts#saveSignatory': {
    as: 'anonymous',
    fields: () => ({
      signatoryName: text,
      signatoryTitle: text,
      email,
      phone: one('', '555 010 0199'),
      mandateType: one('LETTER', 'COUNCIL_RESOLUTION', 'EXECUTIVE_ORDER'),
      mandate: file(fc.constant(new File([PDF], 'mandate.pdf', { type: 'application/pdf' }))),
      removeMandate: one('yes'),
    }),
  },
  'src/app/pledge/actions.ts#saveCommitments': {
    as: 'anonymous',
    fields: async (c) => {
      const ids = (await currentText(c)).commitmentIds
      return { agreed: fc.oneof(fc.constant(ids), fc.subarray(ids)) }
    },
    draft: true,
  },
  'src/app/pledge/actions.ts#submitDraft': {
    as: 'anonymous',
    fields: () => ({ website: one('') }),
    draft: true,
  },
  'src/app/pledge/actions.ts#confirmAction': { as: 'anonymous', fields: () => ({ token }) },
  'src/app/pledge/actions.ts#withdrawAction': { as: 'anonymous', fields: () => ({ token }) },
  'src/app/pledge/actions.ts#resendAction': { as: 'anonymous', fields: () => ({ email }) },
  'src/app/portal/[slug]/actions.ts#hideChecklistAction': {
    as: 'official',
    fields: (c) => ({ slug: one(c.portal.slug) }),
  },
  'src/app/portal/[slug]/help/actions.ts#askForHelpAction': {
    as: 'official',
    fields: (c) => ({
      slug: one(c.portal.slug),
      topic: one('INVENTORY', 'FUNDING', 'OTHER'),
      question: text,
      contact: one('EMAIL', 'VIDEO_CALL'),
    }),
  },
  'src/app/portal/[slug]/help/actions.ts#replyAsMemberAction': {
    as: 'official',
    fields: (c) => ({ slug: one(c.portal.slug), requestId: one(c.assistanceId), body: text }),
  },
  'src/app/portal/[slug]/officials/actions.ts#inviteOfficialAction': {
    as: 'official',
    fields: (c) => ({ slug: one(c.portal.slug), email, name: text, title: text }),
  },
  'src/app/portal/[slug]/reports/actions.ts#startReportAction': {
    as: 'official',
    fields: (c) => ({ slug: one(c.portal.slug), accountingYear: year(c.draftYear, thisYear - 1, 2019) }),
  },
  'src/app/portal/[slug]/reports/actions.ts#saveReportAction': { as: 'official', fields: reportFields },
  'src/app/portal/[slug]/reports/actions.ts#uploadInventoryAction': {
    as: 'official',
    fields: (c) => ({
      slug: one(c.portal.slug),
      accountingYear: year(c.draftYear),
      inventoryFile: file(
        fc.constantFrom(
          csv(
            'sector,sector_name,scope,emissions_tco2e,notation_key\nSTATIONARY_ENERGY,Stationary energy,1,1250,\n',
          ),
          csv('sector,scope\nnonsense,9\n'),
        ),
      ),
    }),
  },
  'src/app/portal/[slug]/targets/actions.ts#saveTargetAction': {
    as: 'official',
    fields: (c) => ({
      slug: one(c.portal.slug),
      targetId: one(c.targetId, ''),
      type: one(...TARGET_TYPE_CODES),
      sectorsCovered: one(...GPC_SECTOR_CODES),
      gasesCovered: one(...GASES),
      baseYear: one('2015', ''),
      baseYearEmissions: one('250,000', '0'),
      intensityUnit: one('tCO2e per resident'),
      baseIntensity: one('10'),
      baseActivity: one('25000'),
      targetActivity: one('30000'),
      bauEmissions: one('300000'),
      targetYear: one('2030', '2050'),
      reductionPercent: one('40', '100'),
      targetEmissions: one('0', '1000'),
      netZero: one('on', ''),
      adoptedAt: pastDay,
    }),
  },
  'src/app/reset-password/[token]/actions.ts#resetPasswordAction': {
    as: 'anonymous',
    fields: () => ({ token, password: one(PASSWORD), confirmPassword: one(PASSWORD) }),
  },
  'src/app/signin/actions.ts#signInAction': {
    as: 'anonymous',
    fields: (c) => ({
      email: fc.oneof(email, one(c.passwordUser.email)),
      password: one(PASSWORD),
      callbackUrl: one('/admin', '/admin/pledges'),
    }),
  },
  'src/app/signin/actions.ts#requestSignInLinkAction': {
    as: 'anonymous',
    fields: () => ({ linkEmail: email, callbackUrl: one('/portal', '/portal/x') }),
  },
  'src/app/signout/actions.ts#signOutAction': { as: 'leaver', fields: () => ({}) },
  'src/app/signout/actions.ts#signOutEverywhereAction': { as: 'leaver', fields: () => ({}) },
}
