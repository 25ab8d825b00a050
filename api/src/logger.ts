import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'cloudsword-api' },
    redact: { paths: ['password', '*.password', 'token', '*.token', 'req.headers.authorization'], censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
