// A throwaway PostgreSQL cluster on a loopback port, from the server binaries on the machine
// (Debian's postgresql-15). Used by tests and by `npm run db:migration`.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, chmodSync, existsSync, readdirSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export function pgBinDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const base = '/usr/lib/postgresql'
  if (existsSync(base)) {
    const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a))
    for (const v of versions)
      if (existsSync(path.join(base, v, 'bin', 'initdb'))) return path.join(base, v, 'bin')
  }
  throw new Error(
    'PostgreSQL server binaries not found: install postgresql (apt-get install -y postgresql) or set PG_BIN.',
  )
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

// initdb refuses to run as root: run the server binaries as the postgres user then.
function run(bin, args, { asUser } = {}) {
  const cmd = path.join(pgBinDir(), bin)
  const res = asUser
    ? spawnSync('runuser', ['-u', asUser, '--', cmd, ...args], { encoding: 'utf8' })
    : spawnSync(cmd, args, { encoding: 'utf8' })
  if (res.status !== 0) throw new Error(`${bin} failed: ${res.stderr || res.stdout}`)
  return res.stdout
}

/**
 * Starts a cluster; returns { url(database), createDatabase(name), stop() }.
 * The superuser is "postgres" with password "postgres", reachable on 127.0.0.1 only.
 * Tests run without fsync for speed; `durable: true` keeps PostgreSQL's safe defaults (fsync,
 * synchronous_commit, full_page_writes on), for the crash tests (tests/reliability).
 */
export async function startPgCluster({ port, durable = false } = {}) {
  const asUser = process.getuid?.() === 0 ? 'postgres' : undefined
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-pg-'))
  chmodSync(dir, 0o777)
  const dataDir = path.join(dir, 'data')
  const pwFile = path.join(dir, 'pw')
  execFileSync('sh', ['-c', `printf postgres > ${pwFile} && chmod 644 ${pwFile}`])
  run(
    'initdb',
    ['-D', dataDir, '-U', 'postgres', '--pwfile', pwFile, '-A', 'scram-sha-256', '-E', 'UTF8', '--no-sync'],
    {
      asUser,
    },
  )
  const p = port ?? (await freePort())
  const unsafe = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'
  const opts = `-p ${p} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}${unsafe} -c max_connections=200`
  run('pg_ctl', ['-D', dataDir, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start'], { asUser })
  const url = (db) => `postgresql://postgres:postgres@127.0.0.1:${p}/${db}`
  return {
    port: p,
    dir,
    url,
    serverOptions: opts,
    async createDatabase(name) {
      const pg = (await import('pg')).default
      const client = new pg.Client({ connectionString: url('postgres') })
      await client.connect()
      await client.query(`CREATE DATABASE "${name}"`)
      await client.end()
      return url(name)
    },
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], { asUser })
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

/**
 * Stops and starts again the server of a cluster startPgCluster made (its `dir` and `serverOptions`), from
 * any process: for tests of an outage (tests/cluster). `mode`: pg_ctl's fast (default) or immediate.
 */
export function pgServerControl(dir, serverOptions) {
  const asUser = process.getuid?.() === 0 ? 'postgres' : undefined
  const dataDir = path.join(dir, 'data')
  return {
    stopServer(mode = 'fast') {
      run('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop'], { asUser })
    },
    startServer() {
      run('pg_ctl', ['-D', dataDir, '-o', serverOptions, '-l', path.join(dir, 'log'), '-w', 'start'], {
        asUser,
      })
    },
  }
}
