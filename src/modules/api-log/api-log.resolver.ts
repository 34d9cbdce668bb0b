import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { parseId } from '../common/ids.js';
import { connectionType, paginate } from '../common/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { whereOf } from '../common/where.js';
import { ApiLog } from './api-log.entity.js';
import { ApiLogFilter } from './api-log.inputs.js';

export const ApiLogConnection = connectionType(ApiLog, 'ApiLog');

/** Escapes LIKE wildcards so a path prefix matches literally. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Resolver(() => ApiLog)
export class ApiLogResolver {
  @Query(() => ApiLogConnection)
  apiLogs(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ApiLogFilter, { nullable: true }) filter?: ApiLogFilter,
  ) {
    const webhookConfigId =
      filter?.webhookConfigId != null ? parseId(filter.webhookConfigId, 'filter.webhookConfigId') : null;
    const where = whereOf({ equals: { direction: filter?.direction, webhookConfigId } });
    if (filter?.since != null) where.createdAt = { $gte: filter.since };
    if (filter?.minStatusCode != null) where.statusCode = { $gte: filter.minStatusCode };
    if (filter?.pathPrefix != null) where.path = { $like: likePrefix(filter.pathPrefix) };
    return paginate(ctx.em, ApiLog, where, page, ctx.config.maxPageSize);
  }
}
