import Link from 'next/link'
import { ComplianceBadges, StageStatus } from '@/components/members/profile-compliance'
import { JOURNEY_RESOURCE_STAGE, journeyGuide, nextJourneyStage } from '@/lib/domain/journey'
import { RESOURCE_STAGES } from '@/lib/domain/resources'
import { formatDate } from '@/lib/format'
import type { ProfileCompliance } from '@/server/municipalities/member-profile-types'
import type { StageResources } from '@/server/resources/list-stage-resources'

/**
 * The city journey in the portal (issue 16): every stage of the compliance path with what it asks, its due
 * date, its status, where to do it or get help and the library's guides and tools for it; the stage to work
 * on next is marked in words and outline.
 */
export function CityJourney({
  slug,
  name,
  compliance: c,
  resources,
}: {
  slug: string
  name: string
  compliance: ProfileCompliance
  resources: StageResources
}) {
  const next = nextJourneyStage(c.stages)
  return (
    <section aria-labelledby="journey-heading" className="mt-8">
      <h2 id="journey-heading" className="text-2xl">
        Compliance path
      </h2>
      {c.commitmentDate === null ? (
        <p className="mt-2 max-w-3xl">
          The path starts when a Compact of Mayors pledge is approved. {name} has no approved Compact of
          Mayors pledge, so no stage is due yet.
        </p>
      ) : (
        <>
          <p className="mt-2 max-w-3xl">
            Counted from the commitment date, {formatDate(new Date(c.commitmentDate))}.{' '}
            {next
              ? `Next step: ${next.label}, ${next.status === 'overdue' ? 'overdue since' : 'due by'} ${formatDate(new Date(next.dueDate))}.`
              : `${name} has completed every stage.`}
          </p>
          <ol className="mt-4 space-y-4">
            {c.stages.map((s, i) => {
              const guide = journeyGuide(s.key, slug)
              const isNext = s.key === next?.key
              return (
                <li
                  key={s.key}
                  aria-current={isNext ? 'step' : undefined}
                  className={`rounded border p-4 ${isNext ? 'border-4 border-brand-700' : 'border-gray-300'}`}
                >
                  <h3 className="text-xl">
                    <span className="sr-only">Stage {i + 1}: </span>
                    {s.label}
                    {isNext && (
                      <span className="ml-3 rounded bg-brand-700 px-2 py-0.5 text-base text-white">
                        Next step
                      </span>
                    )}
                  </h3>
                  <p className="mt-2">
                    <StageStatus stage={s} />
                  </p>
                  <p className="mt-2">
                    <span className="font-semibold">What it asks:</span> {guide.asks}
                  </p>
                  {s.status !== 'met' && (
                    <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
                      {guide.links.map((l) => (
                        <li key={l.href}>
                          <Link href={l.href}>
                            {l.label}
                            <span className="sr-only"> ({s.label})</span>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                  <StageGuides
                    stage={s.label}
                    resourceStage={JOURNEY_RESOURCE_STAGE[s.key]}
                    resources={resources}
                  />
                </li>
              )
            })}
          </ol>
        </>
      )}
      <ComplianceBadges badges={c.badges} />
    </section>
  )
}

/** The library's first entries for a stage (members-only ones open in full: the reader is signed in). */
function StageGuides({
  stage,
  resourceStage,
  resources,
}: {
  stage: string
  resourceStage: keyof typeof RESOURCE_STAGES
  resources: StageResources
}) {
  const entries = resources[resourceStage]
  return (
    <div className="mt-3">
      <p className="font-semibold">Guides and tools:</p>
      {entries.length === 0 ? (
        <p>None in the library for this stage yet.</p>
      ) : (
        <ul className="mt-1 list-disc pl-6">
          {entries.map((r) => (
            <li key={r.slug}>
              <Link href={r.membersOnly ? `/resources/${r.slug}/read` : `/resources/${r.slug}`}>
                {r.title}
              </Link>
              {r.membersOnly && ' (members only)'}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-1">
        <a href={`/resources?stage=${resourceStage}`}>
          All guides for this stage<span className="sr-only"> ({stage})</span>
        </a>
      </p>
    </div>
  )
}
