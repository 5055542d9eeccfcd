/** file: URIs and paths, for the server and the CLI. */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file system path of a file: URI, or undefined for other schemes. */
export function URI_TO_PATH(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The file: URI of a path, encoded as VS Code encodes it (so that URIs the
 * server builds compare equal to the ones the client sends).
 */
export function pathToUri(p: string): string {
  // VS Code encodes ':' in drive letters and keeps '/' — pathToFileURL matches it for POSIX paths.
  return pathToFileURL(p).href;
}
