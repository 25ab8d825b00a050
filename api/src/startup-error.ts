/** A start-up failure with one line that tells the operator what to set or run. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
