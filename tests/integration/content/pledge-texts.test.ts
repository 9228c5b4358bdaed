// Pledge texts are versioned: editing makes a new version, which becomes the text new signatories see only
// once published; pledges already signed stay on the version they signed.
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, uniqueSlug } from '../../helpers/db'
import { expiredTags } from '../../helpers/next-cache'
import { referencePlace } from '../../fixtures/factories'
import { savePledgeTextDraft } from '@/server/content/save-pledge-text-draft'
import { publishPledgeText } from '@/server/content/publish-pledge-text'
import { listPledgeTexts } from '@/server/content/list-pledge-texts'
import { getPledgeTextEditor } from '@/server/content/get-pledge-text-editor'
import { getCurrentPledgeText } from '@/server/pledges/get-current-pledge-text'
import { publishPledgeTextAction, savePledgeTextAction } from '@/app/admin/pledge-texts/actions'
import { form, run, setUpContentTests } from './fixtures'

let editor: { id: string }
let moderator: { id: string }
setUpContentTests((staff) => ({ editor, moderator } = staff))

/** A campaign of its own (the seeded ones are shared with other tests) with a signed version 1. */
async function signedCampaign() {
  const slug = uniqueSlug('campaign')
  const campaign = await db.campaign.create({
    data: {
      slug,
      name: `Campaign ${slug}`,
      shortName: 'Test',
      tagline: 'A test campaign.',
      pledgeTexts: {
        create: {
          version: 1,
          title: 'Version one',
          preamble: 'We commit.',
          publishedAt: new Date('2020-01-01T00:00:00Z'),
          commitments: { create: [{ position: 1, text: 'Do one thing.' }] },
        },
      },
    },
    include: { pledgeTexts: true },
  })
  const place = await referencePlace(db)
  const pledge = await db.pledge.create({
    data: {
      campaignId: campaign.id,
      pledgeTextId: campaign.pledgeTexts[0]!.id,
      municipalityId: place.id,
      liveKey: `${place.id}:${campaign.id}`,
      signatoryName: 'Pat Mayor',
      signatoryTitle: 'Mayor',
      email: 'pat@town.gov',
      emailNormalized: 'pat@town.gov',
      mandateType: 'LETTER',
      status: 'APPROVED',
    },
  })
  return { slug, campaign, pledge }
}

const v2 = {
  title: 'Version two',
  preamble: 'We commit, again.',
  commitments: ['Do one thing.', 'Do another.'],
}

describe('pledge text versions', () => {
  it('a new version is a draft until published; then it is current and old pledges keep version 1', async () => {
    const { slug, pledge } = await signedCampaign()
    const draft = await savePledgeTextDraft({ campaignSlug: slug, input: v2, editor })
    expect(draft.version).toBe(2)
    expect((await getCurrentPledgeText({ campaignSlug: slug }))?.text.version).toBe(1)
    expect(expiredTags).toEqual([])

    await publishPledgeText({ campaignSlug: slug, version: 2, editor })
    const current = await getCurrentPledgeText({ campaignSlug: slug })
    expect(current?.text).toMatchObject({ version: 2, title: 'Version two', preamble: 'We commit, again.' })
    expect(current?.commitments.map((c) => c.text)).toEqual(['Do one thing.', 'Do another.'])
    expect(expiredTags).toEqual([`campaign:${slug}`, 'campaigns', 'network'])

    const signed = await db.pledge.findUniqueOrThrow({
      where: { id: pledge.id },
      include: { pledgeText: true },
    })
    expect(signed.pledgeText).toMatchObject({ version: 1, title: 'Version one', preamble: 'We commit.' })
    const [listed] = await listPledgeTexts({ campaignSlug: slug })
    expect(listed?.versions.map((v) => [v.version, v.state, v.pledges])).toEqual([
      [2, 'current', 0],
      [1, 'earlier', 1],
    ])
  })

  it('a published version is never edited: saving again makes the next version', async () => {
    const { slug } = await signedCampaign()
    await savePledgeTextDraft({ campaignSlug: slug, input: v2, editor, publish: true })
    const v3 = await savePledgeTextDraft({
      campaignSlug: slug,
      input: { ...v2, title: 'Version three' },
      editor,
    })
    expect(v3.version).toBe(3)
    expect((await db.pledgeText.findFirstOrThrow({ where: { campaign: { slug }, version: 2 } })).title).toBe(
      'Version two',
    )
    // The unpublished draft is rewritten in place (nobody has signed it), not multiplied.
    const again = await savePledgeTextDraft({
      campaignSlug: slug,
      input: { ...v2, title: 'Version three, fixed', commitments: ['Only this.'] },
      editor,
    })
    expect(again).toMatchObject({ id: v3.id, version: 3 })
    const editorView = await getPledgeTextEditor({ campaignSlug: slug })
    expect(editorView).toMatchObject({
      draftVersion: 3,
      values: { title: 'Version three, fixed', commitments: ['Only this.'] },
    })
    await expect(publishPledgeText({ campaignSlug: slug, version: 2, editor })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
  })

  it('the actions check the role, parse the form and publish', async () => {
    const { slug } = await signedCampaign()
    const fields = { campaign: slug, title: 'Version two', preamble: 'Text', commitments: 'One\r\n\r\nTwo\n' }
    signInAs(moderator)
    expect(await run(savePledgeTextAction(null, form({ ...fields, intent: 'publish' })))).toBe('FORBIDDEN')
    expect(await run(publishPledgeTextAction(form({ campaign: slug, version: '2' })))).toBe('FORBIDDEN')
    signInAs(editor)
    expect(
      await run(savePledgeTextAction(null, form({ ...fields, commitments: ' ', intent: 'save' }))),
    ).toMatchObject({
      fieldErrors: { commitments: 'Enter at least one commitment' },
    })
    expect(await run(savePledgeTextAction(null, form({ ...fields, intent: 'publish' })))).toBe(
      `redirect:/admin/pledge-texts/${slug}?done=published&version=2`,
    )
    const current = await getCurrentPledgeText({ campaignSlug: slug })
    expect(current?.commitments.map((c) => c.text)).toEqual(['One', 'Two'])
    const audit = await db.auditLog.findFirst({
      where: { entityId: current!.text.id, action: 'pledge-text.publish' },
    })
    expect(audit?.actorId).toBe(editor.id)
  })
})
