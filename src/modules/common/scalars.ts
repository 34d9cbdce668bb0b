import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

/** The contract's `DateTime` (graphql-scalars), used for every `Date` property. */
export const DateTimeScalar = DateTimeResolver;

/** The contract's `JSONObject`. */
export const JSONObjectScalar = JSONObjectResolver;

const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Parses a decimal sent as a string (or a number, for lenient clients); the text is kept as sent ("19.90"). */
function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL_RE.test(text.trim()) || text.trim().length > 64) {
    throw new GraphQLError(`Decimal must be a decimal number as a string, e.g. "19.90"; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text.trim();
}

/**
 * The contract's `Decimal`: money travels as a string so that no float ever rounds it.
 * Stored in PostgreSQL `numeric`, which keeps it exact.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'A decimal number sent as a string, e.g. "19.90", stored exactly',
  serialize: (value) => (typeof value === 'string' ? value : String(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be a decimal number as a string, e.g. "19.90"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});
