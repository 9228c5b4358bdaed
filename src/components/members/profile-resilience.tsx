import { DataTable } from '@/components/ui/data-table'
import { formatDate } from '@/lib/format'
import { webLink } from '@/lib/web-link'
import { sectorLabel } from '@/lib/domain/hazards'
import type { MemberProfile } from '@/server/municipalities/get-member-profile'

const RISK: Record<string, string> = { LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High', EXTREME: 'Extreme' }
const STATUS: Record<string, string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
}
const PILLAR: Record<string, string> = { MITIGATION: 'Mitigation', ADAPTATION: 'Adaptation' }

export function ProfileHazards({ profile }: { profile: MemberProfile }) {
  const hazards = profile.hazards
  return (
    <section aria-labelledby="hazards-heading" className="mt-8">
      <h2 id="hazards-heading" className="text-2xl">
        Climate hazards
      </h2>
      {!hazards ? (
        <p className="mt-2">No verified hazard assessment yet.</p>
      ) : (
        <DataTable
          className="mt-2"
          caption={`Climate hazards of ${profile.name}, from the verified ${hazards.year} report`}
          rows={hazards.items}
          rowKey={(h) => h.hazard}
          columns={[
            { header: 'Hazard', rowHeader: true, cell: (h) => h.label },
            { header: 'Risk level', cell: (h) => RISK[h.riskLevel] },
            { header: 'Expected impact', cell: (h) => h.expectedImpact },
            { header: 'Vulnerable groups', cell: (h) => h.vulnerableGroups },
          ]}
        />
      )}
    </section>
  )
}

export function ProfileActions({ profile }: { profile: MemberProfile }) {
  const actions = profile.actions
  return (
    <section aria-labelledby="actions-heading" className="mt-8">
      <h2 id="actions-heading" className="text-2xl">
        Plans and actions
      </h2>
      {actions.length === 0 ? (
        <p className="mt-2">No verified plans or actions yet.</p>
      ) : (
        <DataTable
          className="mt-2"
          caption={`Plans and actions of ${profile.name}, from verified reports`}
          rows={actions}
          rowKey={(a) => `${a.kind}-${a.title}`}
          columns={[
            {
              header: 'Title',
              rowHeader: true,
              cell: (a) => {
                const href = webLink(a.url)
                return href ? (
                  <a href={href} rel="noopener noreferrer">
                    {a.title}
                  </a>
                ) : (
                  a.title
                )
              },
            },
            { header: 'Kind', cell: (a) => (a.kind === 'PLAN' ? 'Plan' : 'Action') },
            { header: 'Pillar', cell: (a) => PILLAR[a.pillar] },
            { header: 'Sector', cell: (a) => (a.sector ? sectorLabel(a.sector) : '—') },
            { header: 'Status', cell: (a) => STATUS[a.status] },
            { header: 'Adopted', cell: (a) => (a.adoptedAt ? formatDate(new Date(a.adoptedAt)) : '—') },
            { header: 'Reported for', cell: (a) => a.reportYear },
          ]}
        />
      )}
    </section>
  )
}

export function ProfileSolutions({ profile }: { profile: MemberProfile }) {
  return (
    <section aria-labelledby="solutions-heading" className="mt-8">
      <h2 id="solutions-heading" className="text-2xl">
        Solutions
      </h2>
      <h3 className="mt-4 text-xl">Solutions {profile.name} has put in place</h3>
      {profile.implementedSolutions.length === 0 ? (
        <p className="mt-2">None recorded yet.</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {profile.implementedSolutions.map((s) => (
            <li key={s.slug}>
              <a href={`/solutions/${s.slug}`}>{s.title}</a>
              {s.year && ` (${s.year})`}
            </li>
          ))}
        </ul>
      )}
      {profile.suggestedSolutions.length > 0 && (
        <>
          <h3 className="mt-6 text-xl">Solutions for this city’s hazards</h3>
          <ul className="mt-2 grid gap-4 md:grid-cols-2">
            {profile.suggestedSolutions.map((s) => (
              <li key={s.slug} className="rounded border border-gray-300 p-4">
                <a href={`/solutions/${s.slug}`} className="font-semibold">
                  {s.title}
                </a>
                <p className="mt-1">{s.summary}</p>
                <p className="mt-1 text-sm text-muted">Addresses: {s.hazards.join(', ')}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
