import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sealText, unsealText } from '../core/build/sealedText';

/**
 * Writes a file whole: into a temporary file of this process's own (`<file>.<pid>.tmp`, so that two builds
 * sharing a cache never write into one file), then renamed over the last one, so that a build cut short
 * never leaves half a file. The folder is made if need be.
 */
export function writeFileWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Writes `value` as JSON carrying its own SHA-256 (core/build/sealedText.ts), whole (writeFileWhole). */
export function writeSealedJson(file: string, value: unknown): void {
  writeFileWhole(file, sealText(JSON.stringify(value)));
}

/** What writeSealedJson wrote to `file`; undefined when it is missing, cut short, altered or not JSON. */
export function readSealedJson(file: string): unknown {
  try {
    const text = unsealText(readFileSync(file, 'utf8'));
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
