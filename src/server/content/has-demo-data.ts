import 'server-only'
import { getNetworkFigures } from '@/server/campaigns/get-network-figures'

/** Whether generated demonstration data is present, so every page can say so. */
export async function hasDemoData(): Promise<boolean> {
  return (await getNetworkFigures()).demoDataPresent
}
