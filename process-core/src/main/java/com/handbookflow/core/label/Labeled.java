package com.handbookflow.core.label;

/**
 * An enumeration people read: every value has its Chinese and English label, so the front end shows
 * 产品质量 rather than PRODUCT_QUALITY. The labels live in the module's message bundles ({@link Texts})
 * under {@link #labelKey()}, e.g. {@code ComplaintCategory.PRODUCT_QUALITY}; an enumeration whose labels
 * come from elsewhere overrides {@link #zh()} and {@link #en()}.
 */
public interface Labeled {

    String name();

    default String zh() {
        return Texts.of(labelOwner()).zh(labelKey());
    }

    default String en() {
        return Texts.of(labelOwner()).en(labelKey());
    }

    /**
     * The bundle key: the enumeration's name within its package (a nested one keeps its outer class,
     * {@code Launch.Stage}), a dot and the constant's name.
     */
    default String labelKey() {
        Class<?> owner = labelOwner();
        String packagePrefix = owner.getPackageName() + ".";
        return owner.getName().substring(packagePrefix.length()).replace('$', '.') + "." + name();
    }

    private Class<?> labelOwner() {
        // a constant with a body is an anonymous subclass; its enumeration is the declaring class
        return this instanceof Enum<?> constant ? constant.getDeclaringClass() : getClass();
    }
}
