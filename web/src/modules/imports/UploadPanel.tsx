import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { formatOfFile, UploadError, uploadImport, type UploadErrorKey, type UploadHandle } from './uploadImport';

/** Choose a CSV or JSON Lines file and upload it; calls back with the new job's id. */
export function UploadPanel({ onUploaded }: { onUploaded: (jobId: string) => void }) {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<{ key: UploadErrorKey | 'unknownFormat'; detail: string | null } | null>(null);
  const upload = useRef<UploadHandle | null>(null);
  const inputId = useId();
  const hintId = useId();

  // Leaving the page abandons an upload in flight.
  useEffect(() => () => upload.current?.abort(), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!file || sent !== null) return;
    const format = formatOfFile(file.name);
    if (!format) return setError({ key: 'unknownFormat', detail: null });
    setError(null);
    setSent(0);
    upload.current = uploadImport(file, format, setSent);
    try {
      const jobId = await upload.current.done;
      setFile(null);
      form.reset();
      onUploaded(jobId);
    } catch (failure) {
      setError(failure instanceof UploadError ? { key: failure.key, detail: failure.detail } : { key: 'unexpected', detail: null });
    } finally {
      upload.current = null;
      setSent(null);
    }
  }

  const percent = sent === null ? null : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(sent);

  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="panel__title">
        {t.imports.file}
      </h2>
      <p className="muted">{t.imports.intro}</p>
      {error && (
        <p className="notice notice--error" role="alert" data-testid="import-upload-error">
          {error.key === 'unknownFormat' ? t.imports.unknownFormat : t.imports.uploadErrors[error.key]}
          {error.detail && <span className="muted"> {error.detail}</span>}
        </p>
      )}
      <form className="import-upload" onSubmit={handleSubmit}>
        <label className="visually-hidden" htmlFor={inputId}>
          {t.imports.file}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
          aria-describedby={hintId}
          data-testid="import-file"
          disabled={sent !== null}
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setError(null);
          }}
        />
        <button type="submit" className="button button--primary" data-testid="import-submit" disabled={!file || sent !== null}>
          {percent === null ? t.imports.upload : t.imports.uploading(percent)}
        </button>
        {sent !== null && <progress max={1} value={sent} aria-label={t.imports.uploading(percent ?? '')} />}
      </form>
      <p id={hintId} className="muted">
        {t.imports.formatHint}
      </p>
    </section>
  );
}
