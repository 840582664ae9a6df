package org.llmprocurement.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The archive streams: bytes reach the client while later entries are still to be written, a
 * document is copied through one small buffer rather than read whole, and the sizes and checksums
 * it reports are those of the bytes in the ZIP.
 */
class RecordArchiveTest {

  /** The client side of the response: counts what arrived and notes what the archive was doing when the first bytes came. */
  static final class Client extends OutputStream {
    final ByteArrayOutputStream received = new ByteArrayOutputStream();
    RecordArchive archive;
    String openAtFirstByte;
    int entriesDoneAtFirstByte = -1;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (received.size() == 0 && len > 0) {
        openAtFirstByte = archive.openEntry();
        entriesDoneAtFirstByte = archive.files().size();
      }
      received.write(b, off, len);
    }
  }

  /** A document source that records how it is read. */
  static final class Source extends InputStream {
    final InputStream bytes;
    final Client client;
    int largestRead;
    int reads;
    long clientBytesBeforeLastRead = -1;

    Source(byte[] content, Client client) {
      this.bytes = new ByteArrayInputStream(content);
      this.client = client;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      largestRead = Math.max(largestRead, len);
      reads++;
      int read = bytes.read(b, off, len);
      if (read < 0 && clientBytesBeforeLastRead < 0) {
        clientBytesBeforeLastRead = client.received.size();
      }
      return read;
    }
  }

  @Test
  void theFirstBytesLeaveBeforeTheArchiveIsCompleteAndADocumentIsCopiedInSmallChunks() throws Exception {
    int buffer = 8 * 1024;
    byte[] document = new byte[5 * 1024 * 1024];
    new Random(7).nextBytes(document);
    Client client = new Client();
    RecordArchive archive = new RecordArchive(client, buffer);
    client.archive = archive;
    Source source = new Source(document, client);

    archive.add("first.json", "application/json", out -> out.write("[]".getBytes(StandardCharsets.UTF_8)));
    archive.copy("documents/big.bin", "application/octet-stream", source);
    archive.add("manifest.json", "application/json", out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
    archive.finish();

    assertThat(client.openAtFirstByte).as("bytes reach the client while the first entry is being written").isEqualTo("first.json");
    assertThat(client.entriesDoneAtFirstByte).isZero();
    assertThat(source.largestRead).as("the document is read through the configured buffer").isLessThanOrEqualTo(buffer);
    assertThat(source.reads).isGreaterThanOrEqualTo(document.length / buffer);
    assertThat(source.clientBytesBeforeLastRead).as("most of the document left before its end was read")
        .isGreaterThan(document.length / 2L);

    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(client.received.toByteArray()))) {
      int index = 0;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry(), index++) {
        byte[] content = zip.readAllBytes();
        RecordArchive.FileEntry listed = archive.files().get(index);
        assertThat(listed.path()).isEqualTo(entry.getName());
        assertThat(listed.sizeBytes()).isEqualTo(content.length);
        assertThat(listed.sha256()).isEqualTo(HexFormat.of().formatHex(sha.digest(content)));
      }
      assertThat(index).isEqualTo(3);
    }
    assertThat(archive.files().get(1).sizeBytes()).isEqualTo(document.length);
  }

  @Test
  void anEntryNameIsUsedOnce() throws Exception {
    RecordArchive archive = new RecordArchive(OutputStream.nullOutputStream(), 16);
    archive.add("a.json", "application/json", out -> out.write('1'));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> archive.add("a.json", "application/json", out -> out.write('2')))
        .isInstanceOf(IllegalStateException.class);
  }
}
