// The portal's authorization matrix: every portal data function and action, run as an anonymous
// visitor, an official of another municipality, an invited official staff have not confirmed, the
// municipality's own official, a moderator and an admin. One row per action; a new portal action
// gets a row here (the report actions join the same table).
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { activeTarget, approvedPledge, memberMunicipality, staffUser } from '../../fixtures/factories'
import { AppError } from '@/server/errors'
import { listMyMunicipalities } from '@/server/portal/list-my-municipalities'
import { getPortalMunicipality } from '@/server/portal/get-portal-municipality'
import { inviteOfficialAction } from '@/app/portal/[slug]/officials/actions'
import { hideChecklistAction } from '@/app/portal/[slug]/actions'
import { reviewOfficial } from '@/server/portal/review-official'
import { saveTargetAction } from '@/app/portal/[slug]/targets/actions'
import { getTargetForEdit } from '@/server/targets/get-target-for-edit'
import { askForHelpAction, replyAsMemberAction } from '@/app/portal/[slug]/help/actions'
import { listMemberRequests } from '@/server/assistance/list-member-requests'
import { getMemberRequest } from '@/server/assistance/get-member-request'
import { listPortalAsks } from '@/server/asks/list-portal-asks'
import { setWillingToTalkAction } from '@/app/portal/[slug]/solutions/actions'
import { requestIntroductionAction } from '@/app/introductions/actions'
import { listPortalImplementations } from '@/server/introductions/list-portal-implementations'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'
import { publishedSolution } from '../../fixtures/factories'
import { requestToJoinAction } from '@/app/portal/[slug]/groups/actions'
import { listPortalGroups } from '@/server/groups/list-portal-groups'
import { findPeers } from '@/server/peers/find-peers'
import { parsePeerQuery } from '@/schemas/peers'

const personas = ['anonymous', 'otherOfficial', 'unconfirmed', 'official', 'moderator', 'admin'] as const
type Persona = (typeof personas)[number]
type Outcome = 'ok' | 'refused' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND'

/** What each test starts from: municipality A with its officials and a target, B with its own. */
type MatrixContext = {
  slug: string
  municipalityId: string
  targetId: string
  requestId: string
  groupId: string
  invite: { userId: string; municipalityId: string }
  solutionSlug: string // a solution A implemented
  thirdSlug: string // a member municipality nobody here is an official of
  users: Record<Exclude<Persona, 'anonymous'>, { id: string; email: string }>
}

// The municipality's own official (and an admin, for support) may act; officials of elsewhere and the
// unconfirmed see nothing (NOT_FOUND: the query finds no such municipality for them); other staff are refused.
const municipalityScoped: Record<Persona, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  otherOfficial: 'NOT_FOUND',
  unconfirmed: 'NOT_FOUND',
  official: 'ok',
  moderator: 'FORBIDDEN',
  admin: 'ok',
}

const target = {
  type: 'BASE_YEAR_ABSOLUTE',
  sectorsCovered: ['STATIONARY_ENERGY'],
  gasesCovered: ['CO2'],
  baseYear: '2015',
  baseYearEmissions: '1000',
  targetYear: '2030',
  reductionPercent: '50',
}

type Row = {
  action: string
  run: (c: MatrixContext) => Promise<unknown>
  expected?: Record<Persona, Outcome>
}

