// Runs the bundle given as argv[2] in this process and appends {maxRssKb} to the file in PW_BENCH_OUT on exit.
import { appendFileSync } from 'node:fs';
process.on('exit', () => {
  appendFileSync(
    process.env.PW_BENCH_OUT,
    `${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`,
  );
});
await import(process.argv[2]);
