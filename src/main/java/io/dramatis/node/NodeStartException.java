package io.dramatis.node;

/** The embedded Elasticsearch node could not start; the message says why and what to do about it. */
public class NodeStartException extends RuntimeException {

    public NodeStartException(String message) {
        super(message);
    }

    public NodeStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
