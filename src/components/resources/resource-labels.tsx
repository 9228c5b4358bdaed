import {
  RESOURCE_AUDIENCES,
  RESOURCE_KINDS,
  RESOURCE_STAGES,
  resourceTopicLabel,
  type ResourceAudienceCode,
  type ResourceKindCode,
  type ResourceStageCode,
} from '@/lib/domain/resources'
import { Badge } from '@/components/ui/badge'

export const kindLabel = (k: ResourceKindCode) => RESOURCE_KINDS[k]
export const audienceLabel = (a: ResourceAudienceCode) => RESOURCE_AUDIENCES[a]
export const stageLabels = (stages: ResourceStageCode[]) =>
  stages.map((s) => RESOURCE_STAGES[s]).join(', ') || 'Any stage'
export const topicLabels = (topics: string[]) => topics.map(resourceTopicLabel).join(', ') || 'None listed'

/** The marker on a members-only entry, in words (the colour only repeats them). */
export function MembersOnlyBadge() {
  return <Badge tone="warning">Members only</Badge>
}

/** What an entry is, who it is for, the stages and topics it helps with: as a list of terms. */
export function ResourceFacts({
  r,
  className,
}: {
  r: { kind: ResourceKindCode; audience: ResourceAudienceCode; stages: ResourceStageCode[]; topics: string[] }
  className?: string
}) {
  const facts = [
    ['Kind', kindLabel(r.kind)],
    ['For', audienceLabel(r.audience)],
    ['Stages', stageLabels(r.stages)],
    ['Topics', topicLabels(r.topics)],
  ] as const
  return (
    <dl className={`flex flex-wrap gap-x-6 gap-y-2 text-sm ${className ?? ''}`.trim()}>
      {facts.map(([term, value]) => (
        <div key={term} className="flex flex-wrap items-center gap-2">
          <dt className="font-semibold">{term}:</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
