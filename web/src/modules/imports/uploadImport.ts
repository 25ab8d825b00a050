import { endSession, getSession } from '../auth/session';

export type ImportFileFormat = 'csv' | 'jsonl';

/** Why an upload was refused, as the page explains it. */
export type UploadErrorKey = 'tooLarge' | 'forbidden' | 'badInput' | 'network' | 'unexpected';

export class UploadError extends Error {
  constructor(
    readonly key: UploadErrorKey,
    /** The API's own message, shown as detail (it names the field at fault). */
    readonly detail: string | null = null,
  ) {
    super(detail ?? key);
  }
}

/** The format of a file from its name, or null when it is neither CSV nor JSON Lines. */
export function formatOfFile(name: string): ImportFileFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return null;
}

export interface UploadHandle {
  /** Resolves with the new import job's id once the file is stored and queued. */
  done: Promise<string>;
  abort(): void;
}

/**
 * Sends a file to POST /api/imports as the raw body. XMLHttpRequest rather than fetch, for its
 * upload progress events; the browser streams the file from disk, it is never read into memory.
 */
export function uploadImport(file: File, format: ImportFileFormat, onProgress: (fraction: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<string>((resolve, reject) => {
    const session = getSession();
    xhr.open('POST', `/api/imports?format=${format}`);
    if (session) xhr.setRequestHeader('Authorization', `Bearer ${session.token}`);
    xhr.setRequestHeader('Content-Type', format === 'csv' ? 'text/csv' : 'application/x-ndjson');
    // Header values must be ASCII; Chinese file names travel percent-encoded.
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new UploadError('network'));
    xhr.onabort = () => reject(new UploadError('network'));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status === 202) {
        const id = (body as { importJob?: { id?: unknown } } | null)?.importJob?.id;
        return typeof id === 'string' ? resolve(id) : reject(new UploadError('unexpected'));
      }
      const error = (body as { errors?: { message?: string }[] } | null)?.errors?.[0];
      if (xhr.status === 401) {
        // The token was refused: the session is over, the shell shows the sign-in page.
        if (session && getSession()?.token === session.token) endSession('expired');
        return reject(new UploadError('forbidden'));
      }
      if (xhr.status === 413) return reject(new UploadError('tooLarge', error?.message ?? null));
      if (xhr.status === 403) return reject(new UploadError('forbidden'));
      if (xhr.status === 400) return reject(new UploadError('badInput', error?.message ?? null));
      reject(new UploadError('unexpected'));
    };
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

/** Downloads a job's error report (it needs the bearer token, so a plain link would not do). */
export async function downloadErrorReport(jobId: string, fileName: string): Promise<void> {
  const session = getSession();
  const response = await fetch(`/api/imports/${encodeURIComponent(jobId)}/errors.csv`, {
    headers: session ? { Authorization: `Bearer ${session.token}` } : {},
  });
  if (!response.ok) throw new UploadError(response.status === 404 || response.status === 403 ? 'forbidden' : 'unexpected');
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled, so the download has started.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
