/** Process entry of `bo`: real stdout/stderr and the exit status. */
import { runCli } from "./main";

void runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bo: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
