// The `integration-session` project's files share one process (vitest.config.ts), and each of them imports
// tests/helpers/session, which mocks the session cookie reader. Imported here first, after integration-env.ts has
// pointed the app at the run's database and before any test file loads, so the mock is in place before any app
// module is imported, and stays for every file of the project (none of them imports the real reader). Each file
// starts signed out, as in a fresh process.
const { session } = await import('../helpers/session')
session.current = null

export {}
