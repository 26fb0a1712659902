import { DomainError, type ErrorCode, errorMessage, errorStatus } from '@ungcuu/domain/errors.ts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BAD_TEXT, NOT_FINITE } from './input-guard.ts';
import { requestLocale } from './locale.ts';

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    messages: { vi: string; en: string };
    requestId: string;
    details?: unknown;
  };
}

export function errorBody(
  req: FastifyRequest,
  code: ErrorCode,
  params: Record<string, string | number>,
  details?: unknown,
): ErrorBody {
  const messages = { vi: errorMessage(code, params, 'vi'), en: errorMessage(code, params, 'en') };
  return {
    error: {
      code,
      message: messages[requestLocale(req)],
      messages,
      requestId: req.id,
      ...(details === undefined ? {} : { details }),
    },
  };
}

/** Maps Fastify's own client errors (bad JSON, wrong content type, too large) to stable codes. */
function fastifyClientCode(error: FastifyError): ErrorCode {
  if (error.statusCode === 413) return 'request.too_large';
  if (error.statusCode === 415) return 'request.unsupported_media';
  if (error.statusCode === 404) return 'route.not_found';
  if (error.statusCode === 429) return 'auth.throttled';
  return 'request.invalid';
}

/**
 * Fastify's router refuses some URLs before any hook or handler runs (a path part that is not
 * valid UTF-8 once decoded, or longer than the router allows): the same coded body as elsewhere,
 * without echoing the address back.
 */
export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'a part of the address is too long'
      : 'the address holds characters that cannot be read';
  return reply.status(400).send(errorBody(req, 'request.bad_url', { detail }));
}

/** The one error handler: domain codes → status and a vi/en message; never a stack trace out. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError, req: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof DomainError) {
      // Throttling says how long to wait, so clients (and people) need not guess.
      if (typeof error.params.retryAfter === 'number')
        reply.header('retry-after', String(error.params.retryAfter));
      return reply
        .status(errorStatus(error.code))
        .send(errorBody(req, error.code, error.params, error.details));
    }
    const fe = error as FastifyError;
    if (fe.validation) {
      // The input guard's findings have codes of their own: they name the field, not a schema rule.
      const first = fe.validation[0];
      const field = first?.instancePath.replace(/^\//, '') || fe.validationContext || '';
      if (first?.keyword === NOT_FINITE || first?.keyword === BAD_TEXT)
        return reply
          .status(400)
          .send(
            errorBody(
              req,
              first.keyword === NOT_FINITE ? 'validation.not_finite' : 'validation.bad_text',
              { field },
              fe.validation.slice(0, 1),
            ),
          );
      const detail = fe.validation
        .slice(0, 5)
        .map((v) => `${v.instancePath || fe.validationContext || ''} ${v.message ?? ''}`.trim())
        .join('; ');
      return reply
        .status(400)
        .send(errorBody(req, 'validation.failed', { detail }, fe.validation.slice(0, 20)));
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply
        .status(fe.statusCode)
        .send(errorBody(req, fastifyClientCode(fe), { detail: fe.message.slice(0, 200) }));
    }
    req.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody(req, 'internal', { requestId: req.id }));
  });
}
