import type { ValidatorFactory } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyInstance } from 'fastify';

// Route schemas are compiled when a route first needs them, not when the app starts (issue 13,
// docs/footprint.md). Compiling every validator (Ajv) and response serializer
// (fast-json-stringify) of all the routes at start took most of the start-up CPU and tens of MB
// of heap for code that a given server may never run. A route's first request pays a few
// milliseconds instead. compilePendingSchemas(app) compiles the rest at once: the test that
// builds the whole app calls it, so that a schema that cannot compile fails a test, not a request.

type Validate = ((data: unknown) => unknown) & { errors?: unknown };
type SerializerFactory = ReturnType<typeof SerializerSelector>;

export interface LazySchemas {
  /** Wraps a validator factory: each route's validator is compiled on its first call. */
  validators(factory: ValidatorFactory): ValidatorFactory;
  /** Fastify's own serializer factory, each route's serializer compiled on its first call. */
  serializers(): SerializerFactory;
  /** Compiles every schema not compiled yet; returns how many. Throws what a compile throws. */
  compilePending(): number;
}

export function createLazySchemas(): LazySchemas {
  const pending = new Set<() => unknown>();
  /** A function that is built on its first call (or by compilePending). */
  function onFirstUse<F>(build: () => F): () => F {
    let built: F | undefined;
    const get = () => {
      if (built === undefined) {
        built = build();
        pending.delete(get);
      }
      return built;
    };
    pending.add(get);
    return get;
  }
  return {
    validators(factory) {
      return (externalSchemas, options) => {
        const compiler = factory(externalSchemas, options);
        return (route) => {
          const get = onFirstUse(() => compiler(route) as Validate);
          // Fastify reads a failed validation's `errors` from the function it was given.
          const validate: Validate = (data) => {
            const real = get();
            const result = real(data);
            validate.errors = real.errors;
            return result;
          };
          return validate as ReturnType<typeof compiler>;
        };
      };
    },
    serializers() {
      const factory = SerializerSelector();
      return (externalSchemas, options) => {
        const compiler = factory(externalSchemas, options);
        return (route) => {
          const get = onFirstUse(() => compiler(route));
          return (doc) => get()(doc);
        };
      };
    },
    compilePending() {
      const all = [...pending];
      for (const compile of all) compile();
      return all.length;
    },
  };
}

const byApp = new WeakMap<FastifyInstance, LazySchemas>();

export function rememberLazySchemas(app: FastifyInstance, schemas: LazySchemas): void {
  byApp.set(app, schemas);
}

/** Compiles every route schema of the app not compiled yet (tests); returns how many. */
export function compilePendingSchemas(app: FastifyInstance): number {
  return byApp.get(app)?.compilePending() ?? 0;
}
