package com.handbookflow.core.label;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;

/** One enumeration value with its labels, as served by the enumeration endpoints. */
@Schema(name = "LabeledValue", description = "An enumeration value with its Chinese and English labels / 枚举值及中英文名称")
public record LabeledValue(
        @Schema(example = "PRODUCT_QUALITY") String code,
        @Schema(example = "产品质量") String zh,
        @Schema(example = "Product quality") String en) {

    public static LabeledValue of(Labeled value) {
        return value == null ? null : new LabeledValue(value.name(), value.zh(), value.en());
    }

    public static <E extends Enum<E> & Labeled> List<LabeledValue> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(LabeledValue::of).toList();
    }
}
