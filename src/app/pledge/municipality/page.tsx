import Link from 'next/link'
import { redirect } from 'next/navigation'
import { StepForm } from '@/components/pledge/step-form'
import { StepHeader } from '@/components/pledge/step-header'
import { PlaceSearch } from '@/components/pledge/place-search'
import { readPledgeDraft } from '@/server/pledges/pledge-draft'
import { readPledgeFlash } from '@/server/pledges/pledge-flash'
import { searchPlaces } from '@/server/pledges/search-places'
import { findSignedPlaces } from '@/server/pledges/find-signed-places'
import { STATES } from '@/lib/domain/states'
import { formatNumber } from '@/lib/format'
import { saveMunicipality, saveNewMunicipality } from '../actions'

export const metadata = { title: 'Sign a pledge: municipality' }

const stateOptions = Object.entries(STATES).map(([value, label]) => ({ value, label }))

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const [draft, params, flash] = await Promise.all([
    readPledgeDraft(),
    searchParams,
    readPledgeFlash('municipality', 'new-municipality'),
  ])
  if (!draft.campaign) redirect('/pledge')
  const q = typeof params.q === 'string' ? params.q.slice(0, 100) : ''
  const state =
    typeof params.state === 'string' && params.state.toUpperCase() in STATES ? params.state.toUpperCase() : ''
  const found = q ? await searchPlaces({ q, state, limit: 15 }) : []
  // Places that have already signed this campaign are named with a link to their profile, not offered.
  const { campaignShortName, signed } = await findSignedPlaces({
    municipalityIds: found.map((r) => r.id),
    campaignSlug: draft.campaign,
  })
  const results = found.filter((r) => !signed.has(r.id))
  const alreadySigned = found.flatMap((r) => {
    const s = signed.get(r.id)
    return s ? [{ ...r, ...s }] : []
  })
  const placeLabel = (r: { name: string; state: string }) =>
    `${r.name}, ${STATES[r.state as keyof typeof STATES] ?? r.state}`
  const chosen = draft.municipality?.kind === 'existing' ? draft.municipality : undefined
  const typed = draft.municipality?.kind === 'new' ? draft.municipality : undefined
  // Without JavaScript the forms post here, keeping the search so the same places show after an error.
  const search = new URLSearchParams({ ...(q && { q }), ...(state && { state }) }).toString()
  const postTo = (form: string) => `/pledge/submit/${form}${search ? `?${search}` : ''}`
  const options = [
    ...(chosen && !found.some((r) => r.id === chosen.id) ? [{ value: chosen.id, label: chosen.label }] : []),
    ...results.map((r) => ({
      value: r.id,
      label: placeLabel(r),
      hint:
        [r.county, r.population ? `population ${formatNumber(r.population)}` : null]
          .filter(Boolean)
          .join(' · ') || undefined,
    })),
  ]
  return (
    <div className="max-w-3xl">
      <StepHeader back="/pledge" step={2} title="Which municipality are you signing for?" />
      <PlaceSearch
        q={q}
        state={state}
        states={stateOptions}
        campaign={campaignShortName ? { slug: draft.campaign, shortName: campaignShortName } : undefined}
      />
      {q && found.length === 0 && (
        <p className="mt-6" role="status">
          No place called “{q}” found{state ? ` in ${STATES[state as keyof typeof STATES]}` : ''}. Try another
          spelling, or add it below.
        </p>
      )}
      {(options.length > 0 || alreadySigned.length > 0) && (
        <section aria-labelledby="results-title" className="mt-8">
          <h2 id="results-title" className="mb-4 text-xl">
            {q ? 'Places found' : 'Your choice'}
          </h2>
          {alreadySigned.length > 0 && (
            <ul aria-label={`Already signed ${campaignShortName}`} className="mb-8 space-y-3">
              {alreadySigned.map((r) => (
                <li key={r.id} className="border-l-4 border-brand-700 pl-4">
                  <span className="font-semibold">{placeLabel(r)}</span>
                  {r.county ? ` · ${r.county}` : ''} — Already signed {campaignShortName}
                  {r.isMember && (
                    <>
                      {': '}
                      <Link href={`/members/${r.slug}`}>see the profile of {r.name}</Link>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {options.length > 0 && (
            <StepForm
              action={saveMunicipality}
              postTo={postTo('municipality')}
              initialState={flash?.form === 'municipality' ? flash.state : undefined}
              submitLabel="Continue"
              defaults={{
                municipalityId: chosen?.id ?? (options.length === 1 ? options[0]!.value : undefined),
              }}
              fields={[
                { kind: 'radios', name: 'municipalityId', legend: 'Select your municipality', options },
              ]}
            />
          )}
        </section>
      )}
      <section aria-labelledby="new-title" className="mt-12 border-t-2 border-brand-100 pt-8">
        <h2 id="new-title" className="mb-4 text-xl">
          Not listed? Enter your municipality
        </h2>
        <StepForm
          action={saveNewMunicipality}
          postTo={postTo('new-municipality')}
          initialState={flash?.form === 'new-municipality' ? flash.state : undefined}
          submitLabel="Continue with this municipality"
          defaults={
            typed ? { name: typed.name, state: typed.state, population: String(typed.population) } : {}
          }
          fields={[
            {
              kind: 'text',
              name: 'name',
              label: 'Name of the municipality',
              autoComplete: 'off',
              width: 'md',
            },
            { kind: 'select', name: 'state', label: 'State', options: stateOptions },
            {
              kind: 'text',
              name: 'population',
              label: 'Population',
              hint: 'An estimate is fine, for example 12,500',
              inputMode: 'numeric',
              width: 'sm',
            },
          ]}
        />
      </section>
    </div>
  )
}
