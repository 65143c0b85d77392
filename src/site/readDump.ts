import { readFile } from 'node:fs/promises';
import { decodeDump, DumpInputError } from '../importer/decodeDump';

/**
 * Reads a dump file, turning file-system failures into messages that name the file and what to do.
 * @example await readDump('missing.txt') => throws DumpInputError('missing.txt does not exist. Check the path …')
 */
export async function readDump(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new DumpInputError(`${path} does not exist. Check the path (it is read relative to where you ran the command).`);
    if (code === 'EISDIR')
      throw new DumpInputError(`${path} is a directory. Give the dump file itself, e.g. ${path.replace(/\/$/, '')}/news.txt`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new DumpInputError(`${path} cannot be read (permission denied). Fix its permissions, e.g. chmod a+r ${path}`);
    throw new DumpInputError(`${path} cannot be read (${code ?? String(error)}).`);
  }
  return decodeDump(bytes, path);
}
