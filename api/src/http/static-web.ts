import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/** Serves the built web app with a single-page-app fallback, when it has been built. */
export function serveWeb(app: Express, webDist: string): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|api\/).*/, (_req, res) => res.sendFile(index));
  return true;
}
