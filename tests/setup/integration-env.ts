// Runs in each integration worker before the test file loads: point the app's db at the run's database.
import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
