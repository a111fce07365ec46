/**
 * An AbortSignal that fires when the runner cancels the job. The runner sends SIGINT, then
 * SIGTERM; both only abort the signal so that commands can forward them to child processes and
 * wait for those to finish (state written, lock released) instead of dying mid-write.
 */
export function cancellationSignal(proc: NodeJS.Process = process): AbortSignal {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(new Error(`received ${signal}`));
  };
  proc.on('SIGINT', onSignal);
  proc.on('SIGTERM', onSignal);
  return controller.signal;
}