const rows: Row[] = [
  {
    action: 'portal: list my municipalities',
    run: () => listMyMunicipalities(),
    expected: { ...municipalityScoped, otherOfficial: 'ok', unconfirmed: 'ok' },
  },
  { action: 'portal: municipality overview', run: (c) => getPortalMunicipality({ slug: c.slug }) },
  { action: 'target: open for edit', run: (c) => getTargetForEdit({ slug: c.slug, targetId: c.targetId }) },
  { action: 'target: create', run: (c) => saveTarget({ slug: c.slug, ...target }) },
  {
    action: 'target: edit',
    run: (c) => saveTarget({ slug: c.slug, targetId: c.targetId, ...target, reductionPercent: '60' }),
  },
  {
    action: 'official: invite a colleague',
    run: (c) =>
      inviteOfficialAction(
        null,
        form({
          slug: c.slug,
          email: `colleague-${c.targetId}@city.gov`,
          name: 'Casey Colleague',
          title: 'Planner',
        }),
      ),
  },
  { action: 'asks: residents asking to join', run: (c) => listPortalAsks({ slug: c.slug }) },
  { action: 'portal: hide the checklist', run: (c) => hideChecklistAction(form({ slug: c.slug })) },
  { action: 'help: list the requests', run: (c) => listMemberRequests({ slug: c.slug }) },
  {
    action: 'peers: municipalities like yours',
    run: (c) => findPeers({ slug: c.slug, query: parsePeerQuery({}) }),
  },
  { action: 'help: read a request', run: (c) => getMemberRequest({ slug: c.slug, requestId: c.requestId }) },
  {
    action: 'help: ask for help',
    run: (c) =>
      askForHelpAction(
        null,
        form({ slug: c.slug, topic: 'INVENTORY', question: 'Where do we start?', contact: 'EMAIL' }),
      ),
  },
  {
    action: 'help: reply on a request',
    run: (c) => replyAsMemberAction(null, form({ slug: c.slug, requestId: c.requestId, body: 'Thank you' })),
  },
  {
    action: 'solutions: list the implementations',
    run: async (c) =>
      listPortalImplementations({ municipality: await findPortalMunicipality({ slug: c.slug }) }),
  },
  {
    action: 'solutions: willing to talk about one',
    run: (c) => setWillingToTalkAction(form({ slug: c.slug, solution: c.solutionSlug, willing: 'yes' })),
  },
  {
    // Any confirmed official of a member may ask, for their own municipality only (another's is refused next to
    // the field); staff speak for no municipality.
    action: 'introductions: ask a member for an introduction (for A)',
    run: async (c) => {
      const state = await requestIntroductionAction(
        null,
        form({
          to: c.thirdSlug,
          from: c.slug,
          solution: '',
          message: 'How did you fund your cooling centers?',
        }),
      )
      return { ok: !state.formError && Object.keys(state.fieldErrors).length === 0 }
    },
    expected: {
      anonymous: 'UNAUTHENTICATED',
      otherOfficial: 'refused',
      unconfirmed: 'FORBIDDEN',
      official: 'ok',
      moderator: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    },
  },
  {
    action: 'groups: list the groups open to the municipality',
    run: async (c) => listPortalGroups({ municipality: await findPortalMunicipality({ slug: c.slug }) }),
  },
  {
    action: 'groups: request to join',
    run: (c) => requestToJoinAction(form({ slug: c.slug, groupId: c.groupId })),
  },
  {
    action: 'official: staff confirm an invitation',
    run: (c) => reviewOfficial({ ...c.invite, decision: 'confirm' }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      otherOfficial: 'FORBIDDEN',
      unconfirmed: 'FORBIDDEN',
      official: 'FORBIDDEN',
      moderator: 'ok',
      admin: 'ok',
    },
  },
]

