// Session stand-in and form helpers for the staff municipality tests.
export { formOf as form, runAction as run } from '../../helpers/server-actions'

export async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text()
}
