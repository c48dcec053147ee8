package io.dramatis.ingest;

/**
 * An item as listed from a job's folder, before it is stored: where to read it, or (when
 * {@code refusal} is set) why it was refused without reading (a corrupt archive, an unsafe path).
 */
record ItemSpec(String name, ImportItem.Kind kind, String path, String entry, Integer lineNo, Long byteOffset,
        Integer byteLength, String refusal) {

    static ItemSpec file(String name, String path) {
        return new ItemSpec(name, ImportItem.Kind.FILE, path, null, null, null, null, null);
    }

    static ItemSpec zipEntry(String name, String path, String entry) {
        return new ItemSpec(name, ImportItem.Kind.ZIP_ENTRY, path, entry, null, null, null, null);
    }

    static ItemSpec jsonLine(String name, String path, int line, long offset, int length) {
        return new ItemSpec(name, ImportItem.Kind.JSON_LINE, path, null, line, offset, length, null);
    }

    static ItemSpec refused(String name, String path, String why) {
        return new ItemSpec(name, ImportItem.Kind.FILE, path, null, null, null, null, why);
    }
}
