package com.handbookflow.core.label;

/**
 * An enumeration people read: every value carries its Chinese and English label, so the front end
 * shows 产品质量 rather than PRODUCT_QUALITY.
 */
public interface Labeled {

    String name();

    String zh();

    String en();
}
