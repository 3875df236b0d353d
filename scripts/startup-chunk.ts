/**
 * A code-splitting group for Vite's build: every module the entry imports statically (directly or
 * through other modules) goes into one "start" chunk. Without it Rolldown cuts the start-up graph
 * into a common chunk per set of lazy chunks that share a module (a dozen small files, each
 * compressed on its own: 2.8 KiB more gzip than one file), although the page loads them all at
 * once anyway. Lazy chunks import what they share from "start", which is always loaded first.
 */
interface GraphInfo {
  readonly importedIds: readonly string[];
}

/** The ids reachable from `entry` through static imports only, `entry` included. */
export function staticClosure(
  entry: string,
  info: (id: string) => GraphInfo | null,
): ReadonlySet<string> {
  const seen = new Set<string>([entry]);
  const stack = [entry];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const next of info(id)?.importedIds ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * The group's name function: "start" for a module in the entry's static graph and for Rolldown's
 * runtime, else none (the module stays with Rolldown's automatic splitting). `entry` is the entry module's absolute path.
 */
export function startupChunk(entry: string) {
  let closure: ReadonlySet<string> | undefined;
  return (id: string, ctx: { getModuleInfo(id: string): GraphInfo | null }): string | null => {
    closure ??= staticClosure(entry, (m) => ctx.getModuleInfo(m));
    // Rolldown's own runtime (interop helpers) is not in the graph but the first script needs it.
    return closure.has(id) || id.startsWith("\0rolldown/runtime") ? "start" : null;
  };
}
