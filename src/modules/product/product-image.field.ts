import type { GraphQLContext } from '../common/request-context.js';
import { imageUrl } from '../media/image-url.js';

/**
 * `Product.imageUrl(size)`, read from the row alone: `imageChecksum` is a
 * column of the product (product.entity.ts), so a page of products costs no
 * statement more. A plain resolver (src/graphql/direct-resolvers.ts).
 */
export const productImageUrl = (
  product: { imageChecksum?: string | null },
  args: { size?: number | null },
  ctx: Pick<GraphQLContext, 'config'>,
): string | null => imageUrl(product.imageChecksum, args.size ?? 1920, ctx.config.media.baseUrl);
