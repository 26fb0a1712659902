// Node options of the server process, shared by `npm start` (scripts/start.mjs) and the benches
// that start the compiled server, so that both measure the same process.
//
// On the embedded database (no DATABASE_URL) the server is one process on a laptop-sized machine:
// V8's young generation is capped at 4 MB per semi-space (Node 20's default grows to 16 MB), which
// kept the resident memory under load at 287 MB instead of 350 MB with 100,000 incidents at the
// same creates/s and search p95 (docs/footprint.md, decision 0032). On PostgreSQL, where
// throughput matters more than memory, V8's defaults stay.
export function serverNodeArgs(env) {
  return env.DATABASE_URL ? [] : ['--max-semi-space-size=4'];
}
