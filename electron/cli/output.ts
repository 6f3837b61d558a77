/** What a command produces; the entry point writes it and sets the exit status. */
export interface CommandOutput {
  stdout: string;
  stderr?: string;
  status: number;
}

/** A mistake in how the command was called or what it was given: reported without a stack, status 2. */
export class CliError extends Error {}
