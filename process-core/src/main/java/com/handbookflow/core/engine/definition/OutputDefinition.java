package com.handbookflow.core.engine.definition;

/** A document or result a node must produce, e.g. 《客户投诉登记表》. */
public record OutputDefinition(String key, String nameZh, String nameEn) {
}
