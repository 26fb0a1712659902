import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { registerFormats } from '@ungcuu/domain/validation.ts';
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { guarded, requireBounds } from './input-guard.ts';

/**
 * Validates a route's parts without type coercion. Ajv's coercion rewrites unions of scalars
 * (a rating 3 becomes "3" under `string | integer`); TypeBox checks the value as sent.
 */
export const exactValidator: FastifySchemaCompiler<unknown> = ({ schema, method, url, httpPart }) => {
  registerFormats();
  requireBounds(schema, `${method} ${url} ${httpPart}`);
  const check = TypeCompiler.Compile(schema as TSchema);
  const validate = Object.assign(
    (data: unknown) => {
      if (check.Check(data)) return true;
      validate.errors = [...check.Errors(data)].slice(0, 20).map(
        (e): FastifySchemaValidationError => ({
          keyword: 'typebox',
          instancePath: e.path,
          schemaPath: '',
          params: {},
          message: e.message,
        }),
      );
      return false;
    },
    { errors: null as FastifySchemaValidationError[] | null },
  );
  return guarded(validate);
};
