/** The logger the core writes to; each door supplies its own. */
export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

/** A logger that writes to stderr (CLI, tests). */
export const consoleLogger: Logger = {
  info: (m) => console.error(m),
  error: (m) => console.error(m),
};

/** A logger that drops everything. */
export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
