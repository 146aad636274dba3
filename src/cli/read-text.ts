// CLI stage: reads one idea file as UTF-8 text, or says why it is not linted (too big, not text).
// Reads the file system; no linting here.
import { readFile, stat } from 'node:fs/promises';
import { FileError } from './find-files.js';

/** The file's text, or the notice that replaces linting it. */
export type TextOrNotice = { text: string } | { notice: string };

// The byte order mark is kept, so offsets match the file (and the action, which reads it through the API).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads `path`; files over `maxFileSize` bytes, with NUL bytes or invalid UTF-8 get a notice instead. A file that
 * cannot be read is a FileError naming it as `name` (default `path`) with the system's error code.
 */
export async function readText(path: string, maxFileSize: number, name = path): Promise<TextOrNotice> {
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > maxFileSize) {
      return {
        notice: `Skipped: the file is ${formatBytes(size)}, over the ${formatBytes(maxFileSize)} limit (maxFileSize).`,
      };
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new FileError(`${name}: cannot read the file (${code}); check that it exists and that you may read it.`);
  }
  if (bytes.includes(0))
    return { notice: 'Skipped: the file contains NUL bytes, so it is not text; idea files are Markdown.' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { notice: 'Skipped: the file is not valid UTF-8; save it as UTF-8 to have it linted.' };
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} bytes`;
}
