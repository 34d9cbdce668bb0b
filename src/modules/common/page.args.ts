import { ArgsType, Field, Int, type ClassType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/** `first`/`after` of every connection; `nullable` keeps the contract's `first: Int = 50`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** The arguments of a list query besides paging: a `filter` of the given input type. */
export function filterArgs<F extends object>(filter: ClassType<F>) {
  @ArgsType()
  class FilterArgs {
    @Field(() => filter, { nullable: true })
    filter?: F | null;
  }
  return FilterArgs;
}
