import { describe, expect, it } from 'vitest';
import { decodeDump, DumpInputError } from '../../src/importer/decodeDump';

describe('decodeDump', () => {
  it('decodes UTF-8, with or without a byte-order mark', () => {
    expect(decodeDump(Buffer.from('标题\n'), 'a.txt')).toBe('标题\n');
    expect(decodeDump(Buffer.from('\ufeffTitle'), 'a.txt')).toBe('Title');
  });

  it.each([
    ['GBK bytes', Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), /a\.txt is not valid UTF-8.*iconv/],
    ['UTF-16', Buffer.from('\ufeffTitle', 'utf16le'), /a\.txt is UTF-16/],
    ['nothing', Buffer.alloc(0), /a\.txt is empty/],
    ['only blank lines', Buffer.from('\n \n\t\n'), /a\.txt is empty/],
  ])('refuses %s with a message naming the file and what to do', (_label, bytes, message) => {
    expect(() => decodeDump(bytes, 'a.txt')).toThrow(DumpInputError);
    expect(() => decodeDump(bytes, 'a.txt')).toThrow(message);
  });
});
