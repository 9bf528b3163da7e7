/** A workbook that cannot be read; the message is Chinese and names the file. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}
