// Preloaded into a benchmarked process: prints its peak resident set size (KiB) and CPU time (µs) on stderr at exit.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(
    `\nportplan-bench-maxrss ${usage.maxRSS}\nportplan-bench-cpu ${usage.userCPUTime + usage.systemCPUTime}\n`,
  );
});
