import 'server-only'
import { recordId } from '@/schemas/id'
import { getGroupForEdit } from '@/server/groups/get-group-for-edit'

/** The group of an admin page's `[id]`, or null when the id is malformed or unknown. */
export async function groupOfPage(id: string) {
  const parsed = recordId.safeParse(id)
  return parsed.success ? getGroupForEdit({ id: parsed.data }) : null
}
