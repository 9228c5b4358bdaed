'use client'

import { STATE_CODES, stateName } from '@/lib/domain/states'

/**
 * The <option>s of a state <select>, one per state. A client component only so that the page's React payload
 * refers to it instead of carrying 51 option elements; it renders on the server and needs no JavaScript.
 */
export function StateOptions() {
  return STATE_CODES.map((code) => (
    <option key={code} value={code}>
      {stateName(code)}
    </option>
  ))
}
