// Start-up phases, printed when UNGCUU_START_TRACE=1 (issue 13, docs/footprint.md): one line
// `ungcuu-start {"phase":…,"ms":…,"cpuMs":…,"heapMb":…,"rssMb":…}` per phase, times counted
// from the process start, so that module loading shows as the first phase.
const enabled = process.env.UNGCUU_START_TRACE === '1';

export function startTrace(phase: string): void {
  if (!enabled) return;
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  console.log(
    `ungcuu-start ${JSON.stringify({
      phase,
      ms: Math.round(performance.now()),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      heapMb: Math.round(mem.heapUsed / 1048576),
      rssMb: Math.round(mem.rss / 1048576),
    })}`,
  );
}
