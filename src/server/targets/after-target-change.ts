import 'server-only'
import { invalidateProgress } from '@/server/cache-tags'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { logger } from '@/server/log'

const log = logger('targets')

/**
 * After a target's transaction commits: the stored compliance summary is recomputed (the target
 * stage may now be met) and the public profile, directory and network figures show the change on
 * their next request.
 */
export async function afterTargetChange({ municipalityId, slug }: { municipalityId: string; slug: string }) {
  await refreshCompliance({ municipalityId }).catch((e) => log.error({ err: e }, 'compliance refresh failed'))
  invalidateProgress(slug)
}
