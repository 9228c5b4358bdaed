import Link from 'next/link'
import type { ResourceDetail } from '@/server/resources/get-published-resource'
import type { ResourceContent } from '@/server/resources/resource-content'
import { formatDate, formatNumber } from '@/lib/format'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { Markdown } from '@/components/ui/markdown'
import { MembersOnlyBadge, ResourceFacts } from './resource-labels'

/** A library entry's page: what anyone sees, then its content or, for a members-only one, how to get it. */
export function ResourcePage({ r, children }: { r: ResourceDetail; children: React.ReactNode }) {
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Guides and tools', href: '/resources' },
          { label: r.title },
        ]}
      />
      <article>
        <h1 className="text-3xl">{r.title}</h1>
        {r.membersOnly && (
          <p className="mt-2">
            <MembersOnlyBadge />
          </p>
        )}
        <p className="mt-4 max-w-3xl text-lg">{r.summary}</p>
        <ResourceFacts r={r} className="mt-4" />
        <p className="mt-2 text-sm text-muted">
          Reviewed on {formatDate(new Date(r.reviewedOn))}
          {r.ownerName && <>, kept current by {r.ownerName}</>}.
        </p>
        {children}
      </article>
    </>
  )
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'text/csv': 'CSV spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/zip': 'ZIP archive',
}

export function fileTypeName(contentType: string, filename: string): string {
  return TYPE_NAMES[contentType] ?? (filename.split('.').at(-1)?.toUpperCase() || 'File')
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} bytes`
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** The part only readers get: a guide's text, a file's download, a link's address (with any notes). */
export function ResourceBody({ slug, content }: { slug: string; content: ResourceContent }) {
  const { file, url, body } = content
  return (
    <>
      {file && (
        <p className="mt-6">
          <a
            href={`/resources/${slug}/download`}
            className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800"
          >
            Download {file.filename}
          </a>{' '}
          <span className="text-muted">
            ({fileTypeName(file.contentType, file.filename)}, {fileSize(file.size)})
          </span>
        </p>
      )}
      {url && (
        <p className="mt-6">
          <a href={url} rel="noopener noreferrer external">
            Open the tool at {hostOf(url)}
          </a>{' '}
          <span className="text-muted">(leaves this site: {url})</span>
        </p>
      )}
      {body.trim() && <Markdown source={body} className="mt-8" />}
    </>
  )
}

/** What a visitor without access sees of a members-only entry: who may read it and how to get there. */
export function MembersOnlyAccess({ slug }: { slug: string }) {
  return (
    <section aria-labelledby="access-heading" className="mt-8 max-w-3xl rounded border border-gray-300 p-4">
      <h2 id="access-heading" className="text-2xl">
        For members of the network
      </h2>
      <p className="mt-2">
        The full text is for officials of member municipalities and network staff. If you are one, sign in to
        read it.
      </p>
      <p className="mt-4">
        <a
          href={`/resources/${slug}/read`}
          className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800"
        >
          Sign in to read it
        </a>
      </p>
      <h3 className="mt-6 text-xl">Not a member yet?</h3>
      <p className="mt-2">
        A municipality joins by signing a pledge: its official fills in one form and the network confirms it.
        Once it is approved, its officials sign in with their email address.
      </p>
      <ul className="mt-2 list-disc pl-6">
        <li>
          <Link href="/pledge">Sign a pledge for your municipality</Link>
        </li>
        <li>
          <Link href="/campaigns">See the campaigns you can join</Link>
        </li>
      </ul>
    </section>
  )
}
