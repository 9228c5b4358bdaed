import 'server-only'
import type { PrismaPg } from '@prisma/adapter-pg'
import { DatabaseUnavailableError } from './database-unavailable-error'
import { isConnectionError } from './is-connection-error'

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>

function flagged<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await fn(...args)
    } catch (e) {
      throw isConnectionError(e) ? new DatabaseUnavailableError(e) : e
    }
  }
}

function flagTransaction(tx: Transaction): Transaction {
  tx.queryRaw = flagged(tx.queryRaw.bind(tx))
  tx.executeRaw = flagged(tx.executeRaw.bind(tx))
  tx.commit = flagged(tx.commit.bind(tx))
  return tx
}

/**
 * Turns the driver's connection errors into DatabaseUnavailableError at the adapter, the one place every
 * query, batch and transaction passes through; Prisma passes errors it does not know on unchanged.
 */
export function flagUnavailableDatabase(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory)
  factory.connect = async () => {
    const adapter = await connect()
    adapter.queryRaw = flagged(adapter.queryRaw.bind(adapter))
    adapter.executeRaw = flagged(adapter.executeRaw.bind(adapter))
    const start = flagged(adapter.startTransaction.bind(adapter))
    adapter.startTransaction = async (isolationLevel) => flagTransaction(await start(isolationLevel))
    return adapter
  }
  return factory
}
