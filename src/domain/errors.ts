/**
 * The one error type of the domain. Services throw it; the GraphQL layer maps
 * `code` to `extensions.code` in one place (graphql/format-error.ts). Anything
 * else that escapes is a bug: logged with the request id and masked.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

export class DomainError extends Error {
  override name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.details = options.details;
  }

  readonly details: Record<string, unknown> | undefined;
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, { details });

export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
