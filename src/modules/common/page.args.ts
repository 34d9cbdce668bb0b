import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/** `first`/`after` of every connection; `nullable` keeps the contract's `first: Int = 50`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
