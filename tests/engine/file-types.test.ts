/**
 * The attachment sniffer: a file's type comes from its bytes, and anything not in the list is
 * refused, whatever it is called. And the names files are listed and downloaded under.
 */
import { describe, expect, it } from 'vitest';
import { compoundStreamNames, safeFileName, sniffContentType, zipEntryNames } from '../../server/engine/file-types.ts';
import { bandedPng, textPdf } from '../../seeds/lib/demo-files.ts';
import { compoundFile, doc, docx, jpegHeader, ppt, pptx, webpHeader, xls, xlsx, zipOf } from '../helpers/sample-files.ts';

describe('sniffContentType', () => {
  it.each([
    ['JPEG', jpegHeader(), 'image/jpeg'],
    ['PNG', bandedPng(4, 4, [[1, 2, 3]]), 'image/png'],
    ['WebP', webpHeader(), 'image/webp'],
    ['PDF', textPdf('t', ['x']), 'application/pdf'],
    ['DOCX', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['PPTX', pptx(), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['DOC', doc(), 'application/msword'],
    ['PPT (directory over two sectors)', ppt(), 'application/vnd.ms-powerpoint'],
  ])('recognises %s', (_name, bytes, type) => {
    expect(sniffContentType(bytes)).toBe(type);
  });

  it.each([
    ['plain text', Buffer.from('hello, this is a text file renamed to photo.jpg\n')],
    ['HTML', Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
    ['SVG', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['an empty file', Buffer.alloc(0)],
    ['a spreadsheet (xlsx)', xlsx()],
    ['a spreadsheet (xls)', xls()],
    ['a plain ZIP', zipOf({ 'word/document.xml': 'no content types part' })],
    ['a truncated ZIP', docx().subarray(0, 60)],
    ['a truncated compound file', doc().subarray(0, 600)],
    ['an executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00')],
    ['RIFF that is not WebP (WAV)', Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt '), Buffer.alloc(16)])],
    ['a PDF header not at the start', Buffer.from('<html>%PDF-1.4</html>')],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffContentType(bytes)).toBeUndefined();
  });

  it('reads the ZIP central directory and the compound file directory', () => {
    expect(zipEntryNames(docx())).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(compoundStreamNames(compoundFile(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']))).toEqual(['Root Entry', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
  });

  it('stops on a directory chain that loops', () => {
    const looping = compoundFile(['A', 'B', 'C', 'D', 'WordDocument']);
    looping.writeUInt32LE(1, 512 + 2 * 4); // sector 2 points back at sector 1
    expect(sniffContentType(looping)).toBe('application/msword');
    const loopingWithout = compoundFile(['A', 'B', 'C', 'D', 'E']);
    loopingWithout.writeUInt32LE(1, 512 + 2 * 4);
    expect(sniffContentType(loopingWithout)).toBeUndefined();
  });
});

describe('safeFileName', () => {
  it.each([
    ['photo.png', 'image/png', 'photo.png'],
    ['photo.PNG', 'image/png', 'photo.png'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpeg'],
    ['photo.png', 'image/jpeg', 'photo.jpg'],
    ['notes.txt', 'application/pdf', 'notes.pdf'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\me\\新品发布会.pdf', 'application/pdf', '新品发布会.pdf'],
    ['a\u202egpj.exe', 'image/png', 'agpj.png'],
    ['bad<>:"|?*\u0000\u001fname.doc', 'application/msword', 'badname.doc'],
    ['', 'application/pdf', 'file.pdf'],
    ['...', 'image/webp', 'file.webp'],
    ['.hidden.pdf', 'application/pdf', 'hidden.pdf'],
  ] as const)('%j as %s is %j', (raw, type, expected) => {
    expect(safeFileName(raw, type)).toBe(expected);
  });

  it('keeps names to 120 characters with the extension', () => {
    const name = safeFileName(`${'长'.repeat(300)}.pdf`, 'application/pdf');
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith('长.pdf')).toBe(true);
  });
});
