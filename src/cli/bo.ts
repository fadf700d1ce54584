/** Process entry of `bo`: real stdout/stderr and the exit status. */
import { runCli } from "./main";
import { visible } from "./visible";

// A reader that stops early (`bo read … | head`) closes the pipe: stop quietly, as other command-line
// tools do, instead of a stack trace about a write that nobody reads.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
});

void runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bo: ${visible(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 2;
  },
);
