// Preloaded into a benchmarked process: prints its peak resident set size (KiB) on stderr at exit.
process.on('exit', () => {
  process.stderr.write(`\nportplan-bench-maxrss ${process.resourceUsage().maxRSS}\n`);
});
