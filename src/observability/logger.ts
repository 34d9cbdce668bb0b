import { traceLogFields } from './tracing.js';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/**
 * Structured JSON logs on stdout (or `destination`: tests capture lines in memory).
 * Headers that carry credentials are redacted wherever they appear, so a logged
 * request can never leak a token. A line written inside a span carries its
 * trace_id and span_id (with tracing off, nothing is added).
 */
export function createLogger(
  level: string,
  base: Record<string, unknown> = {},
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { service: 'odoo-sync-hub', ...base },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: traceLogFields,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'headers.authorization',
          'authorization',
          'password',
          'token',
          'secret',
          '*.password',
          '*.token',
          '*.secret',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
