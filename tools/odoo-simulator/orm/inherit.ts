/**
 * `_inherit` without `_name`: an addon adding fields, methods and behaviour
 * to a model another addon defines (sale_stock on sale.order, account on
 * product.template). Extensions apply in the order given, as Odoo applies
 * its modules' classes in dependency order.
 */
import type { FieldSpec, MethodSpec, ModelHooks, ModelSpec } from './model-spec.js';

export interface ModelExtension {
  /** The model extended (`_inherit = 'sale.order'`). */
  inherit: string;
  fields?: Record<string, FieldSpec>;
  /** A method by name, given the one it overrides (Python's `super()`), if any. */
  methods?: Record<string, (parent: MethodSpec | undefined) => MethodSpec>;
  /** Run after the model's own hooks of the same name (as code after `super()` does). */
  hooks?: ModelHooks;
}

type HookFn = (...args: never[]) => void;

function chain(first: HookFn | undefined, then: HookFn | undefined): HookFn | undefined {
  if (!first) return then;
  if (!then) return first;
  return ((...args: never[]) => {
    first(...args);
    then(...args);
  }) as HookFn;
}

/** The specs with every extension folded into the model it extends. */
export function applyExtensions(specs: ModelSpec[], extensions: ModelExtension[]): ModelSpec[] {
  const byName = new Map(specs.map((spec) => [spec.name, { ...spec }]));
  for (const ext of extensions) {
    const spec = byName.get(ext.inherit);
    if (!spec) throw new Error(`odoo-simulator: _inherit of unknown model ${ext.inherit}`);
    spec.fields = { ...spec.fields, ...ext.fields };
    const methods = { ...spec.methods };
    for (const [name, make] of Object.entries(ext.methods ?? {})) methods[name] = make(methods[name]);
    spec.methods = methods;
    const hooks: Record<string, HookFn | undefined> = { ...(spec.hooks as Record<string, HookFn | undefined>) };
    for (const [name, hook] of Object.entries(ext.hooks ?? {}) as Array<[string, HookFn]>) {
      hooks[name] = chain(hooks[name], hook);
    }
    spec.hooks = hooks as ModelHooks;
  }
  return specs.map((spec) => byName.get(spec.name)!);
}
