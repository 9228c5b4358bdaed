import Link from 'next/link'

/** Back link, step caption and the page's one heading, as on GOV.UK question pages. */
export function StepHeader({ back, step, title }: { back?: string; step?: number; title: string }) {
  return (
    <>
      {back && (
        <Link href={back} className="mb-6 inline-block">
          <span aria-hidden="true">‹ </span>Back
        </Link>
      )}
      {step && <p className="text-muted">Step {step} of 5</p>}
      <h1 className="mb-6 text-3xl">{title}</h1>
    </>
  )
}
