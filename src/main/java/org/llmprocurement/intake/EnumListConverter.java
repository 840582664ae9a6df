package org.llmprocurement.intake;

import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores a short list of enum values as comma-separated names. */
abstract class EnumListConverter<E extends Enum<E>> implements AttributeConverter<List<E>, String> {

  private final Class<E> type;

  EnumListConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(List<E> values) {
    return values == null ? "" : values.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public List<E> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name.trim())).toList();
  }

  static final class Surfaces extends EnumListConverter<Surface> {
    Surfaces() { super(Surface.class); }
  }

  static final class DataCategories extends EnumListConverter<DataCategory> {
    DataCategories() { super(DataCategory.class); }
  }

  static final class Regions extends EnumListConverter<Region> {
    Regions() { super(Region.class); }
  }
}
