/** Newest mtime (ms) of any file below dir, 0 for an empty folder. */
export function newestMtime(dir: string): number;
