import 'server-only'
import { hash } from '@node-rs/argon2'

// Argon2id (algorithm 2 in @node-rs/argon2) with OWASP's baseline cost: 19 MiB, 2 passes, 1 lane.
export const passwordHashOptions = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

/** An argon2id hash of a password, in PHC string form (it carries its own salt and cost). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashOptions)
}
