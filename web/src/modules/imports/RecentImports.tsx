import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { navigate, ROUTES } from '../../app/router';
import { formatDateTime, useI18n } from '../../i18n';
import { importJobsQuery } from './imports.graphql';

/** The platform's latest imports; choosing one shows its progress and errors. */
export function RecentImports({ selected }: { selected: string | null }) {
  const { t, locale } = useI18n();
  const { data, error, refetch } = useQuery(importJobsQuery, { variables: { first: 10 }, fetchPolicy: 'cache-and-network' });
  // A new upload (or another job chosen) shows up in the list at once.
  useEffect(() => {
    if (selected) void refetch();
  }, [selected, refetch]);
  const jobs = data?.importJobs.edges.map((e) => e.node) ?? [];

  return (
    <section className="panel" aria-labelledby="recent-imports-title">
      <h2 id="recent-imports-title" className="panel__title">
        {t.imports.recentTitle}
      </h2>
      {error && !data && (
        <p className="notice notice--error" role="alert">
          {t.imports.loadFailed}
        </p>
      )}
      {data && jobs.length === 0 && (
        <p className="muted" data-testid="recent-imports-empty">
          {t.imports.noRecent}
        </p>
      )}
      {jobs.length > 0 && (
        <table className="import-table" data-testid="recent-imports">
          <thead>
            <tr>
              <th scope="col">{t.imports.fileName}</th>
              <th scope="col">{t.imports.createdAt}</th>
              <th scope="col">{t.imports.statusTitle}</th>
              <th scope="col" className="number">
                {t.imports.accepted}
              </th>
              <th scope="col" className="number">
                {t.imports.rejected}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t.imports.view}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => {
              const href = `${ROUTES.imports}?job=${encodeURIComponent(job.id)}`;
              return (
                <tr key={job.id} aria-current={job.id === selected ? 'true' : undefined}>
                  <td>{job.fileName}</td>
                  <td>{formatDateTime(job.createdAt, locale)}</td>
                  <td>{t.imports.status[job.status]}</td>
                  <td className="number">{job.accepted.toLocaleString(locale)}</td>
                  <td className="number">{job.rejected.toLocaleString(locale)}</td>
                  <td>
                    <a
                      href={href}
                      onClick={(event) => {
                        event.preventDefault();
                        navigate(href);
                      }}
                    >
                      {t.imports.view}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
