/**
 * Something the user must fix: a bad input, a missing permission, a missing tool.
 * Reported as one line without a stack trace. Anything else is a bug and keeps its
 * stack in the debug log.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** A bad input: names the input, the value and what is allowed. */
export function invalidInput(name: string, value: string, allowed: string): ConfigurationError {
  return new ConfigurationError(`Input '${name}' has value ${JSON.stringify(value)}: ${allowed}.`);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The first line only: an error reported to the user is one line. */
export function oneLine(message: string): string {
  return message
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}
