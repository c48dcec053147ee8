package io.dramatis.search;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** Indexes headlines and bodies as {@link SearchText}. */
public class SearchTextBridge implements ValueBridge<String, String> {

    @Override
    public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
        return SearchText.forIndex(value);
    }

    @Override
    public String fromIndexedValue(String value, ValueBridgeFromIndexedValueContext context) {
        return SearchText.fromIndex(value);
    }
}
