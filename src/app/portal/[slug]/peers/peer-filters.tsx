import Link from 'next/link'
import { CodeOptions } from '@/components/ui/code-options'
import { HAZARDS, hazardLabel } from '@/lib/domain/hazards'
import { PEER_POPULATION_BANDS } from '@/lib/domain/peers'
import type { PeerQuery } from '@/schemas/peers'

const fieldCls = 'mt-1 block w-full rounded border border-gray-500 bg-white px-2 py-2'

function Tick({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-center">
      <input
        id={`peer-${name}`}
        name={name}
        type="checkbox"
        value="1"
        defaultChecked={checked}
        className="size-6"
      />
      <label htmlFor={`peer-${name}`} className="ml-2">
        {label}
      </label>
    </div>
  )
}

const bandLabels = Object.fromEntries(Object.entries(PEER_POPULATION_BANDS).map(([k, v]) => [k, v.label]))

/**
 * The peer finder's GET form: every choice lands in the URL, so it works without JavaScript. Hazards you report
 * come first in the hazard list.
 */
export function PeerFilters({
  slug,
  query,
  yourHazards,
}: {
  slug: string
  query: PeerQuery
  yourHazards: readonly string[]
}) {
  const others = Object.fromEntries(Object.entries(HAZARDS).filter(([code]) => !yourHazards.includes(code)))
  return (
    <form
      method="get"
      action={`/portal/${slug}/peers`}
      role="search"
      aria-label="Filter the municipalities like yours"
    >
      <fieldset>
        <legend className="font-semibold">Only municipalities that are</legend>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          <Tick name="state" label="In your state" checked={query.state} />
          <Tick name="region" label="In your census region" checked={query.region} />
          <Tick name="campaign" label="In a campaign you have joined" checked={query.campaign} />
          <Tick name="ahead" label="Further along the compliance path than you" checked={query.ahead} />
        </div>
      </fieldset>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="peer-hazard" className="font-semibold">
            Facing this hazard
          </label>
          <select id="peer-hazard" name="hazard" defaultValue={query.hazard ?? ''} className={fieldCls}>
            <option value="">Any hazard</option>
            {yourHazards.length > 0 && (
              <optgroup label="Hazards in your verified reports">
                {yourHazards.map((code) => (
                  <option key={code} value={code}>
                    {hazardLabel(code)}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={yourHazards.length > 0 ? 'Other hazards' : 'Hazards'}>
              <CodeOptions options={others} />
            </optgroup>
          </select>
        </div>
        <div>
          <label htmlFor="peer-population" className="font-semibold">
            Population
          </label>
          <select
            id="peer-population"
            name="population"
            defaultValue={query.population ?? ''}
            className={fieldCls}
          >
            <CodeOptions options={bandLabels} anyLabel="Any population" />
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Apply filters
        </button>
        <Link href={`/portal/${slug}/peers`}>Clear filters</Link>
      </div>
    </form>
  )
}
