import { Authorized, getMetadataStorage, type AuthCheckerFn } from 'type-graphql';
import { AppError } from '../errors/app-error.js';
import { decideGate, Gate } from './gates.js';
import type { Viewer } from './viewer.js';

export { decideGate, Gate };

/**
 * The authorization module. Every root field and field resolver declares exactly one gate
 * with `@Allow(Gate.X)`; the schema refuses to build when one does not (see
 * `assertEveryFieldIsGated`), and the auth checker denies anything it does not recognise.
 */
export function Allow(gate: Gate): MethodDecorator & PropertyDecorator {
  return Authorized(gate);
}

export interface AuthContext {
  viewer: Viewer | null;
}

export const authChecker: AuthCheckerFn<AuthContext, string> = ({ context }, gates) => {
  const decision = gates.length === 1 ? decideGate(gates[0], context.viewer) : 'FORBIDDEN';
  if (decision === 'UNAUTHENTICATED') throw AppError.unauthenticated();
  if (decision === 'FORBIDDEN') throw AppError.forbidden();
  return true;
};

/** The signed-in viewer, or UNAUTHENTICATED: for services reached only through gated fields. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (viewer === null) throw AppError.unauthenticated();
  return viewer;
}

/** Lists every root field and field resolver of these resolver classes that has no gate. */
export function ungatedFields(resolvers: readonly Function[]): string[] {
  const storage = getMetadataStorage();
  const gated = new Set(
    storage.authorizedFields
      .filter((a) => a.roles.length === 1 && Object.values(Gate).includes(a.roles[0]))
      .map((a) => `${a.target.name}.${a.fieldName}`),
  );
  const fields = [...storage.queries, ...storage.mutations, ...storage.subscriptions, ...storage.fieldResolvers]
    .filter((r) => resolvers.includes(r.target))
    .map((r) => `${r.target.name}.${r.methodName}`);
  return fields.filter((f) => !gated.has(f));
}

/** Refuses to build an unsecured schema (OpenCTI's authDirective does the same). */
export function assertEveryFieldIsGated(resolvers: readonly Function[]): void {
  const missing = ungatedFields(resolvers);
  if (missing.length > 0) {
    throw new Error(`Refusing to build a schema with fields that have no @Allow gate: ${missing.join(', ')}`);
  }
}

/** The same gate decision for non-GraphQL routes (uploads, downloads). */
export function assertGate(gate: Gate, viewer: Viewer | null): Viewer {
  const decision = decideGate(gate, viewer);
  if (decision === 'UNAUTHENTICATED') throw AppError.unauthenticated();
  if (decision === 'FORBIDDEN' || viewer === null) throw AppError.forbidden();
  return viewer;
}
