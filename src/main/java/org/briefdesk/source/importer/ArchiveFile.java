package org.briefdesk.source.importer;

/**
 * One file of a zip archive, unpacked but not yet read.
 *
 * @param path the path inside the archive, checked by {@link FileNames#entryPath}
 * @param shownName the path as it is shown
 * @param bytes the content, for articles and reference files within the size limit; else empty
 * @param size the unpacked size in bytes
 */
record ArchiveFile(String path, String shownName, SourceFileReader.Format format, byte[] bytes, long size) {}
