import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { DataTable } from '@/components/ui/data-table'
import { formatNumber } from '@/lib/format'
import { imageAltSchema, recordId } from '@/schemas/content'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listImages, type ImageSummary } from '@/server/images/list-images'
import { AccessDenied } from '../../access-denied'
import { formatDateTimeUtc } from '../../date-time'
import { UploadForm } from './upload-form'

export const metadata: Metadata = { title: 'Image library' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const snippet = (id: string, alt: string) => `![${alt}](/images/${id})`

export default async function ImageLibraryPage({ searchParams }: Props) {
  if (!(await requirePagePermission('content.edit', '/admin/content/images'))) return <AccessDenied staff />
  const sp = await searchParams
  const uploaded = recordId.safeParse(sp.uploaded)
  const alt = imageAltSchema.catch('').parse(sp.alt)
  const images = await listImages()
  const fresh = uploaded.success ? images.find((i) => i.id === uploaded.data) : undefined
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Content pages', href: '/admin/content' }, { label: 'Image library' }]} />
      <h1 className="text-3xl">Image library</h1>
      {fresh && (
        <div role="status" className="mt-6 max-w-3xl border-l-8 border-green-700 bg-green-50 p-4">
          <p className="font-semibold">
            Image uploaded ({formatNumber(fresh.width ?? 0)} × {formatNumber(fresh.height ?? 0)} pixels). Copy
            this markdown into the text where the image should appear:
          </p>
          <p className="mt-2">
            <code data-testid="new-image-snippet" className="break-all">
              {snippet(fresh.id, alt)}
            </code>
          </p>
        </div>
      )}
      <h2 className="mt-8 text-2xl">Upload an image</h2>
      <UploadForm />
      <h2 className="mt-10 text-2xl">Uploaded images</h2>
      <DataTable<ImageSummary>
        className="mt-4"
        caption="Images uploaded by editors, newest first, with the markdown to insert each"
        rows={images}
        rowKey={(i) => i.id}
        empty="No images uploaded yet."
        columns={[
          {
            header: 'Image',
            rowHeader: true,
            cell: (i) => (
              <span className="flex items-center gap-3">
                {/* eslint-disable-next-line @next/next/no-img-element -- served as stored, already resized */}
                <img
                  src={`/images/${i.id}`}
                  alt=""
                  width={80}
                  height={Math.round((80 * (i.height ?? 1)) / (i.width ?? 1))}
                />
                {i.filename}
              </span>
            ),
          },
          {
            header: 'Size',
            cell: (i) =>
              `${formatNumber(i.width ?? 0)} × ${formatNumber(i.height ?? 0)} px, ${formatNumber(Math.ceil(i.size / 1024))} KB`,
          },
          { header: 'Uploaded (UTC)', cell: (i) => `${formatDateTimeUtc(i.createdAt)} by ${i.uploadedBy}` },
          {
            header: 'Markdown',
            cell: (i) => <code className="break-all">{snippet(i.id, 'Describe the image')}</code>,
          },
        ]}
      />
      <p className="mt-6">
        <Link href="/admin/content">Back to the content pages</Link>
      </p>
    </div>
  )
}
