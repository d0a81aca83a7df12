/** The toolkit's version, written into every results.json (a test keeps it equal to package.json's). */
export const TOOL_VERSION = "0.1.0";
