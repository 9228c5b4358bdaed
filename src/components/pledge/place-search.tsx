'use client'

import { useId, useRef, useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

type Suggestion = { id: string; name: string; state: string; county: string | null; signed: boolean }

/**
 * The place search: a plain GET form that works without JavaScript. With it, the name box becomes a
 * combobox (WAI-ARIA 1.2 list autocomplete) suggesting places as you type; choosing one searches for it.
 */
export function PlaceSearch({
  q,
  state,
  states,
  campaign,
  action,
  label = 'Find your municipality',
}: {
  /** Where the search goes (the current page when absent). */
  action?: string
  /** The search landmark's name. */
  label?: string
  q: string
  state: string
  states: { value: string; label: string }[]
  /** The pledge's campaign: suggestions say which places have already signed it. */
  campaign?: { slug: string; shortName: string }
}) {
  const form = useRef<HTMLFormElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const stateSelect = useRef<HTMLSelectElement>(null)
  const listId = useId()
  // True once hydrated: before that (or without JavaScript) the input is a plain search box.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [items, setItems] = useState<Suggestion[]>([])
  const [active, setActive] = useState(-1)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const pending = useRef<AbortController>(undefined)

  function suggest(term: string) {
    clearTimeout(timer.current)
    pending.current?.abort()
    setActive(-1)
    if (term.trim().length < 2) return setItems([])
    timer.current = setTimeout(async () => {
      const controller = new AbortController()
      pending.current = controller
      const params = new URLSearchParams({
        q: term,
        state: stateSelect.current?.value ?? '',
        ...(campaign && { campaign: campaign.slug }),
      })
      try {
        const res = await fetch(`/api/places?${params}`, { signal: controller.signal })
        if (res.ok) setItems(((await res.json()) as { places: Suggestion[] }).places)
      } catch {
        // Suggestions are a convenience; the search button still works.
      }
    }, 200)
  }

  function choose(s: Suggestion) {
    if (input.current) input.current.value = s.name
    if (stateSelect.current) stateSelect.current.value = s.state
    setItems([])
    form.current?.requestSubmit()
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (items.length === 0) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (a + step + items.length) % items.length)
    } else if (e.key === 'Enter' && active >= 0 && items[active]) {
      e.preventDefault()
      choose(items[active])
    } else if (e.key === 'Escape') {
      setItems([])
      setActive(-1)
    }
  }

  const open = enhanced && items.length > 0
  return (
    <form ref={form} method="get" action={action} role="search" aria-label={label} className="space-y-4">
      <div className="relative max-w-md">
        <label htmlFor="place-q" className="block font-semibold">
          Search by name
        </label>
        <input
          ref={input}
          id="place-q"
          name="q"
          type="text"
          defaultValue={q}
          autoComplete="off"
          onChange={(e) => suggest(e.target.value)}
          onKeyDown={onKeyDown}
          role={enhanced ? 'combobox' : undefined}
          aria-autocomplete={enhanced ? 'list' : undefined}
          aria-expanded={enhanced ? open : undefined}
          aria-controls={enhanced ? listId : undefined}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          className="mt-1 block w-full rounded border-2 border-ink px-3 py-2"
        />
        {open && (
          <ul
            id={listId}
            role="listbox"
            aria-label="Suggested places"
            className="absolute z-10 mt-1 w-full border-2 border-ink bg-white"
          >
            {items.map((s, i) => (
              <li
                key={s.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault()
                  choose(s)
                }}
                className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-brand-700 text-white' : ''}`}
              >
                {s.name}, {s.state}
                {s.county ? ` (${s.county})` : ''}
                {s.signed && campaign ? ` — already signed ${campaign.shortName}` : ''}
              </li>
            ))}
          </ul>
        )}
        <p aria-live="polite" className="sr-only">
          {open ? `${items.length} suggestions. Use the up and down arrows to choose.` : ''}
        </p>
      </div>
      <div>
        <label htmlFor="place-state" className="block font-semibold">
          State <span className="font-normal text-muted">(optional)</span>
        </label>
        <select
          ref={stateSelect}
          id="place-state"
          name="state"
          defaultValue={state}
          className="mt-1 block rounded border-2 border-ink px-3 py-2"
        >
          <option value="">All states</option>
          {states.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-700"
      >
        Search
      </button>
    </form>
  )
}