async function setUp(): Promise<MatrixContext> {
  const a = await memberMunicipality(db)
  const b = await memberMunicipality(db)
  const users = {
    otherOfficial: await staffUser(db, 'OFFICIAL'),
    unconfirmed: await staffUser(db, 'OFFICIAL'),
    official: await staffUser(db, 'OFFICIAL'),
    moderator: await staffUser(db, 'MODERATOR'),
    admin: await staffUser(db, 'ADMIN'),
  }
  const invitee = await staffUser(db, 'OFFICIAL')
  await db.municipalityOfficial.createMany({
    data: [
      { userId: users.official.id, municipalityId: a.id },
      { userId: users.unconfirmed.id, municipalityId: a.id, confirmed: false },
      { userId: users.otherOfficial.id, municipalityId: b.id },
      { userId: invitee.id, municipalityId: a.id, confirmed: false, invitedById: users.official.id },
    ],
  })
  const t = await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: a.id })
  const solution = await publishedSolution(db)
  await db.solutionImplementation.create({ data: { solutionId: solution.id, municipalityId: a.id } })
  // With an approved pledge: a member with nobody to email is refused an introduction up front (decision 0021).
  const third = await memberMunicipality(db)
  await approvedPledge(db, { municipalityId: third.id })
  const request = await db.assistanceRequest.create({
    data: {
      municipalityId: a.id,
      requesterId: users.official.id,
      topic: 'TARGET',
      question: 'Which target type suits us?',
      contact: 'EMAIL',
      messages: {
        create: { authorId: users.official.id, fromStaff: false, body: 'Which target type suits us?' },
      },
    },
  })
  const group = await db.peerGroup.create({
    data: {
      slug: `matrix-cohort-${request.id}`,
      kind: 'TOPIC',
      name: 'Matrix cohort',
      summary: 'A cohort open to every state.',
      description: 'For the matrix.',
      topic: 'FLOODING',
      startsOn: new Date('2026-01-01T00:00:00Z'),
      endsOn: new Date('2099-12-31T00:00:00Z'),
    },
  })
  return {
    groupId: group.id,
    slug: a.slug,
    municipalityId: a.id,
    targetId: t.id,
    requestId: request.id,
    invite: { userId: invitee.id, municipalityId: a.id },
    solutionSlug: solution.slug,
    thirdSlug: third.slug,
    users,
  }
}

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}

// A server action answers "nothing here" with Next's notFound(), a domain function with an AppError.
const outcome = (p: Promise<unknown>): Promise<Outcome | string> =>
  p.then(
    (r) => (r && typeof r === 'object' && 'ok' in r && r.ok === false ? 'refused' : 'ok'),
    (e) => {
      if (e instanceof AppError) return e.code
      const digest = String((e as { digest?: string }).digest)
      if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return 'NOT_FOUND'
      return digest.startsWith('NEXT_REDIRECT') ? 'ok' : String(e)
    },
  )

/** The target form as a browser posts it: the coverage boxes repeat their name. */
function saveTarget(fields: Record<string, string | string[]>) {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one)
  return saveTargetAction(null, f)
}

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

describe('portal authorization matrix', () => {
  for (const row of rows) {
    const expected = row.expected ?? municipalityScoped
    for (const persona of personas) {
      it(`${row.action}: ${persona} -> ${expected[persona]}`, async () => {
        const c = await setUp()
        signInAs(persona === 'anonymous' ? null : c.users[persona])
        expect(await outcome(row.run(c))).toBe(expected[persona])
      })
    }
  }

  it('a refused action changes nothing', async () => {
    const c = await setUp()
    signInAs(c.users.otherOfficial)
    await outcome(saveTarget({ slug: c.slug, ...target }))
    await outcome(saveTarget({ slug: c.slug, targetId: c.targetId, ...target, reductionPercent: '1' }))
    expect(await db.target.findMany({ where: { municipalityId: c.municipalityId } })).toEqual([
      expect.objectContaining({ id: c.targetId, reductionPercent: 40 }),
    ])
    expect(await db.auditLog.count({ where: { actorId: c.users.otherOfficial.id } })).toBe(0)
  })

  it('an official cannot edit a target of another municipality through their own', async () => {
    const c = await setUp()
    const elsewhere = await activeTarget(db, 'FIXED_LEVEL')
    signInAs(c.users.official)
    expect(await outcome(saveTarget({ slug: c.slug, targetId: elsewhere.id, ...target }))).toBe('NOT_FOUND')
    expect(await outcome(getTargetForEdit({ slug: c.slug, targetId: elsewhere.id }))).toBe('NOT_FOUND')
  })
})
