import { authRoute } from '@/server/auth/auth-route'
import { handlers } from '@/server/auth/config'

export const { GET, POST } = authRoute(handlers)
