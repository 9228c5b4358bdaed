import { RefusalMessage } from '@/components/layout/refusal-message'

// Shown with status 403 when the signed-in user's role may not do what a server action asked.
export default function Forbidden() {
  return <RefusalMessage reason="forbidden" />
}
