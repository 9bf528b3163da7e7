/** The CLI's public face: the pipeline helpers commands share, and main. */
export { loadWorkbook, type LoadedWorkbook } from "./load";
export { readXlsx, WorkbookReadError } from "./read-xlsx";
export { type Command, type CliIO, EXIT, UsageError, parseCommandArgs } from "./command";
export { COMMANDS } from "./commands";
export { main } from "./main";
