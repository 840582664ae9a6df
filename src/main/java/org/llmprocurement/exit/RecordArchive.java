package org.llmprocurement.exit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written entry by entry straight to the response: each entry's size and SHA-256 are
 * computed while its bytes pass through, so nothing is held back to be hashed later. Entries are
 * written one at a time; copying an input uses one buffer of a fixed size whatever the input's length.
 */
final class RecordArchive implements AutoCloseable {

  /** One file of the archive as the manifest lists it. */
  record FileEntry(String path, String mediaType, long sizeBytes, String sha256) {}

  /** Writes the content of one entry; the stream must not be closed by the writer. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final ZipOutputStream zip;
  private final int bufferBytes;
  private final List<FileEntry> files = new ArrayList<>();
  private final Set<String> paths = new HashSet<>();
  private String open;

  RecordArchive(OutputStream out, int bufferBytes) {
    if (bufferBytes < 1) {
      throw new IllegalArgumentException("buffer must hold at least one byte");
    }
    this.zip = new ZipOutputStream(out);
    this.bufferBytes = bufferBytes;
  }

  /** Adds one entry; its bytes go to the response as {@code content} writes them. */
  FileEntry add(String path, String mediaType, Content content) throws IOException {
    if (!paths.add(path)) {
      throw new IllegalStateException("two entries named " + path);
    }
    open = path;
    zip.putNextEntry(new ZipEntry(path));
    Digesting out = new Digesting(zip);
    content.writeTo(out);
    zip.closeEntry();
    open = null;
    FileEntry entry = new FileEntry(path, mediaType, out.size, HexFormat.of().formatHex(out.digest.digest()));
    files.add(entry);
    return entry;
  }

  /** Adds an entry copied from {@code in} in chunks of the configured buffer size. */
  FileEntry copy(String path, String mediaType, InputStream in) throws IOException {
    return add(path, mediaType, out -> {
      byte[] buffer = new byte[bufferBytes];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        out.write(buffer, 0, read);
      }
    });
  }

  /** Every entry written so far, in order. */
  List<FileEntry> files() {
    return List.copyOf(files);
  }

  /** The entry being written, or null between entries. */
  String openEntry() {
    return open;
  }

  /** Writes the ZIP's central directory; the underlying stream stays open. */
  void finish() throws IOException {
    zip.finish();
    zip.flush();
  }

  @Override
  public void close() throws IOException {
    finish();
  }

  /** Counts and hashes what passes through; closing it does not close the ZIP. */
  private static final class Digesting extends FilterOutputStream {
    final MessageDigest digest;
    long size;

    Digesting(OutputStream out) {
      super(out);
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      digest.update((byte) b);
      size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      digest.update(b, off, len);
      size += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
