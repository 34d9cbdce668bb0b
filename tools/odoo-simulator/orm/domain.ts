/**
 * Odoo domains (odoo/osv/expression.py) evaluated over the in-memory rows:
 * prefix notation with an implicit '&', normalized and parsed here; each leaf
 * is compiled by domain-leaves.ts.
 */
import { OdooException, valueError } from '../odoo-exception.js';
import { pyRepr, pyTupleRepr } from '../python-values.js';
import { compileLeaf, type Leaf, type Predicate } from './domain-leaves.js';
import type { CompiledModel, Context } from './model-spec.js';
import type { SimEnv } from './sim-env.js';

const TERM_OPERATORS = new Set([
  '=',
  '!=',
  '<=',
  '<',
  '>',
  '>=',
  '=?',
  '=like',
  '=ilike',
  'like',
  'not like',
  'ilike',
  'not ilike',
  'in',
  'not in',
  'child_of',
  'parent_of',
  'any',
  'not any',
]);
const ARITY: Record<string, number> = { '!': 1, '&': 2, '|': 2 };

type Token = string | Leaf;
type Node = { op: '&' | '|'; left: Node; right: Node } | { op: '!'; child: Node } | { op: 'leaf'; leaf: Leaf };

/** normalize_domain(): operators explicit, leaves validated, operators lower-cased. */
function normalize(domain: unknown): Token[] {
  if (!Array.isArray(domain)) {
    throw new OdooException('builtins.AssertionError', [
      "Domains to normalize must have a 'domain' form: a list or tuple of domain components",
    ]);
  }
  if (!domain.length) return [[1, '=', 1]];
  const result: Token[] = [];
  let expected = 1;
  for (const token of domain as unknown[]) {
    if (expected === 0) {
      result.unshift('&');
      expected = 1;
    }
    if (Array.isArray(token)) {
      expected -= 1;
      result.push(checkLeaf(token));
    } else if (typeof token === 'string' && token in ARITY) {
      expected += ARITY[token] - 1;
      result.push(token);
    } else {
      throw valueError(`Invalid leaf ${pyRepr(token)}`);
    }
  }
  if (expected !== 0) throw valueError(`Domain ${pyRepr(domain)} is syntactically not correct.`);
  return result;
}

function checkLeaf(token: unknown[]): Leaf {
  const invalid = () => valueError(`Invalid leaf ${pyTupleRepr(token)}`);
  if (token.length !== 3 || typeof token[1] !== 'string') throw invalid();
  let op = token[1].toLowerCase();
  if (op === '<>') op = '!=';
  if (op === '==') op = '=';
  const [left, , right] = token;
  const constant = (left === 1 || left === 0) && op === '=' && right === 1;
  if (!TERM_OPERATORS.has(op) || !((typeof left === 'string' && left) || constant)) throw invalid();
  return [left, op, right];
}

function parse(tokens: Token[]): Node {
  let pos = 0;
  const next = (): Node => {
    const token = tokens[pos++];
    if (token === '!') return { op: '!', child: next() };
    if (token === '&' || token === '|') {
      const left = next();
      return { op: token, left, right: next() };
    }
    return { op: 'leaf', leaf: token as Leaf };
  };
  return tokens.length ? next() : { op: 'leaf', leaf: [1, '=', 1] };
}

/** Compiles a domain over `model` into a predicate (errors are raised now, as Odoo raises them before querying). */
export function compileDomain(env: SimEnv, model: CompiledModel, domain: unknown, ctx: Context): Predicate {
  const build = (node: Node): Predicate => {
    switch (node.op) {
      case '!': {
        const child = build(node.child);
        return (row) => !child(row);
      }
      case '&': {
        const [a, b] = [build(node.left), build(node.right)];
        return (row) => a(row) && b(row);
      }
      case '|': {
        const [a, b] = [build(node.left), build(node.right)];
        return (row) => a(row) || b(row);
      }
      default:
        return compileLeaf(env, model, node.leaf, ctx);
    }
  };
  return build(parse(normalize(domain)));
}

/** Whether a domain names the `active` field at its top level (then Odoo adds no active filter). */
export function mentionsActive(domain: unknown): boolean {
  return Array.isArray(domain) && domain.some((item) => Array.isArray(item) && item[0] === 'active');
}
