// Minimal typing for the part of mapshaper's Node API the basemap build uses.
declare module "mapshaper" {
  interface Mapshaper {
    /** Runs a command string on in-memory inputs; resolves to the output files by name. */
    applyCommands(
      commands: string,
      input?: Record<string, unknown>,
    ): Promise<Record<string, string>>;
  }
  const mapshaper: Mapshaper;
  export default mapshaper;
}
