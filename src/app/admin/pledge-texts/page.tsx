import type { Metadata } from 'next'
import Link from 'next/link'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listPledgeTexts } from '@/server/content/list-pledge-texts'
import { AccessDenied } from '../access-denied'
import { VersionsTable } from './versions-table'

export const metadata: Metadata = { title: 'Pledge texts' }

export default async function PledgeTextsPage() {
  if (!(await requirePagePermission('content.edit', '/admin/pledge-texts'))) return <AccessDenied staff />
  const campaigns = await listPledgeTexts()
  return (
    <div>
      <h1 className="text-3xl">Pledge texts</h1>
      <p className="mt-4 max-w-3xl">
        A text that has been signed is never changed. Editing makes a new version; once published it is the
        text new signatories agree to, and every earlier pledge keeps the version it signed.
      </p>
      {campaigns.map((c) => (
        <section key={c.slug} aria-labelledby={`campaign-${c.slug}`} className="mt-10">
          <h2 id={`campaign-${c.slug}`} className="text-2xl">
            {c.name}
          </h2>
          <VersionsTable campaign={c} />
          <p className="mt-4">
            <Link href={`/admin/pledge-texts/${c.slug}`}>
              Write a new version<span className="sr-only"> of the {c.name} pledge text</span>
            </Link>
          </p>
        </section>
      ))}
    </div>
  )
}
