/** Standard input as read: its bytes, or only its size when it is over the limit. */
export type StdinRead = { bytes: Uint8Array } | { tooLarge: number }

/**
 * All of standard input, as bytes, keeping no more than `maxBytes`: past the
 * limit the rest is read and counted but not kept, so that a gigabyte piped
 * in costs no memory.
 */
export async function readStdin(
  stdin: NodeJS.ReadableStream,
  maxBytes: number,
): Promise<StdinRead> {
  let chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += bytes.length
    if (size > maxBytes) chunks = []
    else chunks.push(bytes)
  }
  return size > maxBytes ? { tooLarge: size } : { bytes: Buffer.concat(chunks) }
}
