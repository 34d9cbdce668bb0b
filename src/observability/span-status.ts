import { SpanStatusCode, type Span } from '@opentelemetry/api';

/** Marks `span` as failed with `err`: the exception as an event, the status ERROR with its message. */
export function failSpan(span: Span, err: unknown): void {
  span.recordException(err instanceof Error ? err : String(err));
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
}
