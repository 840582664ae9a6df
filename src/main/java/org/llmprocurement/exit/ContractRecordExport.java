package org.llmprocurement.exit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.documents.DocumentService;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.review.TraceabilityExport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the full record of one contract as a ZIP, file by file, to a stream: the product's own
 * tables, traceability, the uploaded documents, the Camunda history of every related process
 * instance, and {@code manifest.json} last with every file's size and SHA-256. The format is
 * described in docs/exit.md ("The full record export"); {@link #FORMAT_VERSION} changes when a
 * file's meaning changes.
 */
@Service
class ContractRecordExport {

  /** Version of the archive layout, in the manifest. */
  static final int FORMAT_VERSION = 1;

  static final String MANIFEST = "manifest.json";
  static final String JSON = "application/json";

  private final NamedParameterJdbcTemplate jdbc;
  private final DocumentService documents;
  private final TraceabilityExport traceability;
  private final ProcessHistoryRecord history;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final int bufferBytes;

  private final org.springframework.transaction.support.TransactionTemplate readOnly;

  /** Rows are fetched this many at a time: PostgreSQL's driver streams a result only with a fetch size, inside a transaction. */
  static final int FETCH_SIZE = 500;

  ContractRecordExport(javax.sql.DataSource dataSource, org.springframework.transaction.PlatformTransactionManager transactions,
      DocumentService documents, TraceabilityExport traceability, ProcessHistoryRecord history, ObjectMapper mapper,
      @Value("${llmp.export.copy-buffer-bytes:65536}") int bufferBytes) {
    org.springframework.jdbc.core.JdbcTemplate streaming = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    streaming.setFetchSize(FETCH_SIZE);
    this.jdbc = new NamedParameterJdbcTemplate(streaming);
    this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.documents = documents;
    this.traceability = traceability;
    this.history = history;
    this.mapper = mapper;
    this.writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    this.bufferBytes = bufferBytes;
  }

  /** The name the download is offered under. */
  static String fileName(Contract contract) {
    return contract.getBusinessKey() + "-full-record.zip";
  }

  /**
   * Writes the archive to {@code out} (left open). Access is the caller's to check first.
   *
   * @return the manifest's file list, as written
   */
  List<RecordArchive.FileEntry> write(Contract contract, String exportedBy, OutputStream out) throws IOException {
    return write(contract, exportedBy, out, new RecordArchive(out, bufferBytes));
  }

  List<RecordArchive.FileEntry> write(Contract contract, String exportedBy, OutputStream out, RecordArchive archive)
      throws IOException {
    Instant exportedAt = EngineClock.now();
    Map<String, Object> keys = Map.of("procurement", contract.getProcurementId(), "contract", contract.getId());
    for (RecordTables.Table table : RecordTables.ALL) {
      archive.add(table.path(), JSON, stream -> rows(table.sql(), keys, stream));
    }
    long procurementId = contract.getProcurementId();
    archive.add("review/traceability.csv", "text/csv", stream -> stream.write(traceability.csv(procurementId).getBytes(StandardCharsets.UTF_8)));
    archive.add("review/traceability.json", JSON, stream -> json(stream, traceability.rows(procurementId)));
    List<DocumentInfo> infos = documents.list(procurementId);
    archive.add("documents/documents.json", JSON, stream -> json(stream, infos.stream().map(d -> {
      Map<String, Object> row = mapper.convertValue(d, LinkedHashMap.class);
      row.put("path", documentPath(d));
      return row;
    }).toList()));
    for (DocumentInfo info : infos) {
      copyDocument(archive, info);
    }
    history.write(archive, contract.getBusinessKey(), this::jsonArray);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("formatVersion", FORMAT_VERSION);
    manifest.put("exportedAt", exportedAt.toString());
    manifest.put("exportedBy", exportedBy);
    manifest.put("contractId", contract.getId());
    manifest.put("procurementId", procurementId);
    manifest.put("businessKey", contract.getBusinessKey());
    manifest.put("contractReference", contract.getContractReference());
    manifest.put("digestAlgorithm", "SHA-256");
    List<RecordArchive.FileEntry> files = archive.files();
    manifest.put("files", files);
    archive.add(MANIFEST, JSON, stream -> json(stream, manifest));
    archive.finish();
    return files;
  }

  /** Where a document's bytes sit in the archive. */
  static String documentPath(DocumentInfo d) {
    String name = d.fileName() == null || d.fileName().isBlank() ? "document" : d.fileName();
    return "documents/" + d.id() + "-v" + d.version() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private void copyDocument(RecordArchive archive, DocumentInfo info) throws IOException {
    try {
      jdbc.query("SELECT content FROM contract_document WHERE id = :id AND procurement_id = :procurement",
          Map.of("id", info.id(), "procurement", info.procurementId()), (ResultSet rs) -> {
            if (rs.next()) {
              try (InputStream content = rs.getBinaryStream(1)) {
                archive.copy(documentPath(info), info.contentType(), content);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            return null;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A JSON array of the rows, written row by row; column names lower case, times as ISO-8601 text. */
  private void rows(String sql, Map<String, Object> keys, OutputStream out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartArray();
      try {
        readOnly.executeWithoutResult(status -> jdbc.query(sql, keys, (ResultSet rs) -> {
          ResultSetMetaData meta = rs.getMetaData();
          try {
            while (rs.next()) {
              json.writeStartObject();
              for (int column = 1; column <= meta.getColumnCount(); column++) {
                json.writeFieldName(meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT));
                writer.writeValue(json, plain(rs.getObject(column)));
              }
              json.writeEndObject();
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return null;
        }));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      json.writeEndArray();
    }
  }

  private static Object plain(Object value) throws SQLException {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof java.time.OffsetDateTime t) {
      return t.toInstant().toString();
    }
    if (value instanceof java.time.temporal.TemporalAccessor t) {
      return t.toString();
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return value;
  }

  /** Writes a JSON array element by element from what {@code elements} hands over. */
  void jsonArray(OutputStream out, ProcessHistoryRecord.Elements elements) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartArray();
      elements.each(element -> writer.writeValue(json, element));
      json.writeEndArray();
    }
  }

  private void json(OutputStream out, Object value) throws IOException {
    try (JsonGenerator json = generator(out)) {
      writer.writeValue(json, value);
    }
  }

  private JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator json = mapper.getFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.useDefaultPrettyPrinter();
    return json;
  }
}
