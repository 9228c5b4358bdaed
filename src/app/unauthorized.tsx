import { RefusalMessage } from '@/components/layout/refusal-message'

// Shown with status 401 when a server action or page needs a session it does not have (src/server/auth/refusal.ts).
export default function Unauthorized() {
  return <RefusalMessage reason="signed-out" />
}
