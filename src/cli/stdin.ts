// CLI stage: reads standard input (`idea-lint -`) whole, as UTF-8 text. Reads only the stream it is given.

/** A readable stream of bytes or text, such as process.stdin (or any list of chunks). */
export type Input = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** The whole input as text; a byte order mark is kept, as for files. */
export async function readInput(input: Input): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks));
}
