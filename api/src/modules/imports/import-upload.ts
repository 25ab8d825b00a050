import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors/app-error.js';

/** The upload went over the size limit; nothing of it is kept. */
export class UploadTooLargeError extends Error {
  override readonly name = 'UploadTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the limit of ${formatBytes(maxBytes)}; split it into smaller files`);
  }
}

/**
 * Streams a request body to `filePath` (which must not exist yet), never holding more than a
 * chunk in memory, and stops at `maxBytes`. Returns the bytes written; on any failure the
 * partial file is removed.
 */
export async function saveUpload(body: Readable, filePath: string, maxBytes: number): Promise<number> {
  const limit = new ByteLimit(maxBytes);
  try {
    // The body is piped rather than handed to pipeline(), so that stopping at the limit does not
    // destroy the request's socket before the 413 answer is written.
    body.pipe(limit);
    // A client that goes away mid-file is a bad request, not a server fault.
    const interrupted = () => limit.destroy(AppError.badInput('The upload was interrupted before the end of the file'));
    body.on('error', interrupted);
    body.on('close', () => {
      if (!body.readableEnded) interrupted();
    });
    await pipeline(limit, createWriteStream(filePath, { flags: 'wx' }));
    return limit.bytes;
  } catch (error) {
    body.unpipe(limit);
    await unlink(filePath).catch(() => undefined);
    throw error;
  }
}

class ByteLimit extends Transform {
  bytes = 0;
  constructor(private readonly maxBytes: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(new UploadTooLargeError(this.maxBytes));
    done(null, chunk);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`;
  return `${bytes} bytes`;
}
