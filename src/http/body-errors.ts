import type { NextFunction, Request, Response } from 'express';

/**
 * Body-parser failures as GraphQL-shaped JSON: 413 for a body above the limit,
 * 400 for one that is not JSON. Anything else goes on to Express.
 */
export function bodyErrors(limitMb: number) {
  return (err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction): void => {
    if (err.type === 'entity.too.large') {
      res.status(413).json({
        errors: [{ message: `Request body larger than ${limitMb} MB.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
      return;
    }
    if (
      err.type === 'entity.parse.failed' ||
      err.type === 'encoding.unsupported' ||
      err.type === 'charset.unsupported'
    ) {
      res
        .status(400)
        .json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(err);
  };
}
