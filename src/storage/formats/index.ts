/** The export formats, as pure functions over records. */
export { EXPORT_FORMAT, EXPORT_VERSION, ImportError, MAX_IMPORT_CHARS, buildExport, parseExport, serializeExport } from './json';
export { toAnnotation, toAnnotationCollection, toWebAnnotationJson, type AnnotationCollection, type WebAnnotation } from './web-annotation';
export { CSV_COLUMNS, csvCell, toCsv } from './csv';
export { escapeMarkdown, toMarkdown } from './markdown';
