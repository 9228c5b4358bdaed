import 'server-only'
import { groupStates } from '@/schemas/groups'

/** Start of the UTC day of `now`: a group ending today is still open. */
export const today = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))

/** Whether a municipality in `state` may ask to join: the group is not over and is for any state or its own. */
export function groupFits(group: { states: string; endsOn: Date }, state: string, now: Date): boolean {
  const states = groupStates(group.states)
  return group.endsOn >= today(now) && (states.length === 0 || states.includes(state))
}
