import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { buttonClass } from '@/components/content/button-styles'
import { StatusNote } from '@/components/ui/status-note'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getPledgeTextEditor } from '@/server/content/get-pledge-text-editor'
import { listPledgeTexts } from '@/server/content/list-pledge-texts'
import { AccessDenied } from '../../access-denied'
import { publishPledgeTextAction } from '../actions'
import { PledgeTextForm } from './pledge-text-form'
import { VersionsTable } from '../versions-table'

export const metadata: Metadata = { title: 'New pledge text version' }

type Props = {
  params: Promise<{ campaign: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, (v: string) => string> = {
  saved: (v) => `Version ${v} saved as a draft. New signatories see it once it is published.`,
  published: (v) => `Version ${v} is published: new signatories agree to it from now on.`,
  'not-published': (v) => `Version ${v} could not be published: it is not an unpublished draft.`,
}

export default async function PledgeTextEditorPage({ params, searchParams }: Props) {
  const { campaign: slug } = await params
  if (!(await requirePagePermission('content.edit', `/admin/pledge-texts/${encodeURIComponent(slug)}`)))
    return <AccessDenied staff />
  const valid = /^[a-z0-9-]{1,60}$/.test(slug)
  const [editor, lists] = valid
    ? await Promise.all([
        getPledgeTextEditor({ campaignSlug: slug }),
        listPledgeTexts({ campaignSlug: slug }),
      ])
    : [null, []]
  if (!editor || !lists[0]) {
    return (
      <div>
        <h1 className="text-3xl">Campaign not found</h1>
        <p className="mt-4">
          Go back to the <Link href="/admin/pledge-texts">pledge texts</Link>.
        </p>
      </div>
    )
  }
  const sp = await searchParams
  const done = typeof sp.done === 'string' ? BANNERS[sp.done] : undefined
  const version = typeof sp.version === 'string' && /^\d{1,4}$/.test(sp.version) ? sp.version : ''
  return (
    <div>
      <Breadcrumbs
        items={[{ label: 'Pledge texts', href: '/admin/pledge-texts' }, { label: editor.campaign.name }]}
      />
      <h1 className="text-3xl">
        {editor.draftVersion ? `Draft version ${editor.draftVersion}` : `New version ${editor.nextVersion}`}{' '}
        of the {editor.campaign.name} pledge text
      </h1>
      {done && <StatusNote className="mt-6">{done(version)}</StatusNote>}
      <p className="mt-4 max-w-3xl">
        {editor.draftVersion
          ? 'You are editing the unpublished draft. No one has signed it yet.'
          : 'The form starts from the current text. Saving makes a new version; the current one, and every pledge that signed it, stays as it is.'}
      </p>
      <PledgeTextForm
        campaign={editor.campaign.slug}
        defaults={{ ...editor.values, commitments: editor.values.commitments.join('\n') }}
      />
      {editor.draftVersion && (
        <form action={publishPledgeTextAction} className="mt-8">
          <input type="hidden" name="campaign" value={editor.campaign.slug} />
          <input type="hidden" name="version" value={editor.draftVersion} />
          <p>Or publish draft version {editor.draftVersion} as saved:</p>
          <button type="submit" className={`${buttonClass.secondary} mt-2`}>
            Publish draft version {editor.draftVersion}
          </button>
        </form>
      )}
      <section aria-labelledby="versions" className="mt-10">
        <h2 id="versions" className="text-2xl">
          All versions
        </h2>
        <VersionsTable campaign={lists[0]} />
      </section>
    </div>
  )
}
