/** What the CLI touches of the process, so that tests can run it in-process. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  stdout: {
    write(chunk: string): unknown
    isTTY?: boolean
    once?(event: 'drain', listener: () => void): unknown
  }
  stderr: { write(chunk: string): unknown; isTTY?: boolean }
  env: Record<string, string | undefined>
  /** Aborted on Ctrl-C: the batch stops, and no partial file is left. */
  signal?: AbortSignal
}
