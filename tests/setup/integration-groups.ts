// Which integration test files may share one process and its imported modules (vitest `isolate: false`), read
// from the files themselves when the config loads, so a new file lands in the right group without a list to keep:
//   isolated  a file that mocks modules, changes the environment, the clock or the process, captures or reroutes
//             the log, re-imports the app (vi.resetModules) or reads the process's metrics: a fresh process each,
//             as every file had before.
//   session   a file whose only mock is tests/helpers/session's (the session cookie reader): they share one
//             process where that mock is set before any app module loads (tests/setup/integration-session.ts).
//   shared    every other file: one process, the app's modules imported once.
// A file counts with what it imports from tests/ (helpers, fixtures), and what those import.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export type IntegrationGroup = 'shared' | 'session' | 'isolated'

// What only a fresh process undoes: module mocks, stubbed or assigned environment variables, globals, fake timers
// and clock, a re-imported module graph, the working directory, the process-wide logger and console, metrics.
const NEEDS_ISOLATION = [
  /\bvi\.(mock|doMock|unmock|doUnmock|hoisted|stubEnv|stubGlobal|resetModules|useFakeTimers|setSystemTime|importMock)\b/,
  /\bprocess\.env(\.\w+|\[[^\]]+\])\s*(=[^=]|\?\?=|\|\|=)/,
  /\bdelete\s+process\.env\b/,
  /\bprocess\.(chdir|umask|exitCode\s*=)/,
  /\b(captureLogs|setRootLogger|routeConsoleToLogger|installRequestIds|metricsRegistry)\b/,
]

const SESSION_HELPER = 'tests/helpers/session.ts'

function testFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f))
    .sort()
}

/** The files under tests/ a file imports by a relative path (helpers, fixtures), and theirs in turn. */
function testImports(root: string, file: string, seen = new Set<string>()): string[] {
  const text = readFileSync(file, 'utf8')
  for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = path.resolve(path.dirname(file), spec!)
    const hit = [base, `${base}.ts`, path.join(base, 'index.ts')].find(
      (c) => /\.(ts|mjs|js)$/.test(c) && existsSync(c) && statSync(c).isFile(),
    )
    if (!hit || seen.has(hit) || !path.relative(root, hit).startsWith(`tests${path.sep}`)) continue
    seen.add(hit)
    // The session helper's own mock is what the session project is for; what it imports is read all the same.
    testImports(root, hit, seen)
  }
  return [...seen]
}

export function groupOf(root: string, file: string): IntegrationGroup {
  const imports = testImports(root, file)
  const session = imports.some((f) => path.relative(root, f) === SESSION_HELPER)
  const read = [file, ...imports.filter((f) => path.relative(root, f) !== SESSION_HELPER)]
  if (read.some((f) => NEEDS_ISOLATION.some((pattern) => pattern.test(readFileSync(f, 'utf8')))))
    return 'isolated'
  return session ? 'session' : 'shared'
}

/** The integration test files of each group, relative to root (vitest's `include` globs). */
export function integrationGroups(root: string): Record<IntegrationGroup, string[]> {
  const groups: Record<IntegrationGroup, string[]> = { shared: [], session: [], isolated: [] }
  for (const file of testFiles(path.join(root, 'tests/integration')))
    groups[groupOf(root, file)].push(path.relative(root, file))
  return groups
}
