// Preloaded into a child process by the benchmarks: reports its peak memory when it exits.
process.on('exit', () => {
  process.stderr.write(`\nLEERWINST_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
