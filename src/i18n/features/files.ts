/**
 * UI strings of the shared file check (every file input of the site). English defines the
 * keys (listed in ../fileIssue.ts); Chinese must have exactly the same ones.
 */
import type { FileKey } from '../fileIssue';

export const filesEn: Record<FileKey, string> = {
  'file.err.fileTooBig': 'The file is {size}; the limit is {max}.',
  'file.err.fileUnreadable': 'The file could not be read. It may have been moved or deleted: choose it again.',
  'file.err.fileEmpty': 'The file is empty.',
  'file.err.fileBinary': 'This file is not text: it is {kind}.',
  'file.err.fileNotUtf8':
    'This file is not UTF-8 text (perhaps it was saved as GBK or UTF-16). In Excel, save it again as “CSV UTF-8”.',
  'file.err.fileUnsafeKey': 'This file contains the key “{key}”, which no file from this site has, so it was not read.',
  'file.err.fileIsJson':
    'This file is JSON (for example a backup or a results file from this site), not a list of answers. Choose a .csv or .txt file.',
  'file.err.fileNoNumbers': 'This file has no numbers in it, so there are no answers to read.',
  'file.kind.png': 'a PNG image',
  'file.kind.jpeg': 'a JPEG image',
  'file.kind.gif': 'a GIF image',
  'file.kind.webp': 'a WebP image',
  'file.kind.pdf': 'a PDF document',
  'file.kind.zip': 'a ZIP archive, or an Excel or Word file (.xlsx, .docx)',
  'file.kind.gzip': 'a compressed (gzip) file',
  'file.kind.office': 'an older Excel or Word file (.xls, .doc)',
  'file.kind.other': 'a binary file (it contains bytes that text never has)',
  'file.unchanged': 'Nothing was read from it; what you had is unchanged.',
  'file.choose': 'Choose a file',
  'file.chooseMany': 'Choose files',
  'file.none': 'No file chosen',
  'file.many': '{n} files',
};

export const filesZhCn: Record<FileKey, string> = {
  'file.err.fileTooBig': '文件大小为 {size}，上限是 {max}。',
  'file.err.fileUnreadable': '无法读取该文件，可能已被移动或删除，请重新选择。',
  'file.err.fileEmpty': '文件是空的。',
  'file.err.fileBinary': '这不是文本文件，而是{kind}。',
  'file.err.fileNotUtf8':
    '这个文件不是 UTF-8 编码的文本（可能保存成了 GBK 或 UTF-16）。请在 Excel 中另存为“CSV UTF-8”格式。',
  'file.err.fileUnsafeKey': '文件中含有本站文件从不使用的键“{key}”，因此没有读取。',
  'file.err.fileIsJson': '这是一个 JSON 文件（例如本站的备份或成绩文件），不是回答列表。请选择 .csv 或 .txt 文件。',
  'file.err.fileNoNumbers': '文件里没有任何数字，因此没有可读取的回答。',
  'file.kind.png': 'PNG 图片',
  'file.kind.jpeg': 'JPEG 图片',
  'file.kind.gif': 'GIF 图片',
  'file.kind.webp': 'WebP 图片',
  'file.kind.pdf': 'PDF 文档',
  'file.kind.zip': 'ZIP 压缩包，或 Excel / Word 文件（.xlsx、.docx）',
  'file.kind.gzip': 'gzip 压缩文件',
  'file.kind.office': '旧版 Excel 或 Word 文件（.xls、.doc）',
  'file.kind.other': '二进制文件（含有文本中不会出现的字节）',
  'file.unchanged': '没有从中读取任何内容，你原有的数据保持不变。',
  'file.choose': '选择文件',
  'file.chooseMany': '选择文件',
  'file.none': '未选择文件',
  'file.many': '{n} 个文件',
};
