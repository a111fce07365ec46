/**
 * Parses what `tofu fmt -check -diff` (or `tofu fmt -diff`) prints: for each file that is not
 * canonically formatted, its path on a line of its own, then a unified diff made by
 * `diff -u --label=old/<path> --label=new/<path>`. Paths are relative to tofu's working
 * directory. Hunks are walked by their line counts, so content lines that look like headers
 * (a removed line starting with "-- ") are never mistaken for them.
 */
export interface FmtFileDiff {
  /** Path as tofu printed it (relative to tofu's working directory). */
  path: string;
  /** First line of the current file that formatting changes (1-based); 1 without a diff. */
  firstChangedLine: number;
  /** The unified diff of this file, '' when tofu listed the file without one. */
  diff: string;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const OLD_HEADER = /^--- old\/(.+?)(?:\t.*)?$/;

export function parseFmtDiff(output: string): FmtFileDiff[] {
  const lines = output.replace(/\r\n/g, '\n').split('\n');
  const files = new Map<string, FmtFileDiff>();
  let current: { file: FmtFileDiff; lines: string[]; changeFound: boolean } | undefined;

  const finish = () => {
    if (current) current.file.diff = current.lines.join('\n');
    current = undefined;
  };
  const fileFor = (path: string): FmtFileDiff => {
    let file = files.get(path);
    if (!file) {
      file = { path, firstChangedLine: 1, diff: '' };
      files.set(path, file);
    }
    return file;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const header = OLD_HEADER.exec(line);
    if (header && lines[i + 1]?.startsWith('+++ new/')) {
      finish();
      current = {
        file: fileFor(header[1] as string),
        lines: [line, lines[i + 1] as string],
        changeFound: false,
      };
      i++;
      continue;
    }
    const hunk = current && HUNK.exec(line);
    if (current && hunk) {
      current.lines.push(line);
      let oldLine = Number(hunk[1]);
      let oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      let newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
      while ((oldLeft > 0 || newLeft > 0) && i + 1 < lines.length) {
        const body = lines[++i] as string;
        current.lines.push(body);
        const mark = body[0];
        if (mark === '\\') continue; // "\ No newline at end of file"
        if (mark === '-' || mark === '+') {
          if (!current.changeFound) {
            current.file.firstChangedLine = Math.max(1, oldLine);
            current.changeFound = true;
          }
        }
        if (mark === '-') {
          oldLine++;
          oldLeft--;
        } else if (mark === '+') {
          newLeft--;
        } else {
          oldLine++;
          oldLeft--;
          newLeft--;
        }
      }
      // A trailing "\ No newline at end of file" belongs to the hunk as well.
      while (lines[i + 1]?.startsWith('\\')) current.lines.push(lines[++i] as string);
      continue;
    }
    const name = line.trim();
    if (!name) continue;
    // Anything else outside a hunk is the file list (-list, on by default).
    finish();
    fileFor(name);
  }
  finish();
  return [...files.values()];
}

/** The file names `tofu fmt` (writing) printed, one per line. */
export function parseFmtList(output: string): string[] {
  return parseFmtDiff(output).map((f) => f.path);
}
